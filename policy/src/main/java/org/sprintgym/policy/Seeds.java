package org.sprintgym.policy;

import org.sprintgym.sim.kernel.RandomStreams;

/**
 * The trainer's named streams over one root seed, so that e.g. changing the minibatch order never
 * changes the network initialisation or the envs (common random numbers across runs). The names
 * live here; the arithmetic is {@link RandomStreams#derive(long, String)}, the project's one seed
 * utility.
 */
public record Seeds(long root) {

  /** Network initialisation. */
  public static final String INIT = "init";
  /** Action sampling during rollouts. */
  public static final String POLICY_SAMPLING = "policy-sampling";
  /** Minibatch shuffling in PPO epochs. */
  public static final String MINIBATCH_SHUFFLE = "minibatch-shuffle";
  /** Training envs' episode seeds. */
  public static final String ENV = "env";
  /** Evaluation envs' episode seeds, kept apart from training. */
  public static final String EVAL = "eval";
  /** LoRA A-matrix initialisation (mixed with the adapter name). */
  public static final String ADAPTER_INIT = "adapter-init";

  /** The seed of stream {@code name}: a pure function of the root seed and the name. */
  public long seed(String name) {
    return RandomStreams.derive(root, name);
  }

  /** A fresh stream for {@code name}. */
  public Rng rng(String name) {
    return Rng.seeded(seed(name));
  }
}

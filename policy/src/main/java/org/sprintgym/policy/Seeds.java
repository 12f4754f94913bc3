package org.sprintgym.policy;

import java.nio.charset.StandardCharsets;
import org.sprintgym.sim.env.SeedMix;

/**
 * One root seed split into named, independent streams, so that e.g. changing the minibatch order
 * never changes the network initialisation or the envs (common random numbers across runs).
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
    long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 name, then mixed with the root
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return SeedMix.derive(root, h);
  }

  /** A fresh stream for {@code name}. */
  public Rng rng(String name) {
    return Rng.seeded(seed(name));
  }
}

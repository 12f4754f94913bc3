package org.sprintgym.policy.ppo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.Rng;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * Runs a fixed number of episodes with a policy (greedy or sampled), {@code parallel} at a time in
 * one batched call per step, and reports their returns. Episode {@code k} is seeded with
 * {@code RandomStreams.derive(seed, k)}, so with greedy actions the result does not depend on
 * {@code parallel} (sampled actions draw from {@code rng} in batch order, which does).
 */
public final class Evaluation {
  private final Policy policy;
  private final long seed;
  private final double[] returns;
  private final double[] judges;
  private final List<Slot> live = new ArrayList<>();
  private int next;

  /**
   * Undiscounted returns of the evaluated episodes, in episode order, and the judge score each
   * last step reported ({@code NaN} for envs without a judge, e.g. CartPole).
   */
  public record Result(double[] returns, double[] judges) {
    public double mean() {
      return Arrays.stream(returns).average().orElse(Double.NaN);
    }

    /** Mean judge score; {@code NaN} when the env reports none. */
    public double meanJudge() {
      return Arrays.stream(judges).average().orElse(Double.NaN);
    }
  }

  /** One env playing one episode at a time. */
  private static final class Slot {
    final Env env;
    int episode;
    float[] observation;
    boolean[] mask;

    Slot(Env env) {
      this.env = env;
    }
  }

  private Evaluation(Policy policy, int episodes, long seed) {
    this.policy = policy;
    this.seed = seed;
    this.returns = new double[episodes];
    this.judges = new double[episodes];
    Arrays.fill(judges, Double.NaN);
  }

  public static Result run(Policy policy, IntFunction<Env> envFactory, int episodes, int parallel,
      long seed, ActionMode mode, Rng rng) {
    if (episodes < 1 || parallel < 1) {
      throw new IllegalArgumentException("episodes and parallel must be >= 1 but were "
          + episodes + " and " + parallel);
    }
    var e = new Evaluation(policy, episodes, seed);
    for (int s = 0; s < Math.min(parallel, episodes); s++) {
      var slot = new Slot(envFactory.apply(s));
      e.start(slot);
      e.live.add(slot);
    }
    while (!e.live.isEmpty()) {
      e.stepAll(mode, rng);
    }
    return new Result(e.returns, e.judges);
  }

  private void start(Slot slot) {
    slot.episode = next;
    Reset r = slot.env.reset(RandomStreams.derive(seed, next++));
    slot.observation = r.observation();
    slot.mask = r.actionMask();
  }

  private void stepAll(ActionMode mode, Rng rng) {
    int d = policy.observationSize();
    int a = policy.actionCount();
    float[] obs = new float[live.size() * d];
    boolean[] masks = new boolean[live.size() * a];
    for (int k = 0; k < live.size(); k++) {
      System.arraycopy(live.get(k).observation, 0, obs, k * d, d);
      System.arraycopy(live.get(k).mask, 0, masks, k * a, a);
    }
    int[] actions = policy.act(new ObservationBatch(live.size(), d, a, obs, masks), mode, rng)
        .actions();
    List<Slot> still = new ArrayList<>();
    for (int k = 0; k < live.size(); k++) {
      Slot slot = live.get(k);
      Step st = slot.env.step(actions[k]);
      returns[slot.episode] += st.reward();
      if (st.done() && st.info().get("judge") instanceof Double j) {
        judges[slot.episode] = j;
      }
      if (!st.done()) {
        slot.observation = st.observation();
        slot.mask = st.actionMask();
        still.add(slot);
      } else if (next < returns.length) {
        start(slot);
        still.add(slot);
      }
    }
    live.clear();
    live.addAll(still);
  }
}

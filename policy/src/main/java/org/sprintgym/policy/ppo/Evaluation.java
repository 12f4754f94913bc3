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
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.Step;

/**
 * Runs a fixed number of episodes with a policy (greedy or sampled) and reports their returns.
 * Episode {@code k} is seeded with {@code SeedMix.derive(seed, k)}, so with greedy actions the
 * result does not depend on how many episodes run side by side (sampled actions draw from
 * {@code rng} in batch order, which does).
 */
public final class Evaluation {
  private Evaluation() {}

  /** Undiscounted returns of the evaluated episodes, in episode order. */
  public record Result(double[] returns) {
    public double mean() {
      return Arrays.stream(returns).average().orElse(Double.NaN);
    }
  }

  public static Result run(Policy policy, IntFunction<Env> envFactory, int episodes, int parallel,
      long seed, ActionMode mode, Rng rng) {
    if (episodes < 1 || parallel < 1) {
      throw new IllegalArgumentException("episodes and parallel must be >= 1");
    }
    int slots = Math.min(parallel, episodes);
    List<Env> envs = new ArrayList<>();
    int[] episodeOf = new int[slots];
    float[][] obs = new float[slots][];
    boolean[][] masks = new boolean[slots][];
    double[] returns = new double[episodes];
    int next = 0;
    for (int s = 0; s < slots; s++) {
      envs.add(envFactory.apply(s));
      episodeOf[s] = next;
      Reset r = envs.get(s).reset(SeedMix.derive(seed, next++));
      obs[s] = r.observation();
      masks[s] = r.actionMask();
    }
    int d = policy.observationSize();
    int a = policy.actionCount();
    List<Integer> live = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      live.add(s);
    }
    while (!live.isEmpty()) {
      float[] batchObs = new float[live.size() * d];
      boolean[] batchMask = new boolean[live.size() * a];
      for (int k = 0; k < live.size(); k++) {
        System.arraycopy(obs[live.get(k)], 0, batchObs, k * d, d);
        System.arraycopy(masks[live.get(k)], 0, batchMask, k * a, a);
      }
      int[] actions = policy.act(new ObservationBatch(live.size(), d, a, batchObs, batchMask),
          mode, rng).actions();
      List<Integer> still = new ArrayList<>();
      for (int k = 0; k < live.size(); k++) {
        int s = live.get(k);
        Step st = envs.get(s).step(actions[k]);
        returns[episodeOf[s]] += st.reward();
        if (!st.done()) {
          obs[s] = st.observation();
          masks[s] = st.actionMask();
          still.add(s);
        } else if (next < episodes) {
          episodeOf[s] = next;
          Reset r = envs.get(s).reset(SeedMix.derive(seed, next++));
          obs[s] = r.observation();
          masks[s] = r.actionMask();
          still.add(s);
        }
      }
      live = still;
    }
    return new Result(returns);
  }
}

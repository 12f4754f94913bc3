package org.sprintgym.sim.env;

import java.util.List;
import java.util.Map;

/**
 * One step (or the reset) of a {@link VectorEnv} with {@code n} envs, in flat row-major arrays so a
 * batched policy can read them without copying per env: observation of env {@code i} is
 * {@code observations[i*d .. (i+1)*d)}, its mask {@code actionMasks[i*a .. (i+1)*a)}.
 *
 * <p>Autoreset is "same-step": when env {@code i}'s episode ends, {@code terminated[i]} /
 * {@code truncated[i]} and {@code rewards[i]} describe the last transition, while its observation
 * and mask are already those of the next episode's reset; the last observation of the finished
 * episode is in {@code infos.get(i)} under {@link VectorEnv#FINAL_OBSERVATION} (for bootstrapping on
 * truncation), with {@link VectorEnv#EPISODE_RETURN} and {@link VectorEnv#EPISODE_LENGTH}.
 */
public record VectorStep(int numEnvs, int observationSize, int actionCount, float[] observations,
    double[] rewards, boolean[] terminated, boolean[] truncated, boolean[] actionMasks,
    List<Map<String, Object>> infos) {

  public VectorStep {
    check(observations.length, numEnvs * observationSize, "observations");
    check(rewards.length, numEnvs, "rewards");
    check(terminated.length, numEnvs, "terminated");
    check(truncated.length, numEnvs, "truncated");
    check(actionMasks.length, numEnvs * actionCount, "actionMasks");
    check(infos.size(), numEnvs, "infos");
    infos = List.copyOf(infos);
  }

  private static void check(int actual, int expected, String what) {
    if (actual != expected) {
      throw new IllegalArgumentException(what + " has length " + actual + ", expected " + expected);
    }
  }

  /** True when env {@code i}'s episode ended at this step (it has already been reset). */
  public boolean done(int i) {
    return terminated[i] || truncated[i];
  }

  /** The observation of env {@code i}, copied. */
  public float[] observation(int i) {
    return java.util.Arrays.copyOfRange(observations, i * observationSize,
        (i + 1) * observationSize);
  }

  /** The last observation of env {@code i}'s finished episode. */
  public float[] finalObservation(int i) {
    Object o = infos.get(i).get(VectorEnv.FINAL_OBSERVATION);
    if (!(o instanceof float[] f)) {
      throw new IllegalStateException("env " + i + " did not finish an episode at this step");
    }
    return f.clone();
  }
}

package org.sprintgym.policy.ppo;

/**
 * Generalised advantage estimation over a rollout of {@code steps x envs} transitions (index
 * {@code t * envs + e}). A terminated transition has no future value; a truncated one bootstraps
 * from the value of its final observation; either way the lambda-chain stops at the episode
 * boundary. The last step bootstraps from the value of the observation the rollout stopped at.
 */
public final class Gae {
  private Gae() {}

  /** Advantages and returns (advantage + value) per transition. */
  public record Result(double[] advantages, double[] returns) {}

  /**
   * @param finalValues value of the final observation, read only where a transition is truncated
   *     and not terminated
   * @param lastValues value per env of the observation after the rollout's last step
   */
  public static Result compute(int steps, int envs, double[] rewards, double[] values,
      boolean[] terminated, boolean[] truncated, double[] finalValues, double[] lastValues,
      double gamma, double lambda) {
    int n = steps * envs;
    if (rewards.length != n || values.length != n || terminated.length != n
        || truncated.length != n || finalValues.length != n || lastValues.length != envs) {
      throw new IllegalArgumentException("GAE inputs must have steps * envs = " + n
          + " entries (lastValues: " + envs + ")");
    }
    double[] adv = new double[n];
    double[] ret = new double[n];
    for (int t = steps - 1; t >= 0; t--) {
      for (int e = 0; e < envs; e++) {
        int i = t * envs + e;
        boolean done = terminated[i] || truncated[i];
        boolean last = t == steps - 1;
        double nextValue;
        if (terminated[i]) {
          nextValue = 0;
        } else if (truncated[i]) {
          nextValue = finalValues[i];
        } else {
          nextValue = last ? lastValues[e] : values[i + envs];
        }
        double nextAdv = done || last ? 0 : adv[i + envs];
        double delta = rewards[i] + gamma * nextValue - values[i];
        adv[i] = delta + gamma * lambda * nextAdv;
        ret[i] = adv[i] + values[i];
      }
    }
    return new Result(adv, ret);
  }
}

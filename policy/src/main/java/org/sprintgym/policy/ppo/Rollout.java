package org.sprintgym.policy.ppo;

/** One rollout of {@code steps x envs} transitions, flat with index {@code t * envs + e}. */
final class Rollout {
  final int steps;
  final int envs;
  final int obsSize;
  final int actions;
  final float[] observations;
  final boolean[] masks;
  final int[] chosen;
  final double[] logProbs;
  final double[] values;
  final double[] rewards;
  final boolean[] terminated;
  final boolean[] truncated;
  final double[] finalValues;
  double[] lastValues;

  Rollout(int steps, int envs, int obsSize, int actions) {
    this.steps = steps;
    this.envs = envs;
    this.obsSize = obsSize;
    this.actions = actions;
    int n = steps * envs;
    observations = new float[n * obsSize];
    masks = new boolean[n * actions];
    chosen = new int[n];
    logProbs = new double[n];
    values = new double[n];
    rewards = new double[n];
    terminated = new boolean[n];
    truncated = new boolean[n];
    finalValues = new double[n];
  }

  int size() {
    return steps * envs;
  }

  Gae.Result advantages(double gamma, double lambda) {
    return Gae.compute(steps, envs, rewards, values, terminated, truncated, finalValues,
        lastValues, gamma, lambda);
  }

  /** The samples at {@code rows}, as a minibatch and its observations. */
  Minibatch minibatch(int[] rows, int from, int to, Gae.Result gae, float[] obsOut) {
    int m = to - from;
    boolean[] mk = new boolean[m * actions];
    int[] act = new int[m];
    double[] oldLogp = new double[m];
    double[] adv = new double[m];
    double[] ret = new double[m];
    double[] oldV = new double[m];
    for (int k = 0; k < m; k++) {
      int i = rows[from + k];
      System.arraycopy(observations, i * obsSize, obsOut, k * obsSize, obsSize);
      System.arraycopy(masks, i * actions, mk, k * actions, actions);
      act[k] = chosen[i];
      oldLogp[k] = logProbs[i];
      adv[k] = gae.advantages()[i];
      ret[k] = gae.returns()[i];
      oldV[k] = values[i];
    }
    return new Minibatch(m, actions, mk, act, oldLogp, adv, ret, oldV);
  }
}

package org.sprintgym.policy;

/**
 * A policy's decision for each sample of a batch: the action, its log-probability under the
 * policy, and the critic's value estimate. Policies without a critic (scripted baselines) return
 * an empty {@code values} array rather than a made-up number.
 */
public record PolicyOutput(int[] actions, double[] logProbs, double[] values) {

  public PolicyOutput {
    if (logProbs.length != actions.length) {
      throw new IllegalArgumentException(actions.length + " actions but " + logProbs.length
          + " log-probabilities");
    }
    if (values.length != actions.length && values.length != 0) {
      throw new IllegalArgumentException(actions.length + " actions but " + values.length
          + " values (use an empty array for policies without a critic)");
    }
  }

  public boolean hasValues() {
    return values.length > 0;
  }
}

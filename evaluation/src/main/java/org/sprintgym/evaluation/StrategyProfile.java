package org.sprintgym.evaluation;

import org.sprintgym.agents.Requires;

/**
 * A policy's strategy profile: exponential moving averages (alpha 0.3 by default) of its success
 * rate and score, updated after every evaluation, as the continuous-learning pipeline keeps them.
 *
 * @param policy policy name
 * @param alpha weight of the newest evaluation, in (0, 1]
 * @param successRate EMA of the success rate (share of episodes that succeeded)
 * @param score EMA of the mean score
 * @param updates evaluations folded in so far
 */
public record StrategyProfile(String policy, double alpha, double successRate, double score, int updates) {

  public static final double DEFAULT_ALPHA = 0.3;

  public StrategyProfile {
    Requires.nonBlank(policy, "policy name");
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1] but was " + alpha);
    }
    Requires.nonNegative(updates, "updates");
  }

  /** A profile before any evaluation. */
  public static StrategyProfile empty(String policy) {
    return new StrategyProfile(policy, DEFAULT_ALPHA, 0, 0, 0);
  }

  /** The profile after one more evaluation; the first one is taken as it is. */
  public StrategyProfile update(double newSuccessRate, double newScore) {
    Requires.unit(newSuccessRate, "success rate");
    if (updates == 0) {
      return new StrategyProfile(policy, alpha, newSuccessRate, newScore, 1);
    }
    return new StrategyProfile(policy, alpha,
        alpha * newSuccessRate + (1 - alpha) * successRate,
        alpha * newScore + (1 - alpha) * score, updates + 1);
  }
}

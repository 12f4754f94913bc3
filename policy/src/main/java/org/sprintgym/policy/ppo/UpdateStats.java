package org.sprintgym.policy.ppo;

/**
 * What one PPO update logs. Losses, entropy, approx-KL, clip fraction and gradient norm are means
 * over its gradient steps; explained variance is over the rollout; the episode figures cover
 * episodes that ended during the rollout ({@code episodes} may be 0, then the mean is NaN).
 * {@code rolloutSeconds} is the wall time of collecting the rollout, the rest of the update being
 * advantage estimation and optimisation. {@code meanEpisodeLength} is in steps, NaN like the
 * return when no episode ended.
 */
public record UpdateStats(int update, long globalSteps, double learningRate, double clipRange,
    double policyLoss, double valueLoss, double entropy, double approxKl, double clipFraction,
    double explainedVariance, double gradNorm, int episodes, double meanEpisodeReturn,
    double samplesPerSecond, double rolloutSeconds, double meanEpisodeLength) {

  /** One line for logs. */
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "update %d steps %d lr %.2e clip %.3f pg %.4f vf %.4f ent %.4f kl %.5f clipfrac %.3f"
            + " ev %.3f return %.1f sps %.0f",
        update, globalSteps, learningRate, clipRange, policyLoss, valueLoss, entropy, approxKl,
        clipFraction, explainedVariance, meanEpisodeReturn, samplesPerSecond);
  }
}

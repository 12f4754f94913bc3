package org.sprintgym.policy.ppo;

/**
 * PPO's loss on one minibatch, its diagnostics, and its gradients with respect to the network
 * outputs ({@code dLogits}: size x actions, {@code dValues}: size).
 */
public record LossTerms(double policyLoss, double valueLoss, double entropy, double approxKl,
    double clipFraction, double[] dLogits, double[] dValues) {

  /** The total loss PPO minimises: policy + vfCoef * value - entCoef * entropy. */
  public double total(double entCoef, double vfCoef) {
    return policyLoss + vfCoef * valueLoss - entCoef * entropy;
  }
}

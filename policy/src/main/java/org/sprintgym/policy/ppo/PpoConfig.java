package org.sprintgym.policy.ppo;

import java.util.List;

/**
 * PPO hyperparameters, with SB3's meanings.
 *
 * @param numEnvs envs stepped together in a rollout
 * @param nSteps steps per env per rollout (rollout size = numEnvs * nSteps)
 * @param minibatchSize samples per gradient step (SB3's batch_size); a last, smaller minibatch
 *     takes the remainder as in SB3
 * @param epochs passes over each rollout
 * @param gamma discount factor
 * @param gaeLambda GAE's lambda
 * @param learningRate Adam's initial step size
 * @param annealLearningRate decay the step size linearly to 0 over the run
 * @param clipRange initial surrogate clip epsilon
 * @param annealClipRange decay the clip range linearly to 0 over the run (RL Zoo's lin_0.2)
 * @param clipRangeVf value clip around the old values (SB3 style: loss on the clipped prediction);
 *     {@code Double.POSITIVE_INFINITY} leaves values unclipped
 * @param entCoef entropy bonus weight
 * @param vfCoef value loss weight; the value loss is SB3's mean squared error (no 1/2)
 * @param maxGradNorm global gradient-norm clip
 * @param normalizeAdvantage normalise advantages per minibatch (mean 0, unbiased std 1)
 * @param adamEpsilon Adam's epsilon (SB3 and CleanRL use 1e-5 for PPO)
 * @param actorHidden hidden widths of the actor MLP
 * @param criticHidden hidden widths of the critic MLP
 */
public record PpoConfig(int numEnvs, int nSteps, int minibatchSize, int epochs, double gamma,
    double gaeLambda, double learningRate, boolean annealLearningRate, double clipRange,
    boolean annealClipRange, double clipRangeVf, double entCoef, double vfCoef,
    double maxGradNorm, boolean normalizeAdvantage, double adamEpsilon, List<Integer> actorHidden,
    List<Integer> criticHidden) {

  public PpoConfig {
    positive(numEnvs, "numEnvs");
    positive(nSteps, "nSteps");
    positive(minibatchSize, "minibatchSize");
    positive(epochs, "epochs");
    if (minibatchSize > numEnvs * nSteps) {
      throw new IllegalArgumentException("minibatchSize " + minibatchSize
          + " exceeds the rollout size numEnvs * nSteps = " + numEnvs * nSteps);
    }
    unit(gamma, "gamma");
    unit(gaeLambda, "gaeLambda");
    positive(learningRate, "learningRate");
    positive(clipRange, "clipRange");
    if (!(clipRangeVf > 0)) {
      throw new IllegalArgumentException("clipRangeVf must be > 0 (infinity: no value clipping)"
          + " but was " + clipRangeVf);
    }
    nonNegative(entCoef, "entCoef");
    nonNegative(vfCoef, "vfCoef");
    positive(maxGradNorm, "maxGradNorm");
    positive(adamEpsilon, "adamEpsilon");
    actorHidden = List.copyOf(actorHidden);
    criticHidden = List.copyOf(criticHidden);
  }

  /** RL Baselines3 Zoo's tuned PPO for CartPole-v1 (64x64 tanh MLPs, SB3 defaults elsewhere). */
  public static PpoConfig rlZooCartPole() {
    return new PpoConfig(8, 32, 256, 20, 0.98, 0.8, 1e-3, true, 0.2, true,
        Double.POSITIVE_INFINITY, 0.0, 0.5, 0.5, true, 1e-5, List.of(64, 64), List.of(64, 64));
  }

  /**
   * Defaults for SprintGym's short episodes (a handful of decisions each, reward mostly at the
   * end): 8 envs x 64 steps, minibatches of 128, 4 epochs, gamma 0.99, lambda 0.95, learning rate
   * 3e-4 annealed, clip 0.2, entropy 0.01 (CleanRL's discrete-action defaults), 64x64 MLPs.
   */
  public static PpoConfig episodes() {
    return new PpoConfig(8, 64, 64, 10, 0.99, 0.95, 2e-3, true, 0.2, false,
        Double.POSITIVE_INFINITY, 0.01, 0.5, 0.5, true, 1e-5, List.of(64, 64), List.of(64, 64));
  }

  /**
   * This configuration with other epochs and learning rate, annealed linearly to 0 over a run or
   * not; everything else kept.
   */
  public PpoConfig withOptimisation(int epochs, double learningRate, boolean annealLearningRate) {
    return new PpoConfig(numEnvs, nSteps, minibatchSize, epochs, gamma, gaeLambda, learningRate,
        annealLearningRate, clipRange, annealClipRange, clipRangeVf, entCoef, vfCoef,
        maxGradNorm, normalizeAdvantage, adamEpsilon, actorHidden, criticHidden);
  }

  /** Samples per rollout. */
  public int rolloutSize() {
    return numEnvs * nSteps;
  }

  /** Updates needed to cover {@code totalSteps} env steps (the last may go beyond). */
  public int updatesFor(long totalSteps) {
    return (int) Math.max(1, (totalSteps + rolloutSize() - 1) / rolloutSize());
  }

  private static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0 but was " + v);
    }
  }

  private static void nonNegative(double v, String name) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0 but was " + v);
    }
  }

  private static void unit(double v, String name) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + v);
    }
  }
}

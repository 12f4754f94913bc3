package org.sprintgym.policy.rl4j;

/**
 * RL4J DQN settings (RL4J's own meanings), validated here so a bad value fails with its name.
 *
 * @param hiddenLayers dense hidden layers of the Q-network
 * @param hiddenNodes width of each hidden layer
 * @param learningRate Adam's step size
 * @param maxSteps env steps to train for
 * @param maxEpochStep step cap of one episode in RL4J's loop (the env's own limit still applies)
 * @param replaySize experience replay capacity
 * @param batchSize replayed transitions per gradient step
 * @param targetUpdate env steps between target-network copies
 * @param updateStart env steps of pure exploration before learning starts
 * @param gamma discount factor
 * @param minEpsilon final exploration rate
 * @param epsilonSteps steps over which epsilon anneals from 1 to {@code minEpsilon}
 * @param doubleDqn use double DQN targets
 * @param seed RL4J's learning seed (replay sampling, exploration draws)
 */
public record DqnSettings(int hiddenLayers, int hiddenNodes, double learningRate, int maxSteps,
    int maxEpochStep, int replaySize, int batchSize, int targetUpdate, int updateStart,
    double gamma, double minEpsilon, int epsilonSteps, boolean doubleDqn, long seed) {

  public DqnSettings {
    positive(hiddenLayers, "hiddenLayers");
    positive(hiddenNodes, "hiddenNodes");
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be a finite number > 0 but was "
          + learningRate);
    }
    positive(maxSteps, "maxSteps");
    positive(maxEpochStep, "maxEpochStep");
    positive(batchSize, "batchSize");
    if (replaySize < batchSize) {
      throw new IllegalArgumentException("replaySize " + replaySize + " must be >= batchSize "
          + batchSize);
    }
    positive(targetUpdate, "targetUpdate");
    if (updateStart < 0) {
      throw new IllegalArgumentException("updateStart must be >= 0 but was " + updateStart);
    }
    if (!(gamma >= 0 && gamma <= 1) || !(minEpsilon >= 0 && minEpsilon <= 1)) {
      throw new IllegalArgumentException("gamma and minEpsilon must be in [0, 1] but were "
          + gamma + " and " + minEpsilon);
    }
    positive(epsilonSteps, "epsilonSteps");
  }

  /** Small settings for the short episodes of SprintGym's types: 2x64 MLP, a few thousand steps. */
  public static DqnSettings episodes(int maxSteps, long seed) {
    return new DqnSettings(2, 64, 1e-3, maxSteps, 64, 10_000, 32, 200, 100, 0.99, 0.05,
        Math.max(1, maxSteps / 2), true, seed);
  }

  private static void positive(int v, String name) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + v);
    }
  }
}

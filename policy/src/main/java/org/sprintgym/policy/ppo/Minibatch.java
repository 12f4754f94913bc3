package org.sprintgym.policy.ppo;

/**
 * The rollout data of one minibatch, as PPO's loss needs it.
 *
 * @param advantages raw GAE advantages (normalised inside the loss when configured)
 */
public record Minibatch(int size, int actionCount, boolean[] masks, int[] actions,
    double[] oldLogProbs, double[] advantages, double[] returns, double[] oldValues) {

  public Minibatch {
    if (size < 1) {
      throw new IllegalArgumentException("minibatch size must be >= 1 but was " + size);
    }
    if (masks.length != size * actionCount || actions.length != size
        || oldLogProbs.length != size || advantages.length != size || returns.length != size
        || oldValues.length != size) {
      throw new IllegalArgumentException("minibatch arrays must hold " + size + " samples");
    }
  }
}

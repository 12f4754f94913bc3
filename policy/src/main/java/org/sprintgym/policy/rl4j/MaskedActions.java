package org.sprintgym.policy.rl4j;

/**
 * What an RL4J agent's action becomes when the env masks it out. RL4J's {@code MDP} has no action
 * masks (its DQN picks among all actions), while a SprintGym env rejects a masked action. The
 * adapter substitutes the nearest allowed action by index, the lower one on a tie. Episode actions
 * are numbered in groups by episode type, so the nearest allowed index is usually an action of the
 * same kind; more importantly the substitution is a fixed function of (action, mask), so the
 * agent faces a proper MDP in which masked actions are aliases of allowed ones, with the real
 * transition and reward of the action taken. The alternative (a no-op with a penalty) would add
 * transitions the env itself never has and needs an extra limit against endless invalid moves.
 */
public final class MaskedActions {
  private MaskedActions() {}

  /** {@code action} if allowed, else the allowed index closest to it (lower index on a tie). */
  public static int nearestAllowed(int action, boolean[] mask) {
    if (action < 0 || action >= mask.length) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.."
          + (mask.length - 1));
    }
    if (mask[action]) {
      return action;
    }
    for (int d = 1; d < mask.length; d++) {
      if (action - d >= 0 && mask[action - d]) {
        return action - d;
      }
      if (action + d < mask.length && mask[action + d]) {
        return action + d;
      }
    }
    throw new IllegalArgumentException("the action mask allows no action");
  }
}

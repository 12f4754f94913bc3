package org.sprintgym.sim.env;

/** Shared checks for env results. */
final class Steps {
  private Steps() {}

  /** A mask must allow at least one action, or no policy could act. */
  static boolean[] requireMask(boolean[] mask) {
    for (boolean allowed : mask) {
      if (allowed) {
        return mask;
      }
    }
    throw new IllegalArgumentException("the action mask allows no action");
  }
}

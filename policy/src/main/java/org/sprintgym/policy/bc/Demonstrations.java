package org.sprintgym.policy.bc;

/**
 * Expert (observation, mask, action) samples for behaviour cloning, flat and row-major like
 * {@link org.sprintgym.policy.ObservationBatch}. Every action must be allowed by its mask.
 */
public record Demonstrations(int size, int observationSize, int actionCount,
    float[] observations, boolean[] masks, int[] actions) {

  public Demonstrations {
    if (size < 1 || observations.length != size * observationSize
        || masks.length != size * actionCount || actions.length != size) {
      throw new IllegalArgumentException("demonstrations need " + size + " samples of "
          + observationSize + " observation values, " + actionCount + " mask values and 1 action");
    }
    for (int i = 0; i < size; i++) {
      int a = actions[i];
      if (a < 0 || a >= actionCount || !masks[i * actionCount + a]) {
        throw new IllegalArgumentException("demonstration " + i + ": action " + a
            + " is out of range or masked out");
      }
    }
  }
}

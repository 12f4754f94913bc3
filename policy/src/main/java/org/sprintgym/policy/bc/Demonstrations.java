package org.sprintgym.policy.bc;

/**
 * Expert (observation, mask, action) samples for behaviour cloning, flat and row-major like
 * {@link org.sprintgym.policy.ObservationBatch}. Every action must be allowed by its mask.
 * {@code returns}, when not null, holds each sample's discounted return-to-go in the expert's
 * episode: the critic is then fitted to it too, so that PPO starts from a value function that
 * knows the warm-started policy.
 */
public record Demonstrations(int size, int observationSize, int actionCount,
    float[] observations, boolean[] masks, int[] actions, float[] returns) {

  /** Demonstrations without value targets (the critic is left as it is). */
  public Demonstrations(int size, int observationSize, int actionCount, float[] observations,
      boolean[] masks, int[] actions) {
    this(size, observationSize, actionCount, observations, masks, actions, null);
  }

  public Demonstrations {
    if (returns != null && returns.length != size) {
      throw new IllegalArgumentException("demonstrations need one return per sample: " + size
          + " samples, " + returns.length + " returns");
    }
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

package org.sprintgym.policy;

/**
 * {@code size} observations with their action masks, flat and row-major: observation {@code i} is
 * {@code observations[i*observationSize ..]}, its mask {@code masks[i*actionCount ..]}.
 */
public record ObservationBatch(int size, int observationSize, int actionCount,
    float[] observations, boolean[] masks) {

  public ObservationBatch {
    if (size < 1 || observationSize < 1 || actionCount < 1) {
      throw new IllegalArgumentException("batch size, observation size and action count must be"
          + " >= 1 but were " + size + ", " + observationSize + ", " + actionCount);
    }
    if (observations.length != size * observationSize) {
      throw new IllegalArgumentException("expected " + size * observationSize
          + " observation values but got " + observations.length);
    }
    if (masks.length != size * actionCount) {
      throw new IllegalArgumentException("expected " + size * actionCount + " mask values but got "
          + masks.length);
    }
    for (int i = 0; i < size; i++) {
      boolean any = false;
      for (int a = 0; a < actionCount; a++) {
        any |= masks[i * actionCount + a];
      }
      if (!any) {
        throw new IllegalArgumentException("the mask of sample " + i + " allows no action");
      }
    }
  }

  /** A batch where every action is allowed. */
  public static ObservationBatch unmasked(int size, int observationSize, int actionCount,
      float[] observations) {
    boolean[] masks = new boolean[size * actionCount];
    java.util.Arrays.fill(masks, true);
    return new ObservationBatch(size, observationSize, actionCount, observations, masks);
  }
}

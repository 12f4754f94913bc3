package org.sprintgym.sim.env;

import java.util.Arrays;
import java.util.List;

/**
 * The observation schema: one name and one closed interval {@code [low, high]} per dimension.
 * Unbounded dimensions use {@code ±Float.MAX_VALUE} (what Gymnasium reports for float32 boxes).
 */
public record ObservationSpace(List<String> names, float[] low, float[] high) {

  public ObservationSpace {
    names = List.copyOf(names);
    low = low.clone();
    high = high.clone();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an observation space needs at least one dimension");
    }
    if (low.length != names.size() || high.length != names.size()) {
      throw new IllegalArgumentException("observation space has " + names.size()
          + " names but " + low.length + " lows and " + high.length + " highs");
    }
    for (int i = 0; i < low.length; i++) {
      if (!(low[i] <= high[i])) {
        throw new IllegalArgumentException("dimension " + names.get(i) + ": low " + low[i]
            + " must be <= high " + high[i]);
      }
    }
  }

  /** A box with the same bounds {@code [-bound, bound]} per named dimension. */
  public static ObservationSpace symmetric(List<String> names, float[] bounds) {
    float[] low = new float[bounds.length];
    for (int i = 0; i < bounds.length; i++) {
      low[i] = -bounds[i];
    }
    return new ObservationSpace(names, low, bounds);
  }

  public int size() {
    return names.size();
  }

  @Override
  public float[] low() {
    return low.clone();
  }

  @Override
  public float[] high() {
    return high.clone();
  }

  /** True when every component of {@code observation} lies in its interval. */
  public boolean contains(float[] observation) {
    if (observation.length != size()) {
      return false;
    }
    for (int i = 0; i < observation.length; i++) {
      if (!(observation[i] >= low[i] && observation[i] <= high[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationSpace s && names.equals(s.names)
        && Arrays.equals(low, s.low) && Arrays.equals(high, s.high);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.hashCode(low) * 17 + Arrays.hashCode(high);
  }

  @Override
  public String toString() {
    return "ObservationSpace" + names;
  }
}

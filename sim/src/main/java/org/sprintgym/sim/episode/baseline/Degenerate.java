package org.sprintgym.sim.episode.baseline;

import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.TypeSpec;

/**
 * Policies that game nothing, kept to show the reward cannot be gamed: each should score no
 * better than random (tests hold them to random + 0.05 on the normalised scale).
 */
public final class Degenerate {
  private Degenerate() {}

  /** Always the allowed action with the lowest index. */
  public static BaselinePolicy firstLegal() {
    return (obs, mask, random) -> {
      for (int i = 0; i < mask.length; i++) {
        if (mask[i]) {
          return i;
        }
      }
      throw new IllegalArgumentException("the action mask allows no action");
    };
  }

  /** Ends the episode at once: the closing action, or the first decision where none exists. */
  public static BaselinePolicy endNow() {
    return (obs, mask, random) -> end(new ObservationView(obs, mask), random);
  }

  /** Probes every hidden fact, then ends as {@link #endNow()} does. */
  public static BaselinePolicy probeAll() {
    return (obs, mask, random) -> {
      var v = new ObservationView(obs, mask);
      for (TypeSpec.Slot s : v.spec.slots()) {
        if (v.allowed(s.probe())) {
          return s.probe().ordinal();
        }
      }
      return end(v, random);
    };
  }

  private static int end(ObservationView v, java.util.SplittableRandom random) {
    if (v.spec.done().isPresent() && v.allowed(v.spec.done().get())) {
      return v.spec.done().get().ordinal();
    }
    for (EpisodeAction d : v.spec.decisions()) {
      if (v.allowed(d)) {
        return d.ordinal();
      }
    }
    return ObservationView.uniform(v.mask, random);
  }
}

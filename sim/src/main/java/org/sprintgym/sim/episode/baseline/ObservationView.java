package org.sprintgym.sim.episode.baseline;

import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.episode.TypeSpec;
import org.sprintgym.sim.episode.TypeSpecs;

/** Reads an episode observation by name, for the scripted policies. */
final class ObservationView {
  final float[] o;
  final boolean[] mask;
  final TypeSpec spec;

  ObservationView(float[] observation, boolean[] mask) {
    this.o = observation;
    this.mask = mask;
    this.spec = TypeSpecs.of(Observations.typeOf(observation));
  }

  EpisodeType type() {
    return spec.type();
  }

  int slots() {
    return spec.slots().size();
  }

  float cue(int i) {
    return o[Observations.SLOT_CUE + i];
  }

  boolean probed(int i) {
    return o[Observations.SLOT_PROBED + i] > 0.5f;
  }

  boolean found(int i) {
    return o[Observations.SLOT_FOUND + i] > 0.5f;
  }

  boolean anyFound() {
    for (int i = 0; i < slots(); i++) {
      if (found(i)) {
        return true;
      }
    }
    return false;
  }

  boolean[] foundFlags() {
    boolean[] f = new boolean[slots()];
    for (int i = 0; i < f.length; i++) {
      f[i] = found(i);
    }
    return f;
  }

  double severity() {
    return o[Observations.SEVERITY_ESTIMATE];
  }

  boolean severityKnown() {
    return o[Observations.SEVERITY_KNOWN] > 0.5f;
  }

  boolean sharpened() {
    return o[Observations.CUES_SHARPENED] > 0.5f;
  }

  double progress() {
    return o[Observations.WORK_PROGRESS] * Observations.WORK_SCALE;
  }

  boolean decisionTaken(int i) {
    return o[Observations.DECISION_TAKEN + i] > 0.5f;
  }

  boolean supportDone(int i) {
    return o[Observations.SUPPORT_DONE + i] > 0.5f;
  }

  boolean allowed(EpisodeAction a) {
    return mask[a.ordinal()];
  }

  /** The random baseline: ignores the observation. */
  static int uniform3(float[] observation, boolean[] mask, java.util.SplittableRandom random) {
    return uniform(mask, random);
  }

  /** The allowed action at random. */
  static int uniform(boolean[] mask, java.util.SplittableRandom random) {
    int n = 0;
    for (boolean b : mask) {
      n += b ? 1 : 0;
    }
    if (n == 0) {
      throw new IllegalArgumentException("the action mask allows no action");
    }
    int pick = random.nextInt(n);
    for (int i = 0; i < mask.length; i++) {
      if (mask[i] && pick-- == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}

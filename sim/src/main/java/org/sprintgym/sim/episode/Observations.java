package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.sim.env.ObservationSpace;

/**
 * The observation schema shared by every episode type: a fixed-length float vector, every
 * dimension in [0, 1]. Documented dimension by dimension in {@code sim/OBSERVATIONS.md}; the
 * offsets below are the contract scripted policies and the policy module read.
 */
public final class Observations {
  private Observations() {}

  public static final int TYPES = EpisodeType.values().length;
  public static final int TYPE = 0;
  public static final int STAGE = TYPE + TYPES;
  public static final int CONTEXT = STAGE + 1;
  public static final List<String> CONTEXT_NAMES = List.of("ambiguity", "story_points",
      "technical_risk", "brownfield", "sprint_day", "sprint_index", "trainee_skill",
      "trainee_knowledge", "velocity_ratio");
  public static final int DISTURBANCE = CONTEXT + CONTEXT_NAMES.size();
  /** Disturbance one-hot over the seven AAT kinds ({@code NONE} is all zeros). */
  public static final int DISTURBANCES = DisturbanceKind.values().length - 1;
  public static final int SLOT_CUE = DISTURBANCE + DISTURBANCES;
  public static final int SLOT_PROBED = SLOT_CUE + TypeSpec.MAX_SLOTS;
  public static final int SLOT_FOUND = SLOT_PROBED + TypeSpec.MAX_SLOTS;
  public static final int SEVERITY_ESTIMATE = SLOT_FOUND + TypeSpec.MAX_SLOTS;
  public static final int SEVERITY_KNOWN = SEVERITY_ESTIMATE + 1;
  public static final int CUES_SHARPENED = SEVERITY_KNOWN + 1;
  public static final int WORK_PROGRESS = CUES_SHARPENED + 1;
  public static final int DECISION_TAKEN = WORK_PROGRESS + 1;
  public static final int SUPPORT_DONE = DECISION_TAKEN + TypeSpec.MAX_DECISIONS;
  public static final int STEPS_USED = SUPPORT_DONE + TypeSpec.MAX_SUPPORTS;
  public static final int FOUND_COUNT = STEPS_USED + 1;
  public static final int PROBE_COUNT = FOUND_COUNT + 1;
  public static final int SIZE = PROBE_COUNT + 1;
  /** Work progress is shown as progress / {@code WORK_SCALE} (the estimate is 1). */
  public static final double WORK_SCALE = 2.0;

  /**
   * Version of this layout. Bump it whenever a feature is added, removed or moved (a new episode
   * type shifts the one-hot): checkpoints carry the version and the feature names they were
   * trained on, and loading one of another layout is refused instead of mis-read.
   */
  public static final int LAYOUT_VERSION = 1;

  private static final ObservationSpace SPACE = space();

  /** The schema: names and bounds (all [0, 1]). */
  public static ObservationSpace observationSpace() {
    return SPACE;
  }

  private static ObservationSpace space() {
    var names = new ArrayList<String>(SIZE);
    for (EpisodeType t : EpisodeType.values()) {
      names.add("type_" + t.key());
    }
    names.add("stage");
    names.addAll(CONTEXT_NAMES);
    for (DisturbanceKind d : DisturbanceKind.values()) {
      if (d != DisturbanceKind.NONE) {
        names.add("disturbance_" + d.key());
      }
    }
    for (String part : List.of("cue", "probed", "found")) {
      for (int k = 0; k < TypeSpec.MAX_SLOTS; k++) {
        names.add("fact_" + k + "_" + part);
      }
    }
    names.add("severity_estimate");
    names.add("severity_known");
    names.add("cues_sharpened");
    names.add("work_progress");
    for (int k = 0; k < TypeSpec.MAX_DECISIONS; k++) {
      names.add("decision_" + k + "_taken");
    }
    for (int k = 0; k < TypeSpec.MAX_SUPPORTS; k++) {
      names.add("support_" + k + "_done");
    }
    names.add("steps_used");
    names.add("facts_found");
    names.add("probes_used");
    if (names.size() != SIZE) {
      throw new IllegalStateException("observation schema has " + names.size() + " names but "
          + SIZE + " dimensions");
    }
    float[] low = new float[SIZE];
    float[] high = new float[SIZE];
    java.util.Arrays.fill(high, 1f);
    return new ObservationSpace(names, low, high);
  }

  /** The episode type an observation belongs to (from its one-hot). */
  public static EpisodeType typeOf(float[] obs) {
    for (int i = 0; i < TYPES; i++) {
      if (obs[TYPE + i] > 0.5f) {
        return EpisodeType.values()[i];
      }
    }
    throw new IllegalArgumentException("observation has no episode type set");
  }

  /** Writes the static part (type, stage, context, disturbance) into {@code obs}. */
  static void writeContext(float[] obs, EpisodeType type, SituationContext c) {
    java.util.Arrays.fill(obs, 0f);
    obs[TYPE + type.ordinal()] = 1f;
    obs[STAGE] = type.stage() / 4f;
    int i = CONTEXT;
    obs[i++] = (float) c.ambiguity();
    obs[i++] = c.points() / 8f;
    obs[i++] = (float) c.technicalRisk();
    obs[i++] = c.brownfield() ? 1f : 0f;
    obs[i++] = Math.min(1f, c.sprintDay() / 10f);
    obs[i++] = Math.min(1f, c.sprint() / 10f);
    obs[i++] = (float) c.traineeSkill();
    obs[i++] = (float) c.traineeKnowledge();
    obs[i] = (float) Math.min(1.0, c.velocityRatio() / 2.0);
    if (c.disturbance() != DisturbanceKind.NONE) {
      obs[DISTURBANCE + c.disturbance().ordinal() - 1] = 1f;
    }
  }
}

package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fourteen episode types of the curriculum (DESIGN.md, "Episodes"), with their stage and the
 * graduation criterion their judge score feeds.
 */
public enum EpisodeType {
  ELICITATION(1, "elicitation", 0.70),
  DECOMPOSITION(1, "decomposition", 0.65),
  IMPLEMENTATION(1, "implementation", 0.65),
  SELF_MONITORING(1, "self_correction", 0.50),
  RESEARCH(1, "research", 0.65),
  TRIAGE(2, "triage", 0.70),
  RECOVERY(2, "adaptation", 0.65),
  SCOPE_CHANGE(2, "adaptation", 0.65),
  BORROWING_ARRIVAL(3, "orientation", 0.70),
  CONTEXT_SWITCHING(3, "orientation", 0.70),
  CROSS_TEAM_DEPENDENCY(3, "cross_team", 0.65),
  KNOWLEDGE_HANDOFF(4, "knowledge_handoff", 0.65),
  ONBOARDING_SUPPORT(4, "onboarding", 0.65),
  COMPENSATION(4, "compensation", 0.65);

  private final int stage;
  private final String criterion;
  private final double graduationThreshold;

  EpisodeType(int stage, String criterion, double graduationThreshold) {
    this.stage = stage;
    this.criterion = criterion;
    this.graduationThreshold = graduationThreshold;
  }

  /** Curriculum stage, 1..4. */
  public int stage() {
    return stage;
  }

  /** The graduation criterion this type's judge score is measured against. */
  public String criterion() {
    return criterion;
  }

  /** The criterion's threshold (0.65 where the type has no named criterion in DESIGN.md). */
  public double graduationThreshold() {
    return graduationThreshold;
  }

  /** The snake_case name used in files and on the command line, e.g. {@code scope_change}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named {@code key}, or empty. */
  public static java.util.Optional<EpisodeType> ofKey(String key) {
    for (EpisodeType t : values()) {
      if (t.key().equals(key)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }

  /** The types of one stage, in declaration order. */
  public static List<EpisodeType> ofStage(int stage) {
    var out = new ArrayList<EpisodeType>();
    for (EpisodeType t : values()) {
      if (t.stage == stage) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}

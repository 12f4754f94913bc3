package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names of the fourteen episode types of the curriculum (README, "The environment and the
 * curriculum"). What each
 * type is (stage, criterion, actions, rubric, situation recipe) is its
 * {@link EpisodeTypeDefinition} in {@link EpisodeTypes}; the accessors here read it.
 */
public enum EpisodeType {
  ELICITATION,
  DECOMPOSITION,
  IMPLEMENTATION,
  SELF_MONITORING,
  RESEARCH,
  TRIAGE,
  RECOVERY,
  SCOPE_CHANGE,
  BORROWING_ARRIVAL,
  CONTEXT_SWITCHING,
  CROSS_TEAM_DEPENDENCY,
  KNOWLEDGE_HANDOFF,
  ONBOARDING_SUPPORT,
  COMPENSATION;

  /** Curriculum stage, 1..4. */
  public int stage() {
    return definition().stage();
  }

  /** The graduation criterion this type's judge score is measured against. */
  public String criterion() {
    return definition().criterion();
  }

  /** The criterion's threshold (0.65 where the type has no named criterion). */
  public double graduationThreshold() {
    return definition().graduationThreshold();
  }

  /** Everything this type is: see {@link EpisodeTypes}. */
  public EpisodeTypeDefinition definition() {
    return EpisodeTypes.of(this);
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
      if (t.stage() == stage) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}

package org.sprintgym.sim.episode;

import java.util.EnumSet;
import java.util.Set;

/**
 * One graduation criterion an episode type's episodes measure, and how: the curriculum's
 * criterion meter and the sprint-level trials read these instead of naming types.
 *
 * @param criterion the criterion's name, as the curriculum lists it (e.g. {@code triage_accuracy})
 * @param measure what the criterion takes from the episodes
 * @param productive for {@link Measure#ACTIONS_TO_CONTRIBUTION}, the actions that count as a
 *     productive contribution; empty otherwise
 */
public record CriterionFeed(String criterion, Measure measure, Set<EpisodeAction> productive) {
  /** What a criterion takes from this type's episodes. */
  public enum Measure {
    /** the mean rubric judge score */
    JUDGE,
    /** the mean number of actions before the first productive one (the whole episode if none) */
    ACTIONS_TO_CONTRIBUTION,
    /** the type is played inside a whole simulated sprint ({@link SprintTrials}) */
    SPRINT_TRIAL
  }

  public CriterionFeed {
    if (criterion == null || criterion.isBlank()) {
      throw new IllegalArgumentException("a criterion feed needs a criterion name");
    }
    productive = Set.copyOf(productive);
    if (productive.isEmpty() != (measure != Measure.ACTIONS_TO_CONTRIBUTION)) {
      throw new IllegalArgumentException("criterion " + criterion + ": productive actions are "
          + "given exactly when the measure is actions_to_contribution, but the measure is "
          + measure + " with " + productive.size() + " productive actions");
    }
  }

  /** The criterion averages the judge score. */
  public static CriterionFeed judge(String criterion) {
    return new CriterionFeed(criterion, Measure.JUDGE, Set.of());
  }

  /** The criterion counts the actions before the first of {@code productive}. */
  public static CriterionFeed actionsBefore(String criterion, EpisodeAction first,
      EpisodeAction... more) {
    return new CriterionFeed(criterion, Measure.ACTIONS_TO_CONTRIBUTION, EnumSet.of(first, more));
  }

  /** The criterion is measured by a sprint-level trial that plays this type. */
  public static CriterionFeed sprintTrial(String criterion) {
    return new CriterionFeed(criterion, Measure.SPRINT_TRIAL, Set.of());
  }
}

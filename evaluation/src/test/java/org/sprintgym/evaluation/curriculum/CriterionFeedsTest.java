package org.sprintgym.evaluation.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sprintgym.evaluation.GraduationCriteria;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.sim.episode.CriterionFeed;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.EpisodeTypeDefinition;
import org.sprintgym.sim.episode.EpisodeTypes;
import org.sprintgym.sim.episode.SprintTrials;

/**
 * The episode types' criterion feeds and the curriculum's criteria agree: a type cannot feed a
 * criterion the curriculum does not know (a typo or a criterion never added), and every criterion
 * of the curriculum is measured by some type's episodes, by a sprint trial, or listed as not
 * measured with its reason.
 */
class CriterionFeedsTest {
  private static final Set<String> KNOWN = GraduationCriteria.defaults().stream()
      .map(GraduationCriterion::name).collect(Collectors.toSet());

  @Test
  void everyFeedNamesACriterionOfTheCurriculumInTheTypesStage() {
    for (EpisodeTypeDefinition d : EpisodeTypes.all()) {
      for (CriterionFeed f : d.feeds()) {
        assertThat(KNOWN).as(d.type().key() + " feeds " + f.criterion()).contains(f.criterion());
        int stage = GraduationCriteria.defaults().stream()
            .filter(c -> c.name().equals(f.criterion())).findFirst().orElseThrow().stage();
        assertThat(stage).as(d.type().key() + " feeds " + f.criterion()).isEqualTo(d.stage());
      }
    }
  }

  @Test
  void sprintTrialFeedsAreExactlyTheTrialsCriteria() {
    Set<String> fed = EpisodeTypes.all().stream().flatMap(d -> d.feeds().stream())
        .filter(f -> f.measure() == CriterionFeed.Measure.SPRINT_TRIAL)
        .map(CriterionFeed::criterion).collect(Collectors.toSet());
    assertThat(fed).containsExactlyInAnyOrderElementsOf(SprintTrials.CRITERIA);
  }

  @Test
  void everyCriterionIsMeasuredOrSaysWhyNot() {
    for (String c : KNOWN) {
      boolean episodes = CriterionMeter.SOURCES.containsKey(c);
      boolean sprint = SprintTrials.CRITERIA.contains(c);
      boolean excused = CriterionMeter.NOT_MEASURED.containsKey(c);
      assertThat(episodes || sprint || excused).as(c).isTrue();
    }
  }

  @Test
  void theMeterReadsItsSourcesFromTheDefinitions() {
    assertThat(CriterionMeter.sources("orientation"))
        .containsExactlyInAnyOrder(EpisodeType.BORROWING_ARRIVAL, EpisodeType.CONTEXT_SWITCHING);
    assertThat(CriterionMeter.sources("adaptation"))
        .containsExactlyInAnyOrder(EpisodeType.RECOVERY, EpisodeType.SCOPE_CHANGE);
    assertThat(CriterionMeter.SOURCES.get("actions_to_contribution").measure())
        .isEqualTo(CriterionFeed.Measure.ACTIONS_TO_CONTRIBUTION);
    assertThat(CriterionMeter.SOURCES).doesNotContainKey("velocity_drop");
    assertThat(CriterionMeter.sources("no_such_criterion")).isEmpty();
  }
}

package org.sprintgym.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprintgym.evaluation.GraduationCriterion.Direction;
import org.sprintgym.sim.episode.CriterionFeed;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.EpisodeTypeDefinition;
import org.sprintgym.sim.episode.EpisodeTypes;

/**
 * The judge-score graduation criteria and the episode type definitions are one source: every
 * type whose judge score feeds a criterion has that criterion as its own, with the criterion's
 * stage and threshold, and the criteria still carry dojo's numbers.
 */
class GraduationCriteriaTest {

  private static GraduationCriterion named(String name) {
    return GraduationCriteria.defaults().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no default criterion " + name));
  }

  @Test
  void everyJudgeFedCriterionHasItsTypesStageAndThreshold() {
    int judged = 0;
    for (EpisodeTypeDefinition d : EpisodeTypes.all()) {
      for (CriterionFeed f : d.feeds()) {
        if (f.measure() != CriterionFeed.Measure.JUDGE) {
          continue;
        }
        judged++;
        GraduationCriterion c = named(f.criterion());
        String who = d.type().key() + " feeds " + f.criterion();
        assertThat(d.criterion()).as(who).isEqualTo(c.name());
        assertThat(c.stage()).as(who).isEqualTo(d.stage());
        assertThat(c.direction()).as(who).isEqualTo(Direction.AT_LEAST);
        assertThat(c.threshold()).as(who).isEqualTo(d.graduationThreshold());
      }
    }
    assertThat(judged).isEqualTo(8);
  }

  @Test
  void theJudgeScoreCriteriaKeepDojosThresholds() {
    assertThat(List.of("elicitation", "decomposition", "self_correction", "triage_accuracy",
        "adaptation", "orientation")).extracting(n -> named(n).condition())
        .containsExactly("elicitation >= 0.7", "decomposition >= 0.65", "self_correction >= 0.5",
            "triage_accuracy >= 0.7", "adaptation >= 0.65", "orientation >= 0.7");
    assertThat(EpisodeType.TRIAGE.criterion()).isEqualTo("triage_accuracy");
  }

  private static EpisodeTypeDefinition withThreshold(EpisodeTypeDefinition d, double t) {
    return new EpisodeTypeDefinition(d.type(), d.stage(), d.criterion(), t, d.goal(), d.spec(),
        d.rubric(), d.feeds(), d.recipe(), d.sprintPhase(), d.workHint());
  }

  @Test
  void definitionsThatDisagreeOrNameNoneAreRefused() {
    var types = new ArrayList<>(EpisodeTypes.all());
    assertThat(GraduationCriteria.judged(types, "adaptation", "d").threshold()).isEqualTo(0.65);
    types.set(EpisodeType.SCOPE_CHANGE.ordinal(),
        withThreshold(EpisodeTypes.of(EpisodeType.SCOPE_CHANGE), 0.8));
    var e = assertThrows(IllegalStateException.class,
        () -> GraduationCriteria.judged(types, "adaptation", "d"));
    assertThat(e.getMessage()).contains("adaptation").contains("recovery")
        .contains("scope_change").contains("0.8");
    var none = assertThrows(IllegalStateException.class,
        () -> GraduationCriteria.judged(types, "triage", "d"));
    assertThat(none.getMessage()).contains("triage").contains("EpisodeTypes");
  }
}

package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sprintgym.sim.episode.judge.RubricJudge;

/**
 * Every episode type is complete in its one definition, and a definition that is not is refused
 * with a message naming the type and what is missing.
 */
class EpisodeTypeDefinitionTest {
  private static final EpisodeConfig CONFIG = EpisodeConfig.defaults().withWorlds(24);
  private static final SituationLibrary LIBRARY = SituationLibrary.of(CONFIG);

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void everyTypeHasACompleteDefinition(EpisodeType type) {
    EpisodeTypeDefinition d = EpisodeTypes.of(type);
    assertThat(d.type()).isEqualTo(type);
    assertThat(d.spec()).isSameAs(TypeSpecs.of(type));
    assertThat(d.rubric().labels()).isNotEmpty();
    assertThat(d.recipe()).isNotNull();
    assertThat(d.goal()).isNotBlank();
    assertThat(d.stage()).isBetween(1, EpisodeTypeDefinition.STAGES);
    assertThat(type.stage()).isEqualTo(d.stage());
    assertThat(type.graduationThreshold()).isEqualTo(d.graduationThreshold());
    assertThat(SeatPrompt.of(type)).contains(d.goal());
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void theJudgeNamesItsComponentsAfterTheTypesRubric(EpisodeType type) {
    var env = new EpisodeEnv(CONFIG, LIBRARY, List.of(type));
    var r = env.reset(3);
    int action = 0;
    while (!r.actionMask()[action]) {
      action++;
    }
    // ending at once or after one action still yields every component the spec has
    var st = env.step(action);
    while (!st.done()) {
      int a = 0;
      while (!st.actionMask()[a]) {
        a++;
      }
      st = env.step(a);
    }
    var names = env.lastVerdict().orElseThrow().components().stream()
        .map(c -> c.name()).toList();
    assertThat(names).as(type.key())
        .containsAll(EpisodeTypes.of(type).rubric().labels().values());
    assertThat(new RubricJudge(type).type()).isEqualTo(type);
  }

  @Test
  void theSourcesAreThoseOfTheStages() {
    for (EpisodeTypeDefinition d : EpisodeTypes.all()) {
      SituationSource want = switch (d.stage()) {
        case 1 -> SituationSource.TEAM;
        case 2 -> SituationSource.DISTURBED;
        case 3 -> SituationSource.PORTFOLIO;
        default -> SituationSource.DEPARTURE;
      };
      assertThat(d.recipe().source()).as(d.type().key()).isEqualTo(want);
    }
  }

  @Test
  void aSprintIsRefinedPlannedAndBuiltInThatOrder() {
    assertThat(EpisodeTypes.sprintPhases()).containsExactly(EpisodeType.ELICITATION,
        EpisodeType.DECOMPOSITION, EpisodeType.IMPLEMENTATION);
    assertThat(SprintSeatEnv.phases()).containsExactly("elicitation", "decomposition",
        "implementation");
    assertThat(EpisodeTypes.feeding("velocity_drop")).containsExactly(EpisodeType.TRIAGE,
        EpisodeType.RECOVERY);
    assertThat(EpisodeTypes.feeding("no_such_criterion")).isEmpty();
  }

  @Test
  void everyDefinitionIsListedOnceInDeclarationOrder() {
    assertThat(EpisodeTypes.all()).extracting(EpisodeTypeDefinition::type)
        .containsExactly(EpisodeType.values());
  }

  // ---- validation: each path refuses with the type and what is wrong ------------------------

  private static EpisodeTypeDefinition with(int stage, double threshold, String goal,
      TypeSpec spec, Rubric rubric, SituationRecipe recipe) {
    return new EpisodeTypeDefinition(EpisodeType.TRIAGE, stage, "triage", threshold, goal, spec,
        rubric, List.of(), recipe, Optional.empty(), Optional.empty());
  }

  private static final TypeSpec TRIAGE = TypeSpecs.of(EpisodeType.TRIAGE);
  private static final Rubric RUBRIC = Rubric.of("decision", "triage_accuracy");
  private static final SituationRecipe DISTURBED = new DisturbedRecipe(false);

  @Test
  void aValidDefinitionIsAccepted() {
    assertThat(with(2, 0.7, "goal", TRIAGE, RUBRIC, DISTURBED).stage()).isEqualTo(2);
  }

  @Test
  void aStageOutsideOneToFourIsRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> with(5, 0.7, "goal", TRIAGE, RUBRIC, DISTURBED));
    assertThat(e.getMessage()).contains("triage").contains("stage must be in 1..4");
    assertThrows(IllegalArgumentException.class,
        () -> with(0, 0.7, "goal", TRIAGE, RUBRIC, DISTURBED));
  }

  @Test
  void aThresholdOutsideTheUnitIntervalIsRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> with(2, 1.5, "goal", TRIAGE, RUBRIC, DISTURBED));
    assertThat(e.getMessage()).contains("graduation threshold");
    assertThrows(IllegalArgumentException.class,
        () -> with(2, Double.NaN, "goal", TRIAGE, RUBRIC, DISTURBED));
  }

  @Test
  void aSharpenedCueNoiseOutsideZeroToOneIsRefused() {
    assertThat(TRIAGE.sharpNoise()).isEqualTo(TypeSpec.SHARP_NOISE);
    assertThat(TRIAGE.withSharpNoise(0.3).withTimeCost(1.5).sharpNoise()).isEqualTo(0.3);
    var e = assertThrows(IllegalArgumentException.class, () -> TRIAGE.withSharpNoise(0));
    assertThat(e.getMessage()).contains("TRIAGE").contains("sharpened-cue noise");
    assertThrows(IllegalArgumentException.class, () -> TRIAGE.withSharpNoise(1.5));
    assertThrows(IllegalArgumentException.class, () -> TRIAGE.withSharpNoise(Double.NaN));
  }

  @Test
  void aJudgeFeedNamingAnotherCriterionIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> new EpisodeTypeDefinition(
        EpisodeType.TRIAGE, 2, "triage", 0.7, "goal", TRIAGE, RUBRIC,
        List.of(CriterionFeed.judge("triage_accuracy")), DISTURBED, Optional.empty(),
        Optional.empty()));
    assertThat(e.getMessage()).contains("triage").contains("'triage_accuracy'");
    // a feed of another measure may name any criterion
    assertThat(new EpisodeTypeDefinition(EpisodeType.TRIAGE, 2, "triage_accuracy", 0.7, "goal",
        TRIAGE, RUBRIC, List.of(CriterionFeed.judge("triage_accuracy"),
            CriterionFeed.sprintTrial("velocity_drop")), DISTURBED, Optional.empty(),
        Optional.empty()).feeds("velocity_drop")).isTrue();
  }

  @Test
  void aBlankGoalIsRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> with(2, 0.7, " ", TRIAGE, RUBRIC, DISTURBED));
    assertThat(e.getMessage()).contains("goal");
  }

  @Test
  void aMissingSpecRubricOrRecipeIsRefused() {
    var e = assertThrows(NullPointerException.class,
        () -> with(2, 0.7, "goal", null, RUBRIC, DISTURBED));
    assertThat(e.getMessage()).contains("triage").contains("TypeSpecs");
    assertThat(assertThrows(NullPointerException.class,
        () -> with(2, 0.7, "goal", TRIAGE, null, DISTURBED)).getMessage()).contains("rubric");
    assertThat(assertThrows(NullPointerException.class,
        () -> with(2, 0.7, "goal", TRIAGE, RUBRIC, null)).getMessage()).contains("recipe");
  }

  @Test
  void anotherTypesSpecIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> with(2, 0.7, "goal",
        TypeSpecs.of(EpisodeType.RECOVERY), RUBRIC, DISTURBED));
    assertThat(e.getMessage()).contains("recovery's");
  }

  @Test
  void aRubricLabellingAComponentTheSpecNeverProducesIsRefused() {
    // triage builds nothing, so it has no work component
    var e = assertThrows(IllegalArgumentException.class,
        () -> with(2, 0.7, "goal", TRIAGE, Rubric.of("work", "fix"), DISTURBED));
    assertThat(e.getMessage()).contains("'work'");
    var research = TypeSpecs.of(EpisodeType.RESEARCH);
    assertThrows(IllegalArgumentException.class, () -> new EpisodeTypeDefinition(
        EpisodeType.RESEARCH, 1, "research", 0.65, "goal", research,
        Rubric.of("decision", "call"), List.of(), new TeamRecipe(false), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void onlyATeamSituationCanBeASprintPhase() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> with(2, 0.7, "goal", TRIAGE, RUBRIC, DISTURBED).withSprintPhase(SprintPhase.plan()));
    assertThat(e.getMessage()).contains("sprint phase").contains("DISTURBED");
  }

  @Test
  void aWorkHintNeedsWorkAndAFact() {
    assertThrows(IllegalArgumentException.class,
        () -> with(2, 0.7, "goal", TRIAGE, RUBRIC, DISTURBED).withWorkHint(new WorkHint(0, 1.5)));
    var decomposition = EpisodeTypes.of(EpisodeType.DECOMPOSITION);
    var e = assertThrows(IllegalArgumentException.class,
        () -> decomposition.withWorkHint(new WorkHint(5, 1.5)));
    assertThat(e.getMessage()).contains("fact 5 among its 3 facts");
    assertThrows(IllegalArgumentException.class, () -> new WorkHint(-1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new WorkHint(TypeSpec.MAX_SLOTS, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new WorkHint(0, 0));
  }

  @Test
  void aRubricRefusesUnknownBlankOrDoubledComponents() {
    assertThrows(IllegalArgumentException.class, () -> new Rubric(Map.of()));
    var e = assertThrows(IllegalArgumentException.class, () -> Rubric.of("speed", "fast"));
    assertThat(e.getMessage()).contains("'speed'").contains("specificity");
    assertThrows(IllegalArgumentException.class, () -> Rubric.of("coverage", " "));
    assertThrows(IllegalArgumentException.class, () -> Rubric.of("coverage"));
    assertThrows(IllegalArgumentException.class,
        () -> Rubric.of("coverage", "a", "coverage", "b"));
    assertThat(Rubric.of("coverage", "found").label("stopping")).isEqualTo("stopping");
  }

  @Test
  void aCriterionFeedNamesItsCriterionAndCountsOnlyWithProductiveActions() {
    assertThrows(IllegalArgumentException.class, () -> CriterionFeed.judge(" "));
    assertThrows(IllegalArgumentException.class,
        () -> new CriterionFeed("orientation", CriterionFeed.Measure.JUDGE,
            Set.of(EpisodeAction.START_WORK)));
    assertThrows(IllegalArgumentException.class,
        () -> new CriterionFeed("actions_to_contribution",
            CriterionFeed.Measure.ACTIONS_TO_CONTRIBUTION, Set.of()));
    assertThat(CriterionFeed.actionsBefore("a", EpisodeAction.START_WORK).productive())
        .containsExactly(EpisodeAction.START_WORK);
  }

  @Test
  void aSprintPhaseNeedsAnEffect() {
    assertThrows(NullPointerException.class, () -> new SprintPhase(true, null));
  }
}

package org.sprintgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.episode.EpisodeCoefficients;
import org.sprintgym.sim.episode.JudgeCoefficients;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.episode.SituationCoefficients;
import org.sprintgym.sim.io.InputError;

/** The {@code sim:} and {@code episode:} sections of a scenario: each validation path. */
class CoefficientSectionTest {
  @TempDir Path dir;

  private Path write(String body) throws Exception {
    Path backlog = Path.of("../backlogs/quickstart/vetdesk.yaml").toAbsolutePath().normalize();
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "kind: simulation\nbacklog: {file: " + backlog + "}\nsimulation: {sprints: 2}\n"
        + body);
    return f;
  }

  private InputError fails(String body) throws Exception {
    Path f = write(body);
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
    return e;
  }

  @Test
  void tablesApplyOnTopOfTheDefaults() throws Exception {
    Scenario s = ScenarioLoader.load(write("sim:\n  coefficients:\n    work: {risk_bias: 2}\n"
        + "    development: {navigator_speedup: 0.5}\n    knowledge: {lost_slowdown: 2}\n"),
        List.of());
    assertEquals(2.0, s.config().coefficients().riskBias());
    assertEquals(0.5, s.config().development().navigatorSpeedup());
    assertEquals(2.0, s.config().knowledge().lostSlowdown());
    assertEquals(SimConfig.defaults().coefficients().defectRate(), s.config().coefficients().defectRate());
    assertEquals(2.0, s.coefficientTables().get("sim.coefficients.work").get("risk_bias"));
  }

  @Test
  void disturbanceAndPortfolioTablesAreReadAndRecorded() throws Exception {
    Scenario s = ScenarioLoader.load(write("sim:\n  coefficients:\n"
        + "    disturbances: {incident_hours_base: 6, debt_allowance: 1}\n"
        + "    portfolio: {donor_min_drivers: 3, lend_load_ratio: 1.5}\n"), List.of());
    assertEquals(6.0, s.config().disturbanceCoefficients().incidentHoursBase());
    assertEquals(1.0, s.config().disturbanceCoefficients().debtAllowance());
    assertEquals(3, s.config().portfolioCoefficients().donorKeepsDrivers());
    assertEquals(1.5, s.coefficientTables().get("sim.coefficients.portfolio").get("lend_load_ratio"));
    assertEquals(0.1, s.coefficientTables().get("sim.coefficients.disturbances").get("severity_floor"));
  }

  @Test
  void planningAndFlowTablesAreReadAndRecorded() throws Exception {
    Scenario s = ScenarioLoader.load(write("sim:\n  coefficients:\n"
        + "    planning: {velocity_window: 5, commit_fill_share: 0.6}\n"
        + "    flow: {stand_up_hours: 0.5}\n"), List.of());
    assertEquals(5, s.config().planning().velocitySprints());
    assertEquals(0.6, s.config().planning().commitFillShare());
    assertEquals(0.5, s.config().flow().standUpHours());
    assertEquals(0.6, s.coefficientTables().get("sim.coefficients.planning").get("commit_fill_share"));
    assertEquals(0.6, s.coefficientTables().get("sim.coefficients.flow").get("onboarding_speed"));
  }

  @Test
  void aPlanningKeyOutOfRangeOrUnknownIsNamedWithItsLine() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    planning: {reveal_chance: 2}\n");
    assertEquals(6, e.line());
    assertEquals("sim.coefficients.planning.reveal_chance", e.field());
    assertEquals("0.0..1.0", e.allowed());
    e = fails("sim:\n  coefficients:\n    flow:\n      standup_hours: 1\n");
    assertEquals(7, e.line());
    assertTrue(e.getMessage().contains("unknown key 'standup_hours' in sim.coefficients.flow"),
        e.getMessage());
    assertTrue(e.allowed().startsWith("stand_up_hours, planning_meeting_hours"), e.allowed());
    e = fails("sim:\n  coefficients:\n    planning: {velocity_window: 2.5}\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("velocity_window: 2.5 is not a whole number"), e.problem());
  }

  @Test
  void teamAndBacklogTablesAreReadRecordedAndActOnTheBacklog() throws Exception {
    Scenario s = ScenarioLoader.load(write("sim:\n  coefficients:\n"
        + "    team: {senior_speed: 1.2, care_step: 0.1}\n"
        + "    backlog: {ambiguity_base: 0.1}\n"), List.of());
    assertEquals(1.2, s.config().teamCoefficients().team().seniorSpeed());
    assertEquals(0.1, s.coefficientTables().get("sim.coefficients.team").get("care_step"));
    assertEquals(0.15, s.coefficientTables().get("sim.coefficients.backlog").get("dependency_rate"));
    // the file's stories derive their ambiguity with the scenario's table
    Scenario plain = ScenarioLoader.load(write(""), List.of());
    double mean = s.loadBacklog(new java.util.ArrayList<>()).stories().stream()
        .mapToDouble(org.sprintgym.sim.backlog.Story::ambiguity).average().orElseThrow();
    double plainMean = plain.loadBacklog(new java.util.ArrayList<>()).stories().stream()
        .mapToDouble(org.sprintgym.sim.backlog.Story::ambiguity).average().orElseThrow();
    assertTrue(mean < plainMean, mean + " vs " + plainMean);
  }

  @Test
  void aTeamOrBacklogKeyOutOfRangeOrUnknownIsNamedWithItsLine() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    team: {senior_base_skill: 2}\n");
    assertEquals(6, e.line());
    assertEquals("sim.coefficients.team.senior_base_skill", e.field());
    assertEquals("0.0..1.0", e.allowed());
    e = fails("sim:\n  coefficients:\n    backlog:\n      dependency: 0.2\n");
    assertEquals(7, e.line());
    assertTrue(e.getMessage().contains("unknown key 'dependency' in sim.coefficients.backlog"),
        e.getMessage());
    assertTrue(e.allowed().startsWith("ambiguity_base, expected_criteria_base"), e.allowed());
    e = fails("sim:\n  coefficients:\n    backlog: {point_weight_1: 0.5}\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("must sum to 1"), e.problem());
    e = fails("sim:\n  coefficients:\n    team: {max_extra_questions: 1.5}\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("max_extra_questions: 1.5 is not a whole number"), e.problem());
  }

  @Test
  void aFractionOfADriverIsNamedAtItsTable() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    portfolio: {donor_min_drivers: 2.5}\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("donor_min_drivers: 2.5 is not a whole number"), e.problem());
    e = fails("sim:\n  coefficients:\n    disturbances: {min_scale: 2}\n");
    assertEquals("sim.coefficients.disturbances.min_scale", e.field());
    assertEquals("0.0..1.0", e.allowed());
  }

  @Test
  void anUnknownTableIsNamedWithItsLine() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    wrok: {risk_bias: 2}\n");
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("unknown key 'wrok'"), e.getMessage());
    assertEquals("work, development, knowledge, quality, disturbances, portfolio, planning, flow,"
        + " team, backlog", e.allowed());
  }

  @Test
  void anUnknownKeyListsTheTablesKeys() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    work:\n      risky: 2\n");
    assertEquals(7, e.line());
    assertEquals("sim.coefficients.work.risky", e.field());
    assertTrue(e.problem().contains("sim.coefficients.work"), e.problem());
    assertTrue(e.allowed().startsWith("hours_per_point, effort_sigma"), e.allowed());
  }

  @Test
  void aValueOutOfRangeGivesTheRange() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    development: {speed_base: 3}\n");
    assertEquals("sim.coefficients.development.speed_base", e.field());
    assertEquals("0.0..2.0", e.allowed());
  }

  @Test
  void aNonNumberIsRefused() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    work: {risk_bias: high}\n");
    assertTrue(e.problem().contains("expected a number"), e.problem());
  }

  @Test
  void aCombinationOutOfBoundsIsNamedAtItsTable() throws Exception {
    InputError e = fails("sim:\n  coefficients:\n    work: {qa_detect: 0.7, qa_skill_detect: 0.4}\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("qa_detect + qa_skill_detect must be <= 1"), e.problem());
  }

  @Test
  void anUnknownSimKeyIsRefused() throws Exception {
    InputError e = fails("sim:\n  coefficent: {}\n");
    assertEquals("coefficients", e.allowed());
  }

  @Test
  void rewardsAreOnlyForACurriculum() throws Exception {
    InputError e = fails("episode:\n  rewards: {phase_bonus: 0.05}\n");
    assertTrue(e.problem().contains("only for kind: curriculum"), e.problem());
  }

  private Path curriculum(String body) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kind: curriculum\ncurriculum: {worlds: 4}\n" + body);
    return f;
  }

  @Test
  void aCurriculumReadsTheDefaultRewardsAndRecordsThem() throws Exception {
    Scenario s = ScenarioLoader.load(curriculum("episode:\n  rewards:\n    outcome: {stage1: 0.3}\n"
        + "    phase_bonus: 0.05\n"), List.of());
    assertEquals(RewardWeights.defaults(), s.rewards());
    assertEquals(0.3, s.coefficientTables().get("episode.rewards").get("outcome.stage1"));
  }

  @Test
  void aCurriculumTrainsWithTheRewardsItIsGiven() throws Exception {
    Path f = curriculum("episode:\n  rewards: {phase_bonus: 0.1}\n");
    Scenario s = ScenarioLoader.load(f, List.of());
    assertEquals(0.1, s.rewards().values().get("phase_bonus"));
    assertEquals(s.rewards(), s.curriculum().orElseThrow().rewards());
    // the --set form reaches the same table
    Scenario t = ScenarioLoader.load(curriculum(""), List.of("episode.rewards.phase_bonus=0.1"));
    assertEquals(s.rewards(), t.curriculum().orElseThrow().rewards());
    assertEquals(RewardWeights.defaults(),
        ScenarioLoader.load(curriculum(""), List.of()).curriculum().orElseThrow().rewards());
  }

  @Test
  void rewardKeysAreCheckedLikeCoefficients() throws Exception {
    Path f = curriculum("episode:\n  rewards:\n    outcome: {stage5: 0.3}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertEquals("episode.rewards.outcome.stage5", e.field());
    assertTrue(e.allowed().contains("outcome.stage1"), e.allowed());
    Path g = curriculum("episode:\n  rewards: {efficiency_cap: -1}\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(g, List.of()));
    assertEquals("0.0..10.0", e.allowed());
    Path h = curriculum("episode:\n  rewards:\n    component: {coverage: 0.5}\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(h, List.of()));
    assertTrue(e.problem().contains("sum to 1"), e.problem());
  }

  @Test
  void aCurriculumPlaysItsEpisodesWithTheEpisodeTablesItIsGiven() throws Exception {
    Path f = curriculum("episode:\n  judge: {missed_purpose: 0.5}\n  outcome:\n"
        + "    wrong_call_problem: 0.4\n  cues: {cue_noise: 0.1}\n  situations:\n"
        + "    decomposition.dependency_base: 0.3\n    triage: {bite_chance: 0.2}\n"
        + "  types:\n    research.time_cost: 2\n    triage: {step_limit: 12}\n"
        + "  difficulty: {attempts: 4}\n");
    Scenario s = ScenarioLoader.load(f, List.of());
    assertEquals(2.0, s.episode().types().researchTimeCost());
    assertEquals(12.0, s.episode().types().triageStepLimit());
    assertEquals(4.0, s.episode().difficulty().attempts());
    assertEquals(2.0, s.coefficientTables().get("episode.types").get("research.time_cost"));
    assertEquals(4.0, s.coefficientTables().get("episode.difficulty").get("attempts"));
    assertEquals(0.5, s.episode().judge().missedPurpose());
    assertEquals(0.4, s.episode().outcome().wrongCallProblem());
    assertEquals(0.1, s.episode().cues().cueNoise());
    assertEquals(0.3, s.episode().situations().decompositionDependencyBase());
    assertEquals(0.2, s.episode().situations().triageBiteChance());
    assertEquals(SituationCoefficients.defaults().triageWideTargets(),
        s.episode().situations().triageWideTargets());
    assertEquals(JudgeCoefficients.defaults().stoppingDecay(), s.episode().judge().stoppingDecay());
    var spec = s.curriculum().orElseThrow();
    assertEquals(s.episode(), spec.episode());
    assertEquals(0.5, s.coefficientTables().get("episode.judge").get("missed_purpose"));
    assertEquals(0.4, s.coefficientTables().get("episode.outcome").get("wrong_call_problem"));
    assertEquals(0.1, s.coefficientTables().get("episode.cues").get("cue_noise"));
    assertEquals(0.2, s.coefficientTables().get("episode.situations").get("triage.bite_chance"));
    assertEquals(s.coefficientTables(), spec.coefficientTables());
    // the run's episodes use them, and a search trial's budget keeps them
    var run = new org.sprintgym.evaluation.curriculum.CurriculumRun(spec, s.seed(),
        dir.resolve("run"), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertEquals(s.episode(), run.episodeConfig().coefficients());
    assertEquals(s.episode(),
        org.sprintgym.evaluation.curriculum.CurriculumTrial.withBudget(spec, 4).episode());
    // the --set form reaches the same tables
    Scenario t = ScenarioLoader.load(curriculum(""), List.of("episode.judge.missed_purpose=0.5",
        "episode.outcome.wrong_call_problem=0.4", "episode.cues.cue_noise=0.1",
        "episode.situations.decomposition.dependency_base=0.3",
        "episode.situations.triage.bite_chance=0.2", "episode.types.research.time_cost=2",
        "episode.types.triage.step_limit=12", "episode.difficulty.attempts=4"));
    assertEquals(s.episode(), t.curriculum().orElseThrow().episode());
    assertEquals(EpisodeCoefficients.defaults(),
        ScenarioLoader.load(curriculum(""), List.of()).curriculum().orElseThrow().episode());
  }

  @Test
  void episodeTableKeysAreCheckedLikeCoefficients() throws Exception {
    Path f = curriculum("episode:\n  judge:\n    missed: 0.5\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f + ":5:"), e.getMessage());
    assertEquals("episode.judge.missed", e.field());
    assertTrue(e.allowed().contains("missed_purpose"), e.allowed());
    Path g = curriculum("episode:\n  outcome: {phantom_bite: 2}\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(g, List.of()));
    assertEquals("episode.outcome.phantom_bite", e.field());
    assertEquals("0.0..1.0", e.allowed());
    Path h = curriculum("episode:\n  cues:\n    sharp_noise: 0\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(h, List.of()));
    assertTrue(e.getMessage().startsWith(h + ":5:"), e.getMessage());
    assertEquals("0.001..1.0", e.allowed());
    Path i = curriculum("episode:\n  judge:\n    stopping_base: 0.5\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(i, List.of()));
    assertTrue(e.getMessage().startsWith(i + ":5:"), e.getMessage());
    assertTrue(e.problem().contains("stopping_base + stopping_coverage must be <= 1"),
        e.problem());
    Path j = curriculum("episode:\n  judges: {missed_purpose: 0.5}\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(j, List.of()));
    assertTrue(e.getMessage().startsWith(j + ":4:"), e.getMessage());
    assertEquals("rewards, judge, outcome, cues, situations, types, difficulty", e.allowed());
    var k = assertThrows(InputError.class, () -> ScenarioLoader.load(curriculum(""),
        List.of("episode.judge.stopping_slack=1.5")));
    assertTrue(k.getMessage().startsWith("--set episode.judge.stopping_slack=1.5:"),
        k.getMessage());
    assertTrue(k.problem().contains("not a whole number"), k.problem());
  }

  @Test
  void situationKeysAreCheckedLikeCoefficients() throws Exception {
    Path f = curriculum("episode:\n  situations:\n    triage:\n      bite: 0.5\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f + ":6:"), e.getMessage());
    assertEquals("episode.situations.triage.bite", e.field());
    assertTrue(e.allowed().contains("triage.bite_chance"), e.allowed());
    Path g = curriculum("episode:\n  situations:\n    decomposition.points_scale: 0.5\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(g, List.of()));
    assertTrue(e.getMessage().startsWith(g + ":5:"), e.getMessage());
    assertEquals("1.0..100.0", e.allowed());
    var k = assertThrows(InputError.class, () -> ScenarioLoader.load(curriculum(""),
        List.of("episode.situations.triage.bite_chance=1.5")));
    assertTrue(k.getMessage().startsWith("--set episode.situations.triage.bite_chance=1.5:"),
        k.getMessage());
    assertEquals("0.0..1.0", k.allowed());
    var u = assertThrows(InputError.class, () -> ScenarioLoader.load(curriculum(""),
        List.of("episode.situations.triage.bites=0.5")));
    assertTrue(u.getMessage().startsWith("--set episode.situations.triage.bites=0.5:"),
        u.getMessage());
    assertTrue(u.problem().contains("unknown key 'triage.bites' in episode.situations"),
        u.problem());
  }

  @Test
  void aCurriculumSimulatesItsWorldsWithItsCoefficientTables() throws Exception {
    Scenario s = ScenarioLoader.load(
        curriculum("sim: {coefficients: {quality: {rework_shape: 3.0}}}\n"), List.of());
    var spec = s.curriculum().orElseThrow();
    assertEquals(3.0, spec.sim().quality().reworkShape());
    assertEquals(SimConfig.defaults().coefficients(), spec.sim().coefficients());
    assertEquals(s.config(), spec.sim());
    assertEquals(3.0, s.coefficientTables().get("sim.coefficients.quality").get("rework_shape"));
    assertEquals(s.coefficientTables(), spec.coefficientTables());
    // the run's situation library simulates with it
    var run = new org.sprintgym.evaluation.curriculum.CurriculumRun(spec, s.seed(),
        dir.resolve("run"), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertEquals(3.0, run.worldModel().quality().reworkShape());
    assertTrue(spec.sim().equals(run.worldModel()));
    // a search trial's budget keeps the world model
    assertEquals(3.0, org.sprintgym.evaluation.curriculum.CurriculumTrial.withBudget(spec, 4).sim()
        .quality().reworkShape());
    // the --set form reaches the same table
    Scenario t = ScenarioLoader.load(curriculum(""),
        List.of("sim.coefficients.quality.rework_shape=3.0"));
    assertEquals(spec.sim(), t.curriculum().orElseThrow().sim());
  }

  @Test
  void aCurriculumWithoutSimUsesTheDefaultWorldModel() throws Exception {
    Scenario s = ScenarioLoader.load(curriculum(""), List.of());
    assertEquals(SimConfig.defaults(), s.curriculum().orElseThrow().sim());
    var run = new org.sprintgym.evaluation.curriculum.CurriculumRun(s.curriculum().orElseThrow(),
        s.seed(), dir.resolve("run"), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertTrue(SimConfig.defaults().equals(run.worldModel()));
  }

  @Test
  void aCurriculumsUnknownSimTableIsNamedAtItsLine() throws Exception {
    Path f = curriculum("sim:\n  coefficients:\n    qualty: {rework_shape: 3.0}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f + ":5:"), e.getMessage());
    assertTrue(e.getMessage().contains("qualty"), e.getMessage());
    assertTrue(e.allowed().contains("quality"), e.allowed());
  }

  @Test
  void aCurriculumsUnknownSimKeyIsNamedAtItsLine() throws Exception {
    Path f = curriculum("sim:\n  coefficients:\n    quality:\n      rework_shap: 3.0\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f + ":6:"), e.getMessage());
    assertTrue(e.problem().contains("rework_shap"), e.problem());
    assertTrue(e.allowed().contains("rework_shape"), e.allowed());
  }

  @Test
  void aCurriculumsSimSectionHoldsOnlyCoefficients() throws Exception {
    Path f = curriculum("sim:\n  team: {size: 3}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().startsWith(f + ":4:"), e.getMessage());
    assertTrue(e.getMessage().contains("team"), e.getMessage());
    assertEquals("coefficients", e.allowed());
  }

  @Test
  void aCurriculumStillRefusesATeamSection() throws Exception {
    Path f = curriculum("team: {sprint_days: 10}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.problem().contains("'team' is not used by kind: curriculum"), e.problem());
  }
}

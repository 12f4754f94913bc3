package org.sprintgym.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.agents.TeamCoefficients;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;

/** The tables {@code sim.coefficients.team} and {@code sim.coefficients.backlog}. */
class TeamAndBacklogTablesTest {
  @TempDir Path dir;

  /** The defaults are the numbers the team and the backlogs were written with. */
  @Test
  void defaultsAreThePreviousLiterals() {
    assertEquals(new TeamCoefficients(0.35, 0.70, 0.70, 0.50, 0.70, 0.85, 0.65, 0.90, 1.00, 0.95,
        0.4, 0.3, 0.3, 1, 3.0, 3, 0.7, 3, 2, 0.05, 0.8, 0.6, 0.95, 0.9, 1.1),
        TeamModelCoefficients.defaults().team());
    assertEquals(TeamCoefficients.DEFAULTS, TeamModelCoefficients.from(Map.of()).team());
    assertEquals(new BacklogCoefficients(0.35, 1.5, 2.0, 0.30, 0.07, 0.25, 0.05, 0.20, // ambiguity
        0.10, 0.10, 0.05, 0.25, 6, 0.05, 0.05, 0.95, // ... scenarios, short text, clamp
        0.05, 0.04, 0.12, 0.95, // risk
        5, 3.0, // hidden criteria
        0.1, 0.4, // a file's product debt
        0.12, 0.22, 0.30, 0.24, 0.12, 0.15, // generated: sizes, dependencies
        0.2, 0.5, 0.5, 0.3, 0.6, 0.3, // ... mean ambiguity, brownfield, debt
        0.15, 0.1, 0.9, 5, 4, 0.7, 5, 0.1, 0.05), // ... story ambiguity, criteria, risk
        BacklogCoefficients.defaults());
    assertEquals(SimConfig.defaults().teamCoefficients(), TeamModelCoefficients.defaults());
    assertEquals(SimConfig.defaults().backlogCoefficients(), BacklogCoefficients.defaults());
    // the seniority levels derived from them
    assertEquals(0.5 + 0.7 * (1 - 0.5),
        TeamCoefficients.DEFAULTS.primarySkill(org.sprintgym.agents.Seniority.MID));
    assertEquals(0.95, TeamCoefficients.DEFAULTS.primarySkill(org.sprintgym.agents.Seniority.SENIOR));
  }

  @Test
  void teamRejectsAnUnknownKeyAValueOutOfRangeAndAFractionOfAQuestion() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("team", Map.of("senior_skill", 1.0)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.team: unknown key 'senior_skill'"
        + " (known keys: junior_base_skill, junior_primary_offset, junior_speed,"), u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("team", Map.of("senior_base_skill", 1.5)));
    assertEquals("sim.coefficients.team.senior_base_skill: 1.5 is out of range (allowed: [0, 1])",
        r.getMessage());
    var s = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("team", Map.of("junior_speed", 0.0)));
    assertEquals("sim.coefficients.team.junior_speed: 0 is out of range (allowed: [0.05, 5])",
        s.getMessage());
    var w = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("team", Map.of("max_extra_questions", 2.5)));
    assertEquals("sim.coefficients.team.max_extra_questions: 2.5 is not a whole number"
        + " (allowed: whole numbers in [0, 10])", w.getMessage());
    var c = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("team", Map.of("commit_low_ratio", 1.2)));
    assertEquals("sim.coefficients.team: commit_low_ratio (1.2) must not exceed commit_high_ratio"
        + " (0.95)", c.getMessage());
    assertEquals(0.8, SimConfig.defaults().withCoefficients("team",
        Map.of("senior_base_skill", 0.8)).teamCoefficients().team().seniorBaseSkill());
  }

  @Test
  void backlogRejectsAnUnknownKeyAValueOutOfRangeAndBadCombinations() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("dependency_chance", 0.5)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.backlog: unknown key"
        + " 'dependency_chance' (known keys: ambiguity_base, expected_criteria_base,"),
        u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("dependency_rate", 1.5)));
    assertEquals("sim.coefficients.backlog.dependency_rate: 1.5 is out of range (allowed: [0, 1])",
        r.getMessage());
    var h = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("hidden_criteria_max", 7.0)));
    assertEquals("sim.coefficients.backlog.hidden_criteria_max: 7 is out of range"
        + " (allowed: [1, 6])", h.getMessage());
    var w = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("criteria_max", 2.5)));
    assertEquals("sim.coefficients.backlog.criteria_max: 2.5 is not a whole number"
        + " (allowed: whole numbers in [1, 20])", w.getMessage());
    var p = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("point_weight_8", 0.22)));
    assertEquals("sim.coefficients.backlog: point_weight_1 ... point_weight_8 must sum to 1"
        + " (they sum to 1.1)", p.getMessage());
    var a = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("story_ambiguity_min", 0.95)));
    assertEquals("sim.coefficients.backlog: story_ambiguity_min (0.95) must not exceed"
        + " story_ambiguity_max (0.9)", a.getMessage());
    var d = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("backlog", Map.of("brownfield_debt_base", 0.5)));
    assertEquals("sim.coefficients.backlog: brownfield_debt_base + brownfield_debt_spread must be"
        + " <= 1 (debt is a share)", d.getMessage());
  }

  @Test
  void anAatConfigMayCarryBothTablesAndNamesTheLineOfABadValue() throws IOException {
    Path f = dir.resolve("config.yaml");
    Files.writeString(f, "sim:\n  coefficients:\n    team: {senior_speed: 1.2}\n"
        + "    backlog: {dependency_rate: 0.4}\n");
    SimConfig c = AatConfigReader.read(f, SimConfig.defaults()).config();
    assertEquals(1.2, c.teamCoefficients().team().seniorSpeed());
    assertEquals(0.4, c.backlogCoefficients().dependencyRate());
    assertEquals(0.4, c.coefficientValues().get("sim.coefficients.backlog").get("dependency_rate"));
    Files.writeString(f, "sim:\n  coefficients:\n    team:\n      care_floor: 0.2\n");
    var e = assertThrows(InputError.class, () -> AatConfigReader.read(f, SimConfig.defaults()));
    assertEquals(4, e.line());
    assertEquals("sim.coefficients.team.care_floor", e.field());
    assertEquals("0.5..1.0", e.allowed());
    Files.writeString(f, "sim:\n  coefficients:\n    backlog:\n      dependency: 0.2\n");
    e = assertThrows(InputError.class, () -> AatConfigReader.read(f, SimConfig.defaults()));
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("unknown key 'dependency' in sim.coefficients.backlog"),
        e.problem());
  }

  /**
   * More skilled seniors: the same seed, backlog and team, but seniors' base (and so primary)
   * skill raised; their work fits better and goes faster, and the team delivers more points.
   */
  @Test
  void aHigherSeniorBaseSkillGivesMoreVelocity() {
    Backlog backlog = BacklogGenerator.generate(60, 3, BacklogGenerator.Options.any());
    SimConfig base = SimConfig.defaults();
    SimConfig skilled = base.withCoefficients("team", Map.of("senior_base_skill", 0.9));
    var ref = TeamSimulation.builder(base, backlog, 7).build().run(6);
    var runs = TeamSimulation.builder(skilled, backlog, 7).build().run(6);
    System.out.printf("velocity, senior_base_skill 0.65 vs 0.9: %d vs %d%n", velocity(ref),
        velocity(runs));
    assertTrue(velocity(runs) > velocity(ref), velocity(runs) + " vs " + velocity(ref));
  }

  /** More refinement questions per story: the same seed asks more questions in sprint 1. */
  @Test
  void moreQuestionsPerStoryAreAsked() {
    Backlog backlog = BacklogGenerator.generate(30, 3, BacklogGenerator.Options.any());
    SimConfig base = SimConfig.defaults();
    SimConfig curious = base.withCoefficients("team", Map.of("questions_base", 4.0));
    var ref = TeamSimulation.builder(base, backlog, 7).build().run(1).get(0);
    var run = TeamSimulation.builder(curious, backlog, 7).build().run(1).get(0);
    assertTrue(run.refinementQuestions() > ref.refinementQuestions(),
        run.refinementQuestions() + " vs " + ref.refinementQuestions());
  }

  /** A higher dependency rate: the same seed draws a backlog with more dependencies. */
  @Test
  void aHigherDependencyRateGivesMoreDependencies() {
    var options = BacklogGenerator.Options.any();
    Backlog ref = BacklogGenerator.generate(60, 7, options);
    Backlog dense = BacklogGenerator.generate(60, 7, options,
        BacklogCoefficients.defaults().with("dependency_rate", 0.6));
    System.out.printf("dependencies, dependency_rate 0.15 vs 0.6: %d vs %d%n",
        dependencies(ref), dependencies(dense));
    assertTrue(dependencies(dense) > dependencies(ref),
        dependencies(dense) + " vs " + dependencies(ref));
    assertEquals(ref, BacklogGenerator.generate(60, 7, options, BacklogCoefficients.defaults()));
  }

  /** A file's stories derive their ambiguity and its product's debt from the table. */
  @Test
  void aBacklogFileDerivesWithTheTable() throws IOException {
    Path f = dir.resolve("backlog.yaml");
    Files.writeString(f, "product: {name: P, repository: {type: brownfield}}\nstories:\n"
        + "  - {id: S-1, title: Export orders, story_points: 3}\n");
    var ref = AatBacklogReader.load(f, 5).backlog();
    var c = BacklogCoefficients.defaults().with("ambiguity_base", 0.1)
        .with("file_brownfield_debt", 0.7);
    var derived = AatBacklogReader.load(f, 5, c).backlog();
    assertEquals(0.4, ref.product().technicalDebt());
    assertEquals(0.7, derived.product().technicalDebt());
    assertEquals(ref.stories().get(0).ambiguity() - 0.25,
        derived.stories().get(0).ambiguity(), 1e-9);
  }

  private static int velocity(List<SprintRecord> runs) {
    return runs.stream().mapToInt(SprintRecord::velocity).sum();
  }

  private static int dependencies(Backlog b) {
    return b.stories().stream().mapToInt(s -> s.dependsOn().size()).sum();
  }
}

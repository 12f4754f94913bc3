package org.sprintgym.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Team;
import org.sprintgym.sim.config.AatConfigReader.LoadedConfig;
import org.sprintgym.sim.io.InputError;

class AatConfigReaderTest {
  static final Path AAT = Path.of("../backlogs/aat");
  static final SimConfig BASE = SimConfig.defaults();

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("config.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private InputError error(String yaml) throws IOException {
    Path f = file(yaml);
    return assertThrows(InputError.class, () -> AatConfigReader.read(f, BASE));
  }

  @Test
  void defaultConfigGivesAatsCoreTeam() {
    LoadedConfig l = AatConfigReader.read(AAT.resolve("aat-default-config.yaml"), BASE);
    SimConfig c = l.config();
    assertEquals("baseline-experiment", c.name());
    assertEquals(5, c.sprintDays());
    assertEquals(new WipLimits(4, 2), c.wipLimits());
    assertEquals(new TesterPairing(true, 0.20), c.testerPairing());
    List<Member> expected = Team.aatDefault().members();
    List<Member> actual = c.team().members();
    assertEquals(11, actual.size());
    for (Member e : expected) {
      Member a = c.team().member(e.id()).orElseThrow(() -> new AssertionError(e.id()));
      assertEquals(e.role(), a.role(), e.id());
      assertEquals(e.seniority(), a.seniority(), e.id());
      assertEquals(e.primarySpecialization(), a.primarySpecialization(), e.id());
      assertEquals(e.auxiliarySpecializations(), a.auxiliarySpecializations(), e.id());
    }
    assertEquals("Ahmed Hassan (Development Lead)",
        c.team().member("ahmed_senior_dev_lead").orElseThrow().name());
  }

  @Test
  void defaultConfigReportsEachUnmodelledSectionOnce() {
    List<String> ignored =
        AatConfigReader.read(AAT.resolve("aat-default-config.yaml"), BASE).ignoredKeys();
    for (String key : List.of("experiment.sprint_duration_minutes", "stakeholder_review",
        "team.quality_gates", "runtimes", "database", "sprint_zero", "models.agents.*.demographics",
        "models.agents.liam_senior_python (Sprint-0 language specialist)")) {
      assertTrue(ignored.contains(key), key + " missing from " + ignored);
    }
    // AAT's default config repeats 'models:'; PyYAML keeps the later one, and so do we
    assertTrue(ignored.stream().anyMatch(k -> k.startsWith("models (line 94: replaced by the"
        + " repeated key at line 220")), ignored.toString());
    assertEquals(5, ignored.stream().filter(k -> k.endsWith("(Sprint-0 language specialist)")).count());
    assertFalse(ignored.stream().anyMatch(k -> k.startsWith("disturbances")), "modelled now");
    assertFalse(ignored.stream().anyMatch(k -> k.startsWith("profile_swapping")), "modelled now");
    assertFalse(ignored.stream().anyMatch(k -> k.startsWith("team.turnover")), "modelled now");
    assertFalse(ignored.stream().anyMatch(k -> k.startsWith("team.wip_limits")));
    assertEquals(ignored.size(), ignored.stream().distinct().count(), "each once");
  }

  @Test
  void chaosConfigTightensWipAndPairing() {
    SimConfig c = AatConfigReader.read(AAT.resolve("aat-04-chaos-config.yaml"), BASE).config();
    assertEquals("chaos-resilience-study", c.name());
    assertEquals(new WipLimits(3, 1), c.wipLimits());
    assertEquals(0.25, c.testerPairing().frequency());
    assertEquals(11, c.team().members().size());
  }

  @Test
  void multiTeamConfigHasThreeDaySprintsAndCoordinators() {
    LoadedConfig l = AatConfigReader.read(AAT.resolve("aat-06-multi-team-config.yaml"), BASE);
    assertEquals(3, l.config().sprintDays());
    assertEquals(13, l.config().team().members().size());
    assertEquals(2, l.config().team().withRole(Role.COORDINATOR).size());
    assertEquals(BASE.testerPairing(), l.config().testerPairing(), "absent keys keep the base");
    assertTrue(l.ignoredKeys().contains("models.vllm_endpoint"));
    assertTrue(l.ignoredKeys().containsAll(List.of("coordination.full_loop_cadence",
        "coordination.overhead_budget.iteration_zero_share", "team.config_dir")), l.ignoredKeys().toString());
    assertFalse(l.ignoredKeys().contains("teams"));
    assertEquals(2, l.config().portfolio().teams().size());
    assertEquals(new WipLimits(3, 1), l.config().portfolio().teams().get(0).wipLimits());
    assertEquals(List.of("staff_engineer_01", "enablement_lead_01"), l.config().portfolio().coordinators());
    assertEquals(2, l.config().portfolio().maxBorrowsPerSprint());
    assertEquals(Role.DEVELOPER,
        l.config().team().member("alex_senior_networking").orElseThrow().role(),
        "developer+leader without dev_lead in the key is a developer");
  }

  @Test
  void defaultAndChaosConfigsSwitchTheDynamicsOn() {
    SimConfig d = AatConfigReader.read(AAT.resolve("aat-default-config.yaml"), BASE).config();
    assertTrue(d.disturbances().enabled());
    assertEquals(0.166, d.disturbances().probability(DisturbanceType.DEPENDENCY_BREAKS));
    assertEquals(0.30, d.disturbances().maxVelocityImpact());
    assertEquals(SwapMode.CONSTRAINED, d.swapping().mode());
    assertEquals(0.70, d.swapping().proficiency());
    assertFalse(d.turnover().enabled());
    SimConfig c = AatConfigReader.read(AAT.resolve("aat-04-chaos-config.yaml"), BASE).config();
    assertEquals(0.60, c.disturbances().probability(DisturbanceType.MERGE_CONFLICT));
    assertEquals(0.50, c.disturbances().maxVelocityImpact());
    assertEquals(0.25, c.disturbances().maxQualityRegression());
    assertEquals(SwapMode.FREE, c.swapping().mode());
    assertEquals(1.30, c.swapping().contextSwitchSlowdown());
    assertTrue(c.turnover().enabled());
    assertEquals(5, c.turnover().startsAfterSprint());
    assertEquals(0.15, c.turnover().probabilityPerSprint());
  }

  @Test
  void badDynamicsValuesNameTheKeyAndTheRange() throws IOException {
    InputError p = error("disturbances:\n  frequencies:\n    flaky_test: 1.5\n");
    assertEquals("disturbances.frequencies.flaky_test", p.field());
    assertTrue(p.getMessage().endsWith(
        "config.yaml:3:17: disturbances.frequencies.flaky_test: 1.5 is out of range (allowed: 0.0..1.0)"),
        p.getMessage());
    InputError v = error("disturbances:\n  blast_radius_controls:\n    max_velocity_impact: -0.1\n");
    assertEquals("disturbances.blast_radius_controls.max_velocity_impact", v.field());
    InputError mode = error("profile_swapping:\n  mode: sometimes\n");
    assertTrue(mode.getMessage().contains("allowed: none, constrained, free"), mode.getMessage());
    InputError scen = error("profile_swapping:\n  allowed_scenarios: [coffee_break]\n");
    assertTrue(scen.getMessage().contains("critical_production_incident"), scen.getMessage());
    InputError t = error("team:\n  turnover:\n    probability_per_sprint: 2\n");
    assertEquals("team.turnover.probability_per_sprint", t.field());
    InputError borrows = error("coordination:\n  max_borrows_per_sprint: 11\n");
    assertTrue(borrows.getMessage().contains("allowed: integers 0..10"));
    InputError agent = error("teams:\n  - id: a\n    agents: [nobody]\n  - id: b\n    agents: [alex_senior_po]\n");
    assertTrue(agent.getMessage().contains("unknown agent 'nobody'"), agent.getMessage());
    assertEquals(3, agent.line());
  }

  @Test
  void teamTypeAndPartialFileApplyOnTopOfBase() throws IOException {
    SimConfig c = AatConfigReader.read(file("team:\n  team_type: platform\n"), BASE).config();
    assertEquals("platform", c.team().teamType());
    assertEquals(BASE.team().members(), c.team().members());
    assertEquals(BASE.name(), c.name());
  }

  @Test
  void wipLimitZero() throws IOException {
    InputError e = error("team:\n  wip_limits:\n    in_progress: 0\n");
    assertTrue(e.getMessage().endsWith(
        "config.yaml:3:18: team.wip_limits.in_progress: 0 is out of range (allowed: integers 1..50)"),
        e.getMessage());
  }

  @Test
  void pairingFrequencyAboveOneOrNotANumber() throws IOException {
    InputError high = error("team:\n  tester_pairing:\n    frequency: 1.5\n");
    assertEquals("team.tester_pairing.frequency", high.field());
    assertTrue(high.getMessage().contains("1.5 is out of range (allowed: 0.0..1.0)"));
    InputError word = error("team:\n  tester_pairing:\n    frequency: often\n");
    assertTrue(word.getMessage().contains("expected a number but found the string \"often\""),
        word.getMessage());
  }

  @Test
  void sprintDaysOutOfRange() throws IOException {
    InputError e = error("experiment:\n  num_simulated_days: 21\n");
    assertEquals("experiment.num_simulated_days", e.field());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("allowed: integers 1..20"));
  }

  @Test
  void testersMustNavigate() throws IOException {
    InputError e = error("team:\n  tester_pairing:\n    role: driver\n");
    assertTrue(e.getMessage().contains("'driver' is not allowed (allowed: navigator)"));
  }

  @Test
  void badAgentValues() throws IOException {
    String agent = "models:\n  agents:\n    bob_dev:\n      primary_specialization: backend\n";
    InputError seniority = error(agent + "      seniority: principal\n      role_archetype: developer\n");
    assertEquals("models.agents.bob_dev.seniority", seniority.field());
    assertTrue(seniority.getMessage().contains("allowed: junior, mid, senior"));
    InputError role = error(agent + "      seniority: mid\n      role_archetype: wizard\n");
    assertEquals("models.agents.bob_dev.role_archetype", role.field());
    InputError missing = error(agent + "      role_archetype: developer\n");
    assertEquals("models.agents.bob_dev.seniority", missing.field());
    assertTrue(missing.getMessage().contains("is missing"));
  }

  @Test
  void sectionThatIsNotAMapping() throws IOException {
    InputError e = error("team: 5\n");
    assertEquals("team", e.field());
    assertTrue(e.getMessage().contains("expected a mapping (key: value) but found the integer 5"));
    InputError enabled = error("team:\n  tester_pairing:\n    enabled: maybe\n");
    assertTrue(enabled.getMessage().contains("expected true or false"));
  }
}

package org.sprintgym.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.episode.CueCoefficients;
import org.sprintgym.sim.episode.JudgeCoefficients;
import org.sprintgym.sim.episode.OutcomeCoefficients;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.episode.SituationCoefficients;
import org.sprintgym.sim.io.InputError;

class CoefficientTableTest {
  /** Every table with the factory that rebuilds its record from a map. */
  record Kind(Coefficients defaults, Function<Map<String, Double>, Coefficients> from) {
    @Override
    public String toString() {
      return defaults.table().name();
    }
  }

  static final List<Kind> KINDS = List.of(
      new Kind(WorkCoefficients.defaults(), WorkCoefficients::from),
      new Kind(DevelopmentCoefficients.defaults(), DevelopmentCoefficients::from),
      new Kind(KnowledgeCoefficients.defaults(), KnowledgeCoefficients::from),
      new Kind(QualityCoefficients.defaults(), QualityCoefficients::from),
      new Kind(DisturbanceCoefficients.defaults(), DisturbanceCoefficients::from),
      new Kind(PortfolioCoefficients.defaults(), PortfolioCoefficients::from),
      new Kind(PlanningCoefficients.defaults(), PlanningCoefficients::from),
      new Kind(FlowCoefficients.defaults(), FlowCoefficients::from),
      new Kind(TeamModelCoefficients.defaults(), TeamModelCoefficients::from),
      new Kind(BacklogCoefficients.defaults(), BacklogCoefficients::from),
      new Kind(RewardWeights.defaults(), RewardWeights::from),
      new Kind(JudgeCoefficients.defaults(), JudgeCoefficients::from),
      new Kind(OutcomeCoefficients.defaults(), OutcomeCoefficients::from),
      new Kind(CueCoefficients.defaults(), CueCoefficients::from),
      new Kind(SituationCoefficients.defaults(), SituationCoefficients::from),
      new Kind(org.sprintgym.sim.episode.TypeCoefficients.defaults(),
          org.sprintgym.sim.episode.TypeCoefficients::from),
      new Kind(org.sprintgym.sim.episode.DifficultyCoefficients.defaults(),
          org.sprintgym.sim.episode.DifficultyCoefficients::from));

  @Provide
  Arbitrary<Kind> kinds() {
    return Arbitraries.of(KINDS);
  }

  @Property(tries = 200)
  void defaultsRoundTripThroughTheirMap(@ForAll("kinds") Kind k) {
    Coefficients d = k.defaults();
    assertEquals(d, k.from().apply(d.values()));
    assertEquals(d.table().defaults(), d.values());
    assertEquals(d.table().keys(), List.copyOf(d.values().keySet()));
  }

  /** A table and a key of it with a value inside its range. */
  record Change(Kind kind, String key, double value) {}

  @Provide
  Arbitrary<Change> changes() {
    return kinds().flatMap(k -> Arbitraries.of(k.defaults().table().entries()).flatMap(e ->
        Arbitraries.doubles().between(e.min(), e.max()).ofScale(4).map(v -> new Change(k, e.name(), v))));
  }

  @Property(tries = 500)
  void anyValueInRangeRoundTripsOrFailsOnlyOnACombination(@ForAll("changes") Change c) {
    Coefficients built;
    try {
      built = c.kind().from().apply(Map.of(c.key(), c.value()));
    } catch (IllegalArgumentException e) {
      // in range on its own, but not together with the other defaults
      assertTrue(e.getMessage().contains("qa_detect + qa_skill_detect")
          || e.getMessage().contains("sum to 1")
          || e.getMessage().contains("stopping_base + stopping_coverage must be <= 1")
          || e.getMessage().contains("brownfield_debt_base + brownfield_debt_spread must be <= 1")
          || e.getMessage().contains(c.key() + " (" + CoefficientTable.plain(c.value())
              + ") must not exceed ")
          || e.getMessage().endsWith(" must not exceed " + c.key() + " ("
              + CoefficientTable.plain(c.value()) + ")")
          || e.getMessage().contains(c.key() + ": " + CoefficientTable.plain(c.value())
              + " is not a whole number"), e.getMessage());
      return;
    }
    assertEquals(c.value(), built.values().get(c.key()));
    assertEquals(built, c.kind().from().apply(built.values()));
  }

  @Property(tries = 300)
  void anyValueOutOfRangeFailsNamingTableKeyAndRange(@ForAll("kinds") Kind k,
      @ForAll("offsets") double offset) {
    for (CoefficientTable.Entry e : k.defaults().table().entries()) {
      double bad = offset > 0 ? e.max() + offset : e.min() + offset;
      var ex = assertThrows(IllegalArgumentException.class,
          () -> k.from().apply(Map.of(e.name(), bad)));
      assertTrue(ex.getMessage().contains(k.defaults().table().name() + "." + e.name()), ex.getMessage());
      assertTrue(ex.getMessage().contains("allowed: " + e.range()), ex.getMessage());
    }
  }

  @Provide
  Arbitrary<Double> offsets() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(1e-6, 1e6).ofScale(6),
        Arbitraries.doubles().between(-1e6, -1e-6).ofScale(6));
  }

  @Test
  void inOrderKeysValuesInTableOrderAndRefusesAWrongCount() {
    assertEquals(List.of("rework_shape", "review_hours_base", "review_hours_per_point"),
        List.copyOf(QualityCoefficients.TABLE.inOrder(1, 2, 3).keySet()));
    assertEquals(3.0, QualityCoefficients.TABLE.inOrder(1, 2, 3).get("review_hours_per_point"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> QualityCoefficients.TABLE.inOrder(1, 2));
    assertEquals("sim.coefficients.quality: 2 values for 3 keys", e.getMessage());
  }

  @Test
  void anUnknownKeyNamesTheTableAndTheKnownKeys() {
    for (Kind k : KINDS) {
      var e = assertThrows(IllegalArgumentException.class,
          () -> k.from().apply(Map.of("no_such_key", 1.0)));
      String table = k.defaults().table().name();
      assertTrue(e.getMessage().startsWith(table + ": unknown key 'no_such_key' (known keys: "),
          e.getMessage());
      assertTrue(e.getMessage().contains(k.defaults().table().keys().get(0)), e.getMessage());
    }
  }

  @Test
  void notANumberIsOutOfRange() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> WorkCoefficients.defaults().with("risk_bias", Double.NaN));
    assertTrue(e.getMessage().contains("sim.coefficients.work.risk_bias: NaN is out of range"),
        e.getMessage());
  }

  @Test
  void withChangesOneEntryOnly() {
    WorkCoefficients w = WorkCoefficients.defaults().with("risk_bias", 2);
    assertEquals(2.0, w.riskBias());
    var expected = new LinkedHashMap<>(WorkCoefficients.TABLE.defaults());
    expected.put("risk_bias", 2.0);
    assertEquals(expected, w.values());
    assertEquals(0.5, DevelopmentCoefficients.defaults().with("navigator_speedup", 0.5).navigatorSpeedup());
    assertEquals(0.9, KnowledgeCoefficients.defaults().with("holder", 0.9).holder());
    assertEquals(0.1, RewardWeights.defaults().with("phase_bonus", 0.1).phaseBonus());
  }

  @Test
  void crossFieldChecksStay() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> WorkCoefficients.from(Map.of("qa_detect", 0.7)));
    assertTrue(e.getMessage().contains("qa_detect + qa_skill_detect must be <= 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RewardWeights.from(Map.of("component.coverage", 0.5)));
    assertTrue(e.getMessage().startsWith("episode.rewards: outcome component weights must sum to 1"),
        e.getMessage());
  }

  @Test
  void aDescriptorRefusesBadEntries() {
    assertThrows(IllegalArgumentException.class,
        () -> CoefficientTable.named("t").entry("a", 2, 0, 1, "default outside its range"));
    assertThrows(IllegalArgumentException.class,
        () -> CoefficientTable.named("t").entry("a", 0, 1, 0, "min above max"));
    assertThrows(IllegalArgumentException.class,
        () -> CoefficientTable.named("t").entry("a", 0, 0, 1, " "));
    var b = CoefficientTable.named("t").entry("a", 0, 0, 1, "first");
    assertThrows(IllegalArgumentException.class, () -> b.entry("a", 0, 0, 1, "twice"));
    CoefficientTable t = CoefficientTable.named("t").entry("a", 0, 0, 1, "only").build();
    var e = assertThrows(IllegalArgumentException.class, () -> t.resolve(Map.of(), Map.of()));
    assertEquals("t: value of 'a' is missing", e.getMessage());
  }

  @Test
  void unknownTableNamesTheKnownTables() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SimConfig.defaults().withCoefficients("rework", Map.of()));
    assertEquals("sim.coefficients: unknown table 'rework' (known tables: work, development,"
        + " knowledge, quality, disturbances, portfolio, planning, flow, team, backlog)",
        e.getMessage());
  }

  /** The defaults are the numbers the model was written with (the goldens check behaviour). */
  @Test
  void defaultsAreThePreviousLiterals() {
    assertEquals(new WorkCoefficients(6.0, 0.20, 0.45, 0.25, 0.30, 0.07, 0.55, 0.35, 0.30, 0.45,
        0.40, 1.5, 3.0, 0.35, 6.0, 180.0, 0.03, 0.06), WorkCoefficients.defaults());
    assertEquals(new DevelopmentCoefficients(0.5, 0.3, 0.2, 0.7, 0.6, 0.35, 2.0, 0.55, 0.5, 0.55,
        0.35, 0.1, 0.8, 0.02), DevelopmentCoefficients.defaults());
    assertEquals(new KnowledgeCoefficients(0.5, 1.4, 1.6, 0.8), KnowledgeCoefficients.defaults());
    assertEquals(new QualityCoefficients(2.0, 0.5, 0.25), QualityCoefficients.defaults());
    assertEquals(new DisturbanceCoefficients(0.1, 0.2,
        4, 12, 0.04, 0.5, 0.6, // production incident
        1.5, 2.5, 0.06, 0.5, 0.85, // flaky test
        0.4, 0.75, 0.3, // scope creep
        2, 6, 0.02, // merge conflict
        3, 9, 0.02, 0.6, // dependency break
        0.3, 0.5, // junior misunderstanding
        1.3, 0.5, 4, 8, 0.75, 0.03), // architectural debt
        DisturbanceCoefficients.defaults());
    assertEquals(new PortfolioCoefficients(2.0, 1.25, 0.5, 2, 1.0, 0.5, 0.5, 2.0),
        PortfolioCoefficients.defaults());
    assertEquals(2, PortfolioCoefficients.defaults().donorKeepsDrivers());
    assertEquals(new PlanningCoefficients(3, 0.5, 0.5, 1.5, 0.8, // commitment
        0.15, 0.5, 0.75, 0.15, 0.3, 0.7, // refinement and ambiguity
        1, 2.5, 0.8, 0.1, 0.5, 0.15, 0.35, 0.1), // decomposition
        PlanningCoefficients.defaults());
    assertEquals(3, PlanningCoefficients.defaults().velocitySprints());
    assertEquals(new FlowCoefficients(0.25, 1.0, 0.5, 1.0, 1.0, 0.5, 2.0, 0.5, 0.6),
        FlowCoefficients.defaults());
    var c = new LinkedHashMap<String, Double>();
    c.put("story_accepted", 0.30);
    c.put("tests_passing", 0.20);
    c.put("few_iterations", 0.15);
    c.put("velocity_kept", 0.15);
    c.put("no_rework", 0.10);
    c.put("coverage", 0.10);
    assertEquals(new RewardWeights(new double[] {0.3, 0.4, 0.5, 0.6},
        new double[] {0.7, 0.6, 0.5, 0.4}, c, 0.10, 0.5, 0.05), RewardWeights.defaults());
    SimConfig d = SimConfig.defaults();
    assertEquals(List.of("sim.coefficients.work", "sim.coefficients.development",
        "sim.coefficients.knowledge", "sim.coefficients.quality", "sim.coefficients.disturbances",
        "sim.coefficients.portfolio", "sim.coefficients.planning", "sim.coefficients.flow",
        "sim.coefficients.team", "sim.coefficients.backlog"),
        List.copyOf(d.coefficientValues().keySet()));
    assertEquals(DisturbanceCoefficients.defaults(), d.disturbanceCoefficients());
    assertEquals(PortfolioCoefficients.defaults(), d.portfolioCoefficients());
    assertEquals(PlanningCoefficients.defaults(), d.planning());
    assertEquals(FlowCoefficients.defaults(), d.flow());
  }

  @Test
  void everyEntryHasASource() {
    for (Kind k : KINDS) {
      for (CoefficientTable.Entry e : k.defaults().table().entries()) {
        assertTrue(e.source().length() > 10, k + "." + e.name());
      }
    }
  }

  @TempDir Path dir;

  @Test
  void anAatConfigMayCarryTheSimSection() throws IOException {
    Path f = dir.resolve("config.yaml");
    Files.writeString(f, "experiment: {name: x}\nsim:\n  coefficients:\n    work: {risk_bias: 1.5}\n"
        + "    knowledge: {document_retention: 0.5}\n");
    var l = AatConfigReader.read(f, SimConfig.defaults());
    assertEquals(1.5, l.config().coefficients().riskBias());
    assertEquals(0.5, l.config().knowledge().documentRetention());
    assertTrue(l.ignoredKeys().stream().noneMatch(k -> k.startsWith("sim")), l.ignoredKeys().toString());
    Files.writeString(f, "sim:\n  coefficients:\n    knowledge: {lost_defects: 0.5}\n");
    var e = assertThrows(InputError.class, () -> AatConfigReader.read(f, SimConfig.defaults()));
    assertEquals(3, e.line());
    assertEquals("sim.coefficients.knowledge.lost_defects", e.field());
    assertEquals("1.0..5.0", e.allowed());
  }

  /** Changing a coefficient changes the simulated sprints: the tables really act. */
  @Test
  void eachTableActsOnTheWorld() {
    var backlog = org.sprintgym.sim.backlog.BacklogGenerator.generate(30, 3,
        new org.sprintgym.sim.backlog.BacklogGenerator.Options(null, null));
    SimConfig base = SimConfig.defaults();
    var ref = org.sprintgym.sim.world.TeamSimulation.builder(base, backlog, 7).build().run(4);
    for (var change : List.of(List.of("work", "risk_bias", 2.0),
        List.of("development", "navigator_speedup", 1.5), List.of("development", "defect_fit_slope", 8.0),
        List.of("development", "coverage_base", 0.9))) {
      SimConfig c = base.withCoefficients((String) change.get(0),
          Map.of((String) change.get(1), (Double) change.get(2)));
      var runs = org.sprintgym.sim.world.TeamSimulation.builder(c, backlog, 7).build().run(4);
      assertTrue(!runs.equals(ref), change.toString());
    }
  }

  @Test
  void qualityRejectsAnUnknownKeyAndAValueOutOfRange() {
    var u = assertThrows(IllegalArgumentException.class,
        () -> SimConfig.defaults().withCoefficients("quality", Map.of("review_hours", 1.0)));
    assertTrue(u.getMessage().startsWith(
        "sim.coefficients.quality: unknown key 'review_hours' (known keys: rework_shape,"),
        u.getMessage());
    var r = assertThrows(IllegalArgumentException.class,
        () -> SimConfig.defaults().withCoefficients("quality", Map.of("rework_shape", 0.0)));
    assertEquals("sim.coefficients.quality.rework_shape: 0 is out of range (allowed: [0.1, 100])",
        r.getMessage());
  }

  @Test
  void disturbancesRejectAnUnknownKeyAndAValueOutOfRange() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("disturbances", Map.of("incident_hours", 1.0)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.disturbances: unknown key"
        + " 'incident_hours' (known keys: severity_floor, min_scale, incident_hours_base,"),
        u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("disturbances", Map.of("incident_hours_per_severity", 81.0)));
    assertEquals("sim.coefficients.disturbances.incident_hours_per_severity: 81 is out of range"
        + " (allowed: [0, 80])", r.getMessage());
    var s = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("disturbances", Map.of("severity_floor", -0.5)));
    assertEquals("sim.coefficients.disturbances.severity_floor: -0.5 is out of range"
        + " (allowed: [0, 1])", s.getMessage());
  }

  @Test
  void portfolioRejectsAnUnknownKeyAValueOutOfRangeAndAFractionOfADriver() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("portfolio", Map.of("handover", 1.0)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.portfolio: unknown key 'handover'"
        + " (known keys: handover_hours, lend_load_ratio, lend_load_margin, donor_min_drivers,"),
        u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("portfolio", Map.of("donor_min_drivers", 21.0)));
    assertEquals("sim.coefficients.portfolio.donor_min_drivers: 21 is out of range"
        + " (allowed: [0, 20])", r.getMessage());
    var w = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("portfolio", Map.of("donor_min_drivers", 2.5)));
    assertEquals("sim.coefficients.portfolio.donor_min_drivers: 2.5 is not a whole number"
        + " (allowed: whole numbers in [0, 20])", w.getMessage());
    assertEquals(3, SimConfig.defaults().withCoefficients("portfolio",
        Map.of("donor_min_drivers", 3.0)).portfolioCoefficients().donorKeepsDrivers());
  }

  @Test
  void planningRejectsAnUnknownKeyAValueOutOfRangeAndAFractionOfASprint() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("planning", Map.of("velocity", 1.0)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.planning: unknown key 'velocity'"
        + " (known keys: velocity_window, planning_days, dev_lead_development_share,"),
        u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("planning", Map.of("reveal_chance", 1.5)));
    assertEquals("sim.coefficients.planning.reveal_chance: 1.5 is out of range"
        + " (allowed: [0, 1])", r.getMessage());
    var z = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("planning", Map.of("points_per_task", 0.0)));
    assertEquals("sim.coefficients.planning.points_per_task: 0 is out of range"
        + " (allowed: [0.1, 100])", z.getMessage());
    var w = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("planning", Map.of("velocity_window", 2.5)));
    assertEquals("sim.coefficients.planning.velocity_window: 2.5 is not a whole number"
        + " (allowed: whole numbers in [1, 50])", w.getMessage());
    assertEquals(5, SimConfig.defaults().withCoefficients("planning",
        Map.of("velocity_window", 5.0)).planning().velocitySprints());
  }

  @Test
  void flowRejectsAnUnknownKeyAndAValueOutOfRange() {
    var u = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("flow", Map.of("standup_hours", 1.0)));
    assertTrue(u.getMessage().startsWith("sim.coefficients.flow: unknown key 'standup_hours'"
        + " (known keys: stand_up_hours, planning_meeting_hours,"), u.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> SimConfig.defaults()
        .withCoefficients("flow", Map.of("onboarding_speed", 0.0)));
    assertEquals("sim.coefficients.flow.onboarding_speed: 0 is out of range"
        + " (allowed: [0.05, 1])", r.getMessage());
  }

  /**
   * Questions that rarely reveal what they hit: with the same seed, refinement asks the same
   * questions but discovers fewer hidden criteria.
   */
  @Test
  void questionsThatRarelyRevealDiscoverFewerCriteria() {
    var backlog = org.sprintgym.sim.backlog.BacklogGenerator.generate(30, 3,
        new org.sprintgym.sim.backlog.BacklogGenerator.Options(null, null));
    SimConfig base = SimConfig.defaults();
    SimConfig dull = base.withCoefficients("planning", Map.of("reveal_chance", 0.25));
    var ref = org.sprintgym.sim.world.TeamSimulation.builder(base, backlog, 7).build().run(4);
    var runs = org.sprintgym.sim.world.TeamSimulation.builder(dull, backlog, 7).build().run(4);
    int found = runs.stream()
        .mapToInt(org.sprintgym.sim.world.SprintRecord::hiddenCriteriaDiscovered).sum();
    int refFound = ref.stream()
        .mapToInt(org.sprintgym.sim.world.SprintRecord::hiddenCriteriaDiscovered).sum();
    System.out.printf("criteria discovered, reveal_chance 0.75 vs 0.25: %d vs %d%n", refFound,
        found);
    assertEquals(ref.get(0).refinementQuestions(), runs.get(0).refinementQuestions());
    assertTrue(found < refFound, found + " vs " + refFound);
  }

  /**
   * A longer retrospective: the same seed's first sprint is worked the same (the retrospective
   * comes last), and every member's recorded hours grow by the seven extra hours.
   */
  @Test
  void aLongerRetrospectiveAddsItsHoursToEveryMember() {
    var backlog = org.sprintgym.sim.backlog.BacklogGenerator.generate(30, 3,
        new org.sprintgym.sim.backlog.BacklogGenerator.Options(null, null));
    SimConfig base = SimConfig.defaults();
    SimConfig longer = base.withCoefficients("flow", Map.of("retrospective_hours", 8.0));
    var ref = org.sprintgym.sim.world.TeamSimulation.builder(base, backlog, 7).build().run(1).get(0);
    var run = org.sprintgym.sim.world.TeamSimulation.builder(longer, backlog, 7).build().run(1).get(0);
    assertEquals(ref.velocity(), run.velocity());
    assertEquals(ref.memberHours().keySet(), run.memberHours().keySet());
    ref.memberHours().forEach((id, h) ->
        assertEquals(h + 7.0, run.memberHours().get(id), 0.011, id));
  }

  /** Longer reviews per point: same seed, a different run whose stories take longer. */
  @Test
  void longerReviewsLengthenTheCycleTime() {
    var backlog = org.sprintgym.sim.backlog.BacklogGenerator.generate(30, 3,
        new org.sprintgym.sim.backlog.BacklogGenerator.Options(null, null));
    SimConfig base = SimConfig.defaults();
    SimConfig slow = base.withCoefficients("quality", Map.of("review_hours_per_point", 4.0));
    var ref = org.sprintgym.sim.world.TeamSimulation.builder(base, backlog, 7).build().run(4);
    var runs = org.sprintgym.sim.world.TeamSimulation.builder(slow, backlog, 7).build().run(4);
    assertTrue(!runs.equals(ref));
    assertTrue(meanCycleTime(runs) > meanCycleTime(ref),
        meanCycleTime(runs) + " vs " + meanCycleTime(ref));
  }

  /**
   * Longer production incidents: with an incident every sprint and the same seed, the responders
   * are away longer, so the disturbances consume more hours and the team delivers fewer points.
   */
  @Test
  void longerIncidentsCostMoreHoursAndVelocity() {
    var backlog = org.sprintgym.sim.backlog.BacklogGenerator.generate(60, 3,
        new org.sprintgym.sim.backlog.BacklogGenerator.Options(null, null));
    SimConfig base = SimConfig.defaults().toBuilder()
        .disturbances(DisturbanceSettings.only(DisturbanceType.PRODUCTION_INCIDENT, 1.0)).build();
    SimConfig longer = base.withCoefficients("disturbances",
        Map.of("incident_hours_base", 12.0, "incident_hours_per_severity", 24.0));
    var ref = org.sprintgym.sim.world.TeamSimulation.builder(base, backlog, 7).build().run(4);
    var runs = org.sprintgym.sim.world.TeamSimulation.builder(longer, backlog, 7).build().run(4);
    System.out.printf("incident hours 4+12s vs 12+24s: consumed %.4f vs %.4f, velocity %d vs %d%n",
        disturbanceImpact(ref), disturbanceImpact(runs), velocity(ref), velocity(runs));
    assertTrue(disturbanceImpact(runs) > disturbanceImpact(ref),
        disturbanceImpact(runs) + " vs " + disturbanceImpact(ref));
    assertTrue(velocity(runs) < velocity(ref), velocity(runs) + " vs " + velocity(ref));
  }

  /** Summed share of capacity the struck disturbances consumed. */
  private static double disturbanceImpact(List<org.sprintgym.sim.world.SprintRecord> runs) {
    return runs.stream().flatMap(r -> r.disturbances().stream())
        .mapToDouble(m -> ((Number) m.get("velocity_impact")).doubleValue()).sum();
  }

  private static int velocity(List<org.sprintgym.sim.world.SprintRecord> runs) {
    return runs.stream().mapToInt(org.sprintgym.sim.world.SprintRecord::velocity).sum();
  }

  private static double meanCycleTime(List<org.sprintgym.sim.world.SprintRecord> runs) {
    return runs.stream().map(org.sprintgym.sim.world.SprintRecord::cycleTimeDaysAvg)
        .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** Two coefficients as a table record builds and reads them. */
  record Pair(double reworkShape, double pointWeight5) {}

  /** Components in another order than the keys: the table refuses to build or read it. */
  record Swapped(double pointWeight5, double reworkShape) {}

  @Test
  void aTableBuildsAndReadsARecordWhoseComponentsAreItsKeysInOrder() {
    var t = CoefficientTable.named("sim.coefficients.test")
        .entry("rework_shape", 2.0, 0.1, 100, "design choice")
        .entry("point_weight.5", 0.25, 0, 1, "design choice").build();
    Pair p = t.build(Pair.class, Map.of("point_weight.5", 0.5));
    assertEquals(new Pair(2.0, 0.5), p);
    assertEquals(List.of("rework_shape", "point_weight.5"), List.copyOf(t.read(p).keySet()));
    assertEquals(List.of(2.0, 0.5), List.copyOf(t.read(p).values()));
    assertEquals(new Pair(3.0, 0.5), t.with(p, "rework_shape", 3.0));
    assertThrows(IllegalArgumentException.class, () -> t.with(p, "point_weight.5", 2.0));
    var bad = assertThrows(IllegalArgumentException.class,
        () -> t.build(Pair.class, Map.of("rework_shape", 0.0)));
    assertEquals("sim.coefficients.test.rework_shape: 0 is out of range (allowed: [0.1, 100])",
        bad.getMessage());
    var wrong = assertThrows(IllegalStateException.class, () -> t.build(Swapped.class, Map.of()));
    assertEquals("sim.coefficients.test: the components of Swapped are not its keys in order,"
        + " each a double named in camel case", wrong.getMessage());
    assertThrows(IllegalStateException.class, () -> t.read(new Swapped(1, 2)));
    assertEquals("pointWeight5", CoefficientTable.camel("point_weight.5"));
  }

}

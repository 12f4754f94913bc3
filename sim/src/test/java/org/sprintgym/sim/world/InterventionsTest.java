package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.DisturbanceType;
import org.sprintgym.sim.config.Intervention;
import org.sprintgym.sim.config.PortfolioSettings;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.SwapSettings;
import org.sprintgym.sim.config.WipLimits;

/**
 * Each what-if intervention moves the world the way it should, on paired seeds: base and variant
 * run on the same seeds, so the sprints before the intervention are identical and the difference
 * after it is the intervention's effect.
 */
class InterventionsTest {
  private static final int REPLICATIONS = 30;
  private static final int SPRINTS = 8;
  private static final SimConfig BASE = SimConfig.defaults();

  private static SimConfig with(Intervention... interventions) {
    return BASE.toBuilder().interventions(List.of(interventions)).build();
  }

  /** All sprint records of the paired replications of one arm. */
  private static List<List<SprintRecord>> runs(SimConfig cfg) {
    var out = new ArrayList<List<SprintRecord>>();
    for (long seed = 1; seed <= REPLICATIONS; seed++) {
      out.add(TeamSimulation.builder(cfg, TestBacklogs.of(120, seed), seed).build().run(SPRINTS));
    }
    return out;
  }

  private static double sum(List<List<SprintRecord>> runs, Predicate<SprintRecord> which,
      ToDoubleFunction<SprintRecord> f) {
    return runs.stream().flatMap(List::stream).filter(which).mapToDouble(f).sum();
  }

  private static double sum(List<List<SprintRecord>> runs, ToDoubleFunction<SprintRecord> f) {
    return sum(runs, r -> true, f);
  }

  /** Sprints before the intervention are the same records in both arms (common random numbers). */
  private static void assertSameBefore(int sprint, List<List<SprintRecord>> a, List<List<SprintRecord>> b) {
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).subList(0, sprint - 1)).isEqualTo(b.get(i).subList(0, sprint - 1));
      assertThat(a.get(i).get(sprint - 1)).isNotEqualTo(b.get(i).get(sprint - 1));
    }
  }

  @Test
  void identicalConfigsGiveIdenticalRuns() {
    assertThat(runs(with())).isEqualTo(runs(BASE));
  }

  @Test
  void pairingOffMeansFewerPersonHoursAndMoreEscapedDefects() {
    var base = runs(BASE);
    var solo = runs(with(new Intervention.Pairing(3, false)));
    assertSameBefore(3, base, solo);
    double hBase = sum(base, SprintRecord::personHours);
    double hSolo = sum(solo, SprintRecord::personHours);
    double dBase = sum(base, SprintRecord::defectsEscaped);
    double dSolo = sum(solo, SprintRecord::defectsEscaped);
    System.out.printf("pairing off@3: person-hours %.0f -> %.0f, escaped defects %.0f -> %.0f%n",
        hBase, hSolo, dBase, dSolo);
    assertThat(hSolo).isLessThan(0.95 * hBase);
    assertThat(dSolo).isGreaterThan(1.1 * dBase);
    assertThat(solo.get(0).get(2).interventions()).containsExactly("pairing=off@3");
  }

  @Test
  void tighterWipLimitsMidRunCutWipAndCycleTime() {
    var base = runs(BASE);
    var tight = runs(with(new Intervention.Wip(2, new WipLimits(2, 2))));
    assertSameBefore(2, base, tight);
    Predicate<SprintRecord> after = r -> r.sprint() >= 2 && r.cycleTimeDaysAvg() != null;
    ToDoubleFunction<List<List<SprintRecord>>> cycle =
        rs -> sum(rs, after, SprintRecord::cycleTimeDaysAvg) / sum(rs, after, r -> 1);
    System.out.printf("wip=2/2@2: cycle time %.3f -> %.3f days%n", cycle.applyAsDouble(base),
        cycle.applyAsDouble(tight));
    double wipTight = sum(tight, SprintRecord::wipAvg);
    double wipBase = sum(base, SprintRecord::wipAvg);
    System.out.printf("wip=2/2@2: mean WIP %.2f -> %.2f%n", wipBase / REPLICATIONS / SPRINTS,
        wipTight / REPLICATIONS / SPRINTS);
    assertThat(wipTight).isLessThan(0.85 * wipBase);
    assertThat(cycle.applyAsDouble(tight)).isLessThan(cycle.applyAsDouble(base));
    assertThat(tight.stream().flatMap(List::stream).filter(r -> r.sprint() >= 4))
        .allSatisfy(r -> assertThat(r.wipMaxInProgress()).isLessThanOrEqualTo(2));
  }

  @Test
  void anAddedDeveloperRampsUpAndAddsCapacity() {
    var base = runs(BASE);
    var added = runs(with(new Intervention.AddMember(4, "new_dev", Role.DEVELOPER, Seniority.MID,
        "backend", null)));
    assertSameBefore(4, base, added);
    Predicate<SprintRecord> ramp = r -> r.sprint() == 4;
    Predicate<SprintRecord> later = r -> r.sprint() >= 6;
    double hBase = sum(base, later, SprintRecord::personHours);
    double hAdded = sum(added, later, SprintRecord::personHours);
    double vBase = sum(base, later, SprintRecord::velocity);
    double vAdded = sum(added, later, SprintRecord::velocity);
    double rampUsed = sum(added, ramp, r -> r.memberCapacityUsed().get("new_dev")) / REPLICATIONS;
    double fullUsed = sum(added, later, r -> r.memberCapacityUsed().get("new_dev"))
        / sum(added, later, r -> 1);
    System.out.printf("add@4: person-hours (sprints 6+) %.0f -> %.0f, velocity %.0f -> %.0f;"
        + " new member's capacity used %.2f while onboarding, %.2f after%n", hBase, hAdded, vBase,
        vAdded, rampUsed, fullUsed);
    assertThat(hAdded).isGreaterThan(hBase);
    assertThat(vAdded).isGreaterThan(vBase);
    assertThat(rampUsed).isLessThan(fullUsed);
    assertThat(added.get(0).get(3).memberHours()).containsKey("new_dev");
  }

  @Test
  void removingAMemberCutsHoursAndAHandoffKeepsKnowledge() {
    String who = "alex_senior_networking";
    var base = runs(BASE);
    var gone = runs(with(new Intervention.RemoveMember(5, who, false)));
    var handedOver = runs(with(new Intervention.RemoveMember(5, who, true)));
    assertSameBefore(5, base, gone);
    Predicate<SprintRecord> after = r -> r.sprint() >= 5;
    double hBase = sum(base, after, SprintRecord::personHours);
    double hGone = sum(gone, after, SprintRecord::personHours);
    double kGone = sum(gone, after, SprintRecord::knowledgeCoverage);
    double kKept = sum(handedOver, after, SprintRecord::knowledgeCoverage);
    double vGone = sum(gone, after, SprintRecord::velocity);
    double vKept = sum(handedOver, after, SprintRecord::velocity);
    System.out.printf("remove@5: person-hours %.0f -> %.0f; knowledge coverage without handoff"
        + " %.2f, with %.2f; velocity without %.0f, with %.0f%n", hBase, hGone, kGone, kKept, vGone,
        vKept);
    assertThat(hGone).isLessThan(hBase);
    assertThat(kKept).isGreaterThan(kGone);
    assertThat(gone.get(0).get(4).memberHours()).doesNotContainKey(who);
    assertThat(gone.get(0).get(4).departures()).isEqualTo(1);
  }

  @Test
  void longerSprintsCommitAndDeliverMorePerSprint() {
    var base = runs(BASE);
    var longer = runs(with(new Intervention.SprintDays(3, 10)));
    assertSameBefore(3, base, longer);
    Predicate<SprintRecord> after = r -> r.sprint() >= 3;
    double cBase = sum(base, after, SprintRecord::committedPoints);
    double cLong = sum(longer, after, SprintRecord::committedPoints);
    double vBase = sum(base, after, SprintRecord::velocity);
    double vLong = sum(longer, after, SprintRecord::velocity);
    System.out.printf("sprint_days=10@3: committed %.0f -> %.0f, velocity %.0f -> %.0f%n", cBase,
        cLong, vBase, vLong);
    assertThat(cLong).isGreaterThan(1.4 * cBase);
    assertThat(vLong).isGreaterThan(1.4 * vBase);
    assertThat(longer.get(0).get(2).days()).isEqualTo(10);
  }

  @Test
  void lessCapacityMeansFewerHoursAndLessDelivered() {
    var base = runs(BASE);
    var half = runs(with(new Intervention.Capacity(2, 0.5)));
    assertSameBefore(2, base, half);
    double hBase = sum(base, SprintRecord::personHours);
    double hHalf = sum(half, SprintRecord::personHours);
    double vBase = sum(base, SprintRecord::velocity);
    double vHalf = sum(half, SprintRecord::velocity);
    System.out.printf("capacity=0.5@2: person-hours %.0f -> %.0f, velocity %.0f -> %.0f%n", hBase,
        hHalf, vBase, vHalf);
    assertThat(hHalf).isLessThan(0.85 * hBase);
    assertThat(vHalf).isLessThan(0.8 * vBase);
  }

  @Test
  void moreLikelyDisturbancesStrikeMoreAndCostVelocity() {
    var base = runs(BASE);
    var chaos = runs(with(new Intervention.DisturbanceChance(2, DisturbanceType.PRODUCTION_INCIDENT, 1.0),
        new Intervention.DisturbanceChance(2, DisturbanceType.MERGE_CONFLICT, 1.0)));
    assertSameBefore(2, base, chaos);
    double dChaos = sum(chaos, r -> r.disturbances().size());
    double vBase = sum(base, SprintRecord::velocity);
    double vChaos = sum(chaos, SprintRecord::velocity);
    System.out.printf("disturbances@2: %.0f disturbances, velocity %.0f -> %.0f%n", dChaos, vBase, vChaos);
    assertThat(sum(base, r -> r.disturbances().size())).isZero();
    // two strike every sprint from sprint 2, unless the blast-radius limit refuses one
    assertThat(dChaos).isBetween(0.8 * 2 * REPLICATIONS * (SPRINTS - 1), 2.0 * REPLICATIONS * (SPRINTS - 1));
    assertThat(vChaos).isLessThan(vBase);
  }

  // ---- a member split across teams (a portfolio) ----

  private static final String SPLIT = "alex_senior_networking";
  private static final String HOME = "checkout-stream";
  private static final String OTHER = "platform-team";

  /** AAT's two-team example without borrowing, so that only the split moves people. */
  private static SimConfig twoTeams(SwapSettings swapping) {
    SimConfig c = AatConfigReader.read(Path.of("../backlogs/aat/aat-06-multi-team-config.yaml"),
        BASE).config();
    PortfolioSettings p = c.portfolio();
    return c.toBuilder().swapping(swapping).portfolio(new PortfolioSettings(p.teams(), false,
        p.maxBorrowsPerSprint(), p.borrowDurationSprints(), p.overheadBudgetPct(), p.coordinators(),
        p.conventionsSlowdown())).build();
  }

  private static List<SprintRecord> portfolioRuns(SimConfig cfg) {
    var out = new ArrayList<SprintRecord>();
    for (long seed = 1; seed <= REPLICATIONS; seed++) {
      out.addAll(Portfolio.builder(cfg, TestBacklogs.of(160, seed), seed).build().run(SPRINTS));
    }
    return out;
  }

  private static double sumTeam(List<SprintRecord> rs, String team, Function<SprintRecord, Double> f) {
    return rs.stream().filter(r -> r.team().equals(team)).mapToDouble(f::apply).sum();
  }

  @Test
  void aMemberSplitOverTwoTeamsDeliversLessInEachThanFullTime() {
    SimConfig base = twoTeams(SwapSettings.aatDefault(org.sprintgym.sim.config.SwapMode.NONE));
    Intervention split = new Intervention.Split(1, SPLIT, Map.of(HOME, 0.5, OTHER, 0.5));
    var full = portfolioRuns(base);
    var shared = portfolioRuns(base.toBuilder().interventions(List.of(split)).build());
    var free = portfolioRuns(base.toBuilder().interventions(List.of(split))
        .swapping(new SwapSettings(base.swapping().mode(), base.swapping().allowedScenarios(), 1.0,
            base.swapping().proficiency(), base.swapping().knowledgeDecaySprints(),
            base.swapping().crossTrainingProbability())).build());
    Function<SprintRecord, Double> hours = r -> r.memberHours().getOrDefault(SPLIT, 0.0);
    double fullHome = sumTeam(full, HOME, hours);
    double splitHome = sumTeam(shared, HOME, hours);
    double splitOther = sumTeam(shared, OTHER, hours);
    double vFull = sumTeam(full, HOME, r -> (double) r.velocity());
    double vSplit = sumTeam(shared, HOME, r -> (double) r.velocity());
    double both = sumTeam(shared, HOME, r -> (double) r.velocity())
        + sumTeam(shared, OTHER, r -> (double) r.velocity());
    double bothFree = sumTeam(free, HOME, r -> (double) r.velocity())
        + sumTeam(free, OTHER, r -> (double) r.velocity());
    System.out.printf("split 0.5/0.5: member hours full-time %.0f, split %.0f + %.0f; home velocity"
        + " %.0f -> %.0f; both teams %.0f with the switching cost, %.0f without%n", fullHome,
        splitHome, splitOther, vFull, vSplit, both, bothFree);
    assertThat(splitHome).isLessThan(0.75 * fullHome);
    assertThat(splitOther).isLessThan(0.75 * fullHome);
    assertThat(vSplit).isLessThan(vFull);
    // the switching cost (1.2x slower work per extra team) is too small against sprint-to-sprint
    // noise to show in total velocity at this size; it is reported above, not asserted
    assertThat(full.stream().filter(r -> r.team().equals(OTHER)))
        .allSatisfy(r -> assertThat(r.memberHours()).doesNotContainKey(SPLIT));
  }

  // ---- validation ----

  @Test
  void badInterventionsAreRejectedNamingTheKey() {
    var e1 = assertThrows(IllegalArgumentException.class,
        () -> new Intervention.Split(1, SPLIT, Map.of(HOME, 0.7, OTHER, 0.5)));
    assertThat(e1.getMessage()).contains("split_member.shares").contains("at most 1");
    var e2 = assertThrows(IllegalArgumentException.class, () -> new Intervention.Pairing(0, false));
    assertThat(e2.getMessage()).contains("sprint must be >= 1");
    var e3 = assertThrows(IllegalArgumentException.class,
        () -> with(new Intervention.RemoveMember(2, "nobody", true)));
    assertThat(e3.getMessage()).contains("remove_member.id").contains("unknown member 'nobody'");
    var e4 = assertThrows(IllegalArgumentException.class, () -> with(
        new Intervention.AddMember(5, "late", Role.DEVELOPER, Seniority.MID, "backend", null),
        new Intervention.RemoveMember(3, "late", false)));
    assertThat(e4.getMessage()).contains("only joins in sprint 5");
    var e5 = assertThrows(IllegalArgumentException.class, () -> new Intervention.AddMember(1, "c",
        Role.COORDINATOR, Seniority.MID, "backend", null));
    assertThat(e5.getMessage()).contains("add_member.role");
    var e6 = assertThrows(IllegalArgumentException.class, () -> TeamSimulation.builder(
        with(new Intervention.Split(1, SPLIT, Map.of("x", 0.5, "y", 0.5))), TestBacklogs.of(5, 1), 1)
        .build());
    assertThat(e6.getMessage()).contains("split_member.shares").contains("team-1");
  }

  @Test
  void storyEffortRecordsCompareEstimateWithActualHours() {
    var sim = TeamSimulation.builder(BASE, TestBacklogs.of(60, 3), 3).build();
    List<SprintRecord> records = sim.run(6);
    List<StoryEffort> stories = sim.storyEfforts();
    assertThat(stories).hasSize(records.stream().mapToInt(SprintRecord::storiesAccepted).sum());
    assertThat(stories).allSatisfy(s -> {
      assertThat(s.estimateHours()).isPositive();
      assertThat(s.actualHours()).isPositive();
      assertThat(s.personHours()).isGreaterThanOrEqualTo(s.actualHours());
      assertThat(s.reworkHours()).isLessThanOrEqualTo(s.personHours() + 1e-6);
    });
    double meanRatio = stories.stream().mapToDouble(StoryEffort::effortRatio).average().orElseThrow();
    System.out.printf("%d stories, mean actual/estimate %.3f%n", stories.size(), meanRatio);
    assertThat(stories.stream().mapToDouble(StoryEffort::effortRatio).distinct().count()).isGreaterThan(5);
  }
}

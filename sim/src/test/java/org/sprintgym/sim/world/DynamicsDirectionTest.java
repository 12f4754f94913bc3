package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.agents.Team;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.WipLimits;

/**
 * The simulator's effects point the way real teams show them. Each comparison runs both arms on
 * the same fixed seeds (common random numbers), 30 replications of 10 sprints.
 */
class DynamicsDirectionTest {
  private static final int REPLICATIONS = 30;
  private static final int SPRINTS = 10;

  /** Sum of {@code num} over sum of {@code den}, over all sprints of all replications. */
  private static double ratio(SimConfig cfg, LongFunction<Backlog> backlog,
      ToDoubleFunction<SprintRecord> num, ToDoubleFunction<SprintRecord> den) {
    double n = 0;
    double d = 0;
    for (long seed = 1; seed <= REPLICATIONS; seed++) {
      for (SprintRecord r : TeamSimulation.builder(cfg, backlog.apply(seed), seed).build().run(SPRINTS)) {
        double v = num.applyAsDouble(r);
        if (!Double.isNaN(v)) { // a sprint that accepted nothing has no cycle time
          n += v;
          d += den.applyAsDouble(r);
        }
      }
    }
    return n / d;
  }

  private static final ToDoubleFunction<SprintRecord> CYCLE =
      r -> r.cycleTimeDaysAvg() == null ? Double.NaN : r.cycleTimeDaysAvg();
  private static final ToDoubleFunction<SprintRecord> ONE = r -> 1.0;

  @Test
  void moreUnresolvedAmbiguityMeansMorePoRejections() {
    SimConfig cfg = SimConfig.defaults();
    double clear = ratio(cfg, s -> TestBacklogs.of(80, s, 0.05, 0.15), r -> r.poRejections(), ONE);
    double vague = ratio(cfg, s -> TestBacklogs.of(80, s, 0.80, 0.95), r -> r.poRejections(), ONE);
    System.out.printf("PO rejections per sprint: clear %.3f, vague %.3f%n", clear, vague);
    assertThat(vague).isGreaterThan(clear + 0.3);
  }

  @Test
  void aStrongerPairIntroducesFewerDefects() {
    SimConfig cfg = SimConfig.defaults();
    ToDoubleFunction<SprintRecord> defects = r ->
        100.0 * (r.defectsCaughtDev() + r.defectsFoundQa() + r.defectsEscaped());
    double strong = ratio(cfg.toBuilder().team(withDevelopers(Seniority.SENIOR)).build(),
        s -> TestBacklogs.of(80, s), defects, SprintRecord::personHours);
    double weak = ratio(cfg.toBuilder().team(withDevelopers(Seniority.JUNIOR)).build(),
        s -> TestBacklogs.of(80, s), defects, SprintRecord::personHours);
    System.out.printf("defects per 100 person-hours: senior pairs %.3f, junior pairs %.3f%n", strong, weak);
    assertThat(strong).isLessThan(0.8 * weak);
  }

  @Test
  void tighterWipLimitsShortenCycleTime() {
    SimConfig base = SimConfig.defaults();
    double tight = ratio(base.toBuilder().wipLimits(new WipLimits(2, 2)).build(),
        s -> TestBacklogs.of(80, s), CYCLE, ONE);
    double loose = ratio(base.toBuilder().wipLimits(new WipLimits(8, 2)).build(),
        s -> TestBacklogs.of(80, s), CYCLE, ONE);
    System.out.printf("cycle time (working days): WIP 2 %.3f, WIP 8 %.3f%n", tight, loose);
    assertThat(tight).isLessThan(0.95 * loose);
  }

  /** The default team with every developer (not the dev lead) at one seniority. */
  static Team withDevelopers(Seniority seniority) {
    List<Member> members = new ArrayList<>();
    for (Member m : Team.aatDefault().members()) {
      if (m.role() == Role.DEVELOPER) {
        members.add(Member.of(m.id(), m.name(), m.role(), seniority, m.primarySpecialization(),
            m.auxiliarySpecializations()));
      } else {
        members.add(m);
      }
    }
    return Team.aatDefault().withMembers(members);
  }
}

package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sprintgym.agents.Role;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.PortfolioSettings.TeamSpec;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.SimEvent;

/** Several teams: AAT's multi-team example, K copies of a team, borrowing and dependencies. */
class PortfolioTest {
  static final Path AAT = Path.of("../backlogs/aat");

  @Test
  void aatMultiTeamExampleRunsTenSprintsWithCoordinatorsOffTheBoards() {
    SimConfig cfg = AatConfigReader.read(AAT.resolve("aat-06-multi-team-config.yaml"),
        SimConfig.defaults()).config();
    Backlog backlog = AatBacklogReader.load(AAT.resolve("aat-06-multi-team-backlog.yaml"), 7).backlog();
    var p = Portfolio.builder(cfg, backlog, 7).eventLog(true).build();
    List<SprintRecord> records = p.run(10);
    assertThat(p.teamIds()).containsExactly("checkout-stream", "platform-team");
    assertThat(records).hasSize(20);
    assertThat(records).extracting(SprintRecord::team).containsOnly("checkout-stream", "platform-team");
    assertThat(p.coordinators()).extracting(m -> m.id())
        .containsExactly("staff_engineer_01", "enablement_lead_01");
    for (SprintRecord r : records) {
      assertThat(r.memberHours().keySet()).doesNotContain("staff_engineer_01", "enablement_lead_01");
    }
    assertThat(p.assignment().values()).contains("checkout-stream", "platform-team");
    assertThat(records.stream().mapToInt(SprintRecord::velocity).sum()).isEqualTo(backlog.totalPoints());
    System.out.printf("AAT multi-team: %s, velocity per team %s%n", p.assignment(),
        records.stream().map(r -> r.team() + ":" + r.sprint() + "=" + r.velocity()).toList());
  }

  @Test
  void threeTeamsBorrowAtMostTwoPerSprintForOneSprint() {
    SimConfig cfg = SimConfig.defaults();
    // most stories hint at the stream-aligned team: it ends up with the most work
    var stories = new ArrayList<Story>();
    for (Story s : TestBacklogs.of(120, 5).stories()) {
      stories.add(withHint(s, s.priority() % 4 == 0 ? "" : "stream_aligned", s.dependsOn()));
    }
    Backlog backlog = new Backlog("skewed", TestBacklogs.of(1, 1).product(), stories);
    var p = Portfolio.builder(cfg, backlog, 5).teams(3).eventLog(true).build();
    List<SprintRecord> records = p.run(10);
    assertThat(records).hasSize(30);
    int borrows = 0;
    for (int s = 1; s <= 10; s++) {
      int sprint = s;
      int in = records.stream().filter(r -> r.sprint() == sprint).mapToInt(SprintRecord::borrowedIn).sum();
      int out = records.stream().filter(r -> r.sprint() == sprint).mapToInt(SprintRecord::borrowedOut).sum();
      assertThat(in).as("sprint %d", s).isEqualTo(out).isLessThanOrEqualTo(2);
      borrows += in;
    }
    System.out.printf("--teams 3: %d borrows over 10 sprints; velocities %s%n", borrows,
        records.stream().map(SprintRecord::velocity).toList());
    for (String team : p.teamIds()) {
      List<SimEvent> log = p.events(team);
      for (SimEvent lent : log.stream().filter(e -> e.type().equals("member_borrowed") && e.sprint() < 10).toList()) {
        assertThat(log).anyMatch(e -> e.type().equals("member_returned")
            && e.member().equals(lent.member()) && e.sprint() == lent.sprint() + 1);
      }
    }
    assertThat(borrows).isPositive();
  }

  @Test
  void aCrossTeamDependencyBlocksAStoryUntilTheOtherTeamDelivers() {
    SimConfig base = SimConfig.defaults();
    var roster = base.team().members();
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < roster.size(); i++) {
      (i % 2 == 0 ? a : b).add(roster.get(i).id());
    }
    SimConfig cfg = base.toBuilder().portfolio(base.portfolio().withTeams(List.of(
        new TeamSpec("web", "Web", "stream_aligned", a, null),
        new TeamSpec("core", "Core", "platform", b, null)))).build();
    var stories = new ArrayList<Story>();
    for (Story s : TestBacklogs.of(30, 9).stories()) {
      boolean late = s.id().equals("US-5");
      String hint = late ? "platform" : "stream_aligned";
      List<String> deps = s.id().equals("US-1") ? List.of("US-5") : List.of();
      stories.add(withHint(s, hint, deps));
    }
    Backlog backlog = new Backlog("deps", TestBacklogs.of(1, 1).product(), stories);
    var p = Portfolio.builder(cfg, backlog, 9).eventLog(true).build();
    p.run(8);
    Map<String, String> owner = p.assignment();
    assertThat(owner.get("US-1")).isEqualTo("web");
    assertThat(owner.get("US-5")).isEqualTo("core");
    int delivered = p.events("core").stream().filter(e -> e.type().equals("po_accepted")
        && e.story().equals("US-5")).findFirst().orElseThrow().sprint();
    List<SimEvent> web = p.events("web");
    assertThat(web).anyMatch(e -> e.type().equals("story_blocked") && e.story().equals("US-1"));
    int started = web.stream().filter(e -> e.type().equals("task_started") && e.story().equals("US-1"))
        .findFirst().orElseThrow().sprint();
    System.out.printf("US-1 (web) depends on US-5 (core): US-5 accepted in sprint %d, US-1 started in sprint %d%n",
        delivered, started);
    assertThat(started).isGreaterThan(delivered);
    assertThat(web.stream().filter(e -> e.type().equals("story_blocked") && e.story().equals("US-1")))
        .allMatch(e -> e.sprint() <= delivered);
  }

  /**
   * A lower lending threshold (sim.coefficients.portfolio): with the same seed and backlog the
   * coordinator lends more often.
   */
  @Test
  void aLowerLendingThresholdLendsMore() {
    Backlog backlog = TestBacklogs.of(120, 5);
    SimConfig base = SimConfig.defaults();
    SimConfig eager = base.withCoefficients("portfolio",
        Map.of("lend_load_ratio", 1.0, "lend_load_margin", 0.0));
    int before = borrows(Portfolio.builder(base, backlog, 5).teams(3).build().run(6));
    int after = borrows(Portfolio.builder(eager, backlog, 5).teams(3).build().run(6));
    System.out.printf("lending threshold 1.25 x idlest + 0.5 vs 1.0 x idlest: %d vs %d borrows%n",
        before, after);
    assertThat(after).isGreaterThan(before);
  }

  private static int borrows(List<SprintRecord> records) {
    return records.stream().mapToInt(SprintRecord::borrowedIn).sum();
  }

  static Story withHint(Story s, String hint, List<String> deps) {
    return new Story(s.id(), s.title(), s.description(), s.acceptanceCriteria(), s.points(),
        s.priority(), s.scenarios(), s.tags(), s.domain(), s.language(), hint, s.ambiguity(),
        s.hiddenCriteria(), s.technicalRisk(), s.codebaseArea(), deps);
  }

  @Test
  void teamCountMustMatchTheConfigAndStayInRange() {
    assertThrows(IllegalArgumentException.class,
        () -> Portfolio.builder(SimConfig.defaults(), TestBacklogs.of(5, 1), 1).teams(8));
    SimConfig cfg = AatConfigReader.read(AAT.resolve("aat-06-multi-team-config.yaml"),
        SimConfig.defaults()).config();
    var e = assertThrows(IllegalArgumentException.class,
        () -> Portfolio.builder(cfg, TestBacklogs.of(5, 1), 1).teams(3).build());
    assertThat(e.getMessage()).contains("lists 2 teams but 3");
    assertThat(cfg.team().withRole(Role.COORDINATOR)).hasSize(2);
  }
}

package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprintgym.agents.Seniority;
import org.sprintgym.agents.Team;
import org.sprintgym.sim.config.DisturbanceSettings;
import org.sprintgym.sim.config.DisturbanceType;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.SimEvent;

/** Each disturbance type's specific effect on the board and the people, read from the event log. */
class DisturbanceEffectsTest {

  private static List<SimEvent> events(DisturbanceType type, long seed, int sprints) {
    SimConfig cfg = SimConfig.defaults().toBuilder()
        .disturbances(DisturbanceSettings.only(type, 1.0)).build();
    var sim = TeamSimulation.builder(cfg, TestBacklogs.of(80, seed), seed).eventLog(true).build();
    sim.run(sprints);
    return sim.events();
  }

  private static List<SimEvent> ofType(List<SimEvent> log, String type) {
    return log.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void productionIncidentPullsRespondersOffTheBoardUntilTheHotfixIsOut() {
    List<SimEvent> log = events(DisturbanceType.PRODUCTION_INCIDENT, 3, 4);
    assertThat(ofType(log, "hotfix_card")).hasSize(4);
    Set<String> pulled = new HashSet<>();
    int checkedWhilePulled = 0;
    for (SimEvent e : log) {
      switch (e.type()) {
        case "responder_pulled" -> pulled.add(e.member());
        case "responder_released" -> pulled.remove(e.member());
        case "task_started", "paired" -> {
          assertThat(pulled).as("%s while pulled", e).doesNotContain(e.member());
          if (e.type().equals("paired")) {
            assertThat(pulled).as("navigator while pulled").doesNotContain(e.detail());
          }
          checkedWhilePulled += pulled.isEmpty() ? 0 : 1;
        }
        default -> { }
      }
    }
    assertThat(checkedWhilePulled).as("pairs formed while responders were away").isPositive();
    assertThat(ofType(log, "responder_released")).isNotEmpty();
  }

  @Test
  void dependencyBreakBlocksCardsUntilTheFixTaskIsDone() {
    List<SimEvent> log = events(DisturbanceType.DEPENDENCY_BREAKS, 5, 4);
    Map<String, String> blockedBy = new HashMap<>();
    Set<String> done = new HashSet<>();
    int blockedDone = 0;
    for (SimEvent e : log) {
      if (e.type().equals("task_blocked")) {
        blockedBy.put(e.task(), e.detail());
      } else if (e.type().equals("task_done")) {
        String fix = blockedBy.get(e.task());
        if (fix != null) {
          assertThat(done).as("fix %s before blocked %s", fix, e.task()).contains(fix);
          blockedDone++;
        }
        done.add(e.task());
      }
    }
    assertThat(blockedBy).isNotEmpty();
    assertThat(blockedBy.values()).allMatch(fix -> fix.contains("/D"));
    assertThat(blockedDone).isPositive();
  }

  @Test
  void flakyTestFailsCleanQaRunsAndCostsAReRun() {
    List<SimEvent> log = events(DisturbanceType.FLAKY_TEST, 7, 4);
    // follow-ups of the last sprint's disturbance may fall after the run: check the earlier ones
    List<SimEvent> spurious = log.stream()
        .filter(e -> e.type().equals("qa_rejected") && e.detail().equals("0 flaky") && e.sprint() < 4)
        .toList();
    assertThat(spurious).isNotEmpty();
    for (SimEvent r : spurious) {
      assertThat(log).anyMatch(e -> e.type().equals("task_done") && e.story().equals(r.story())
          && e.task().contains("/F") && e.time() >= r.time());
    }
  }

  @Test
  void scopeCreepAddsAnUnplannedCardThePoWantsThisSprint() {
    SimConfig cfg = SimConfig.defaults().toBuilder()
        .disturbances(DisturbanceSettings.only(DisturbanceType.SCOPE_CREEP, 1.0)).build();
    var sim = TeamSimulation.builder(cfg, TestBacklogs.of(80, 11), 11).eventLog(true).build();
    List<SprintRecord> records = sim.run(4);
    List<SimEvent> added = ofType(sim.events(), "story_added");
    assertThat(added).hasSize(4);
    assertThat(added).allMatch(e -> e.story().startsWith("CR-"));
    assertThat(sim.events()).anyMatch(e -> e.type().equals("po_accepted") && e.story().startsWith("CR-"));
    for (SprintRecord r : records) {
      assertThat(r.committedPoints()).isEqualTo(r.velocity() + r.carriedOverPoints() + r.droppedPoints());
    }
  }

  @Test
  void juniorMisunderstandingIsFoundAtReviewAndReworked() {
    List<SimEvent> log = events(DisturbanceType.JUNIOR_MISUNDERSTANDING, 13, 5);
    List<SimEvent> wrong = ofType(log, "criteria_misunderstood").stream()
        .filter(e -> e.sprint() < 5).toList(); // the last sprint's may be found after the run
    assertThat(wrong).isNotEmpty();
    Team team = Team.aatDefault();
    int found = 0;
    for (SimEvent m : wrong) {
      assertThat(team.member(m.member()).orElseThrow().seniority()).isEqualTo(Seniority.JUNIOR);
      var rejection = log.stream().filter(e -> e.type().equals("qa_rejected")
          && e.detail().equals("0 misunderstanding") && e.story().equals(m.story())
          && e.time() >= m.time()).findFirst();
      if (rejection.isPresent()) {
        found++;
        var fix = log.stream().filter(e -> e.type().equals("task_started")
            && e.story().equals(m.story()) && e.task().contains("/M")
            && e.time() >= rejection.get().time()).findFirst();
        assertThat(fix).as("rework of %s after the rejection", m.story()).isPresent();
      }
    }
    assertThat(found).isPositive();

  }

  @Test
  void architecturalDebtSlowsItsAreaUntilTheRefactoringIsDone() {
    List<SimEvent> log = events(DisturbanceType.ARCHITECTURAL_DEBT_SURFACES, 17, 5);
    List<SimEvent> surfaced = ofType(log, "debt_surfaced");
    assertThat(surfaced).hasSize(5);
    List<SimEvent> recovered = ofType(log, "area_recovered");
    assertThat(recovered).isNotEmpty();
    double lost = 0;
    for (SimEvent r : recovered) {
      lost += Double.parseDouble(r.detail().substring(r.detail().indexOf("lost_hours=") + 11));
    }
    assertThat(lost).as("hours lost to the slowdown").isPositive();
    for (SimEvent s : surfaced) {
      if (s.sprint() < 5) { // the last sprint's refactoring may still be under way when the run ends
        assertThat(log).anyMatch(e -> e.type().equals("task_done") && e.task().equals(s.task()));
      }
    }
  }

  @Test
  void mergeConflictGivesTwoPairsIntegrationReworkInTurn() {
    List<SimEvent> log = events(DisturbanceType.MERGE_CONFLICT, 19, 4);
    List<SimEvent> conflicts = ofType(log, "merge_conflict");
    assertThat(conflicts).isNotEmpty();
    for (SimEvent c : conflicts) {
      assertThat(c.detail()).isNotEqualTo(c.story());
      var blocked = log.stream().filter(e -> e.type().equals("task_blocked") && e.detail().equals(c.task()))
          .findFirst().orElseThrow();
      assertThat(blocked.story()).isEqualTo(c.detail());
      assertThat(blocked.task()).contains("/I");
    }
    List<String> integrationDrivers = new ArrayList<>();
    for (SimEvent e : log) {
      if (e.type().equals("task_started") && e.task().contains("/I")) {
        integrationDrivers.add(e.member());
      }
    }
    assertThat(new HashSet<>(integrationDrivers)).hasSizeGreaterThan(1);
  }
}

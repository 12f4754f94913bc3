package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.WipLimits;
import org.sprintgym.sim.kernel.SimEvent;

/** Invariants of the sprint simulator, over random seeds, WIP limits, sprint lengths and backlogs. */
class SimulationPropertiesTest {

  private static TeamSimulation sim(long seed, int inProgress, int review, boolean pairing,
      int days, int stories) {
    SimConfig cfg = SimConfig.defaults().toBuilder()
        .wipLimits(new WipLimits(inProgress, review))
        .pairing(pairing)
        .sprintDays(days)
        .build();
    return TeamSimulation.builder(cfg, TestBacklogs.of(stories, seed ^ 0x5DEECE66DL), seed)
        .eventLog(true).build();
  }

  @Property(tries = 60)
  void storyPointsAreConserved(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int wip,
      @ForAll boolean pairing, @ForAll @IntRange(min = 10, max = 60) int stories) {
    for (SprintRecord r : sim(seed, wip, 2, pairing, 5, stories).run(6)) {
      assertThat(r.committedPoints())
          .as("sprint %d: committed = accepted + carried over + dropped", r.sprint())
          .isEqualTo(r.velocity() + r.carriedOverPoints() + r.droppedPoints());
      assertThat(r.storiesAccepted()).isLessThanOrEqualTo(r.storiesCommitted());
    }
  }

  @Property(tries = 60)
  void simulatedTimeNeverGoesBackwards(@ForAll long seed, @ForAll boolean tenDays) {
    var s = sim(seed, 4, 2, true, tenDays ? 10 : 5, 40);
    s.run(5);
    double last = Double.NEGATIVE_INFINITY;
    int lastSprint = 0;
    for (SimEvent e : s.events()) {
      assertThat(e.time()).as("time of %s", e).isGreaterThanOrEqualTo(last);
      assertThat(e.sprint()).isGreaterThanOrEqualTo(lastSprint);
      last = e.time();
      lastSprint = e.sprint();
    }
    assertThat(s.now()).isEqualTo(last);
  }

  @Property(tries = 60)
  void noStoryIsAcceptedWithoutPassingQa(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int wip) {
    var s = sim(seed, wip, 1, true, 5, 40);
    s.run(6);
    Map<String, String> lastQa = new HashMap<>();
    Set<String> workedSinceQa = new HashSet<>();
    int accepted = 0;
    for (SimEvent e : s.events()) {
      switch (e.type()) {
        case "qa_passed", "qa_rejected", "po_rejected" -> {
          lastQa.put(e.story(), e.type());
          workedSinceQa.remove(e.story());
        }
        case "task_done" -> workedSinceQa.add(e.story());
        case "po_accepted" -> {
          accepted++;
          assertThat(lastQa.get(e.story())).as("last QA decision before %s", e).isEqualTo("qa_passed");
          assertThat(workedSinceQa).as("work after QA passed on %s", e.story()).doesNotContain(e.story());
        }
        default -> { }
      }
    }
    assertThat(accepted).isPositive();
  }

  @Property(tries = 60)
  void wipLimitsAreNeverExceeded(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int inProgress,
      @ForAll @IntRange(min = 1, max = 3) int review, @ForAll boolean pairing) {
    var s = sim(seed, inProgress, review, pairing, 5, 50);
    s.run(6);
    Map<String, CardState> state = new HashMap<>();
    for (SimEvent e : s.events()) {
      if (!e.type().equals("card_state")) {
        continue;
      }
      state.put(e.story(), CardState.valueOf(e.detail()));
      long ip = state.values().stream().filter(c -> c == CardState.IN_PROGRESS).count();
      long rv = state.values().stream().filter(c -> c == CardState.REVIEW).count();
      assertThat(ip).as("in progress at %s", e).isLessThanOrEqualTo(inProgress);
      assertThat(rv).as("in review at %s", e).isLessThanOrEqualTo(review);
    }
  }

  @Property(tries = 60)
  void noTaskStartsBeforeItsDependenciesAreDone(@ForAll long seed, @ForAll boolean pairing) {
    var s = sim(seed, 4, 2, pairing, 5, 40);
    s.run(6);
    Map<String, List<String>> deps = new HashMap<>();
    Set<String> done = new HashSet<>();
    int started = 0;
    for (SimEvent e : s.events()) {
      switch (e.type()) {
        case "task_planned" -> {
          String list = e.detail().substring("deps=".length());
          deps.put(e.task(), list.isEmpty() ? List.of() : List.of(list.split(",")));
        }
        case "task_started" -> {
          started++;
          assertThat(done).as("dependencies of %s", e.task()).containsAll(deps.getOrDefault(e.task(), List.of()));
        }
        case "task_done" -> done.add(e.task());
        default -> { }
      }
    }
    assertThat(started).isPositive();
  }

  @Property(tries = 30)
  void sameSeedGivesTheSameEventLog(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int wip) {
    var a = sim(seed, wip, 2, true, 5, 40);
    var b = sim(seed, wip, 2, true, 5, 40);
    assertThat(a.run(5)).isEqualTo(b.run(5));
    assertThat(a.events()).isEqualTo(b.events());
  }
}

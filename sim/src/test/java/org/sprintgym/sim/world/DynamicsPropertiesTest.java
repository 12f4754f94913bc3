package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DisturbanceSettings;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.SwapMode;
import org.sprintgym.sim.config.SwapSettings;
import org.sprintgym.sim.config.TurnoverSettings;
import org.sprintgym.sim.config.WipLimits;
import org.sprintgym.sim.kernel.SimEvent;

/** The simulator's invariants still hold with every dynamic switched on. */
class DynamicsPropertiesTest {

  private static TeamSimulation sim(long seed, int wip) {
    SimConfig cfg = SimConfig.defaults().toBuilder()
        .wipLimits(new WipLimits(wip, 2))
        .disturbances(DisturbanceSettings.aatDefault(true).withLimits(0.4, 0.2))
        .swapping(SwapSettings.aatDefault(SwapMode.FREE))
        .turnover(TurnoverSettings.aatDefault(true).with(1, 0.3))
        .build();
    return TeamSimulation.builder(cfg, TestBacklogs.of(50, seed ^ 0x5DEECE66DL), seed).eventLog(true).build();
  }

  @Property(tries = 30)
  void pointsWipDependenciesAndBlastRadiusHold(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int wip) {
    var s = sim(seed, wip);
    List<SprintRecord> records = s.run(6);
    for (SprintRecord r : records) {
      assertThat(r.committedPoints()).isEqualTo(r.velocity() + r.carriedOverPoints() + r.droppedPoints());
      double v = r.disturbances().stream().mapToDouble(d -> (Double) d.get("velocity_impact")).sum();
      assertThat(v).isLessThanOrEqualTo(0.4);
      assertThat(r.knowledgeCoverage()).isBetween(0.0, 1.0);
    }
    Map<String, CardState> state = new HashMap<>();
    Map<String, List<String>> deps = new HashMap<>();
    Set<String> done = new HashSet<>();
    for (SimEvent e : s.events()) {
      switch (e.type()) {
        case "card_state" -> {
          state.put(e.story(), CardState.valueOf(e.detail()));
          assertThat(state.values().stream().filter(c -> c == CardState.IN_PROGRESS).count()).isLessThanOrEqualTo(wip);
        }
        case "task_planned" -> {
          String list = e.detail().substring("deps=".length());
          deps.put(e.task(), new ArrayList<>(list.isEmpty() ? List.of() : List.of(list.split(","))));
        }
        case "task_blocked" -> deps.computeIfAbsent(e.task(), k -> new ArrayList<>()).add(e.detail());
        case "task_done" -> {
          assertThat(done).as("dependencies of %s", e.task()).containsAll(deps.getOrDefault(e.task(), List.of()));
          done.add(e.task());
        }
        default -> { }
      }
    }
  }

  @Property(tries = 15)
  void sameSeedSameWorld(@ForAll long seed) {
    var a = sim(seed, 4);
    var b = sim(seed, 4);
    assertThat(a.run(5)).isEqualTo(b.run(5));
    assertThat(a.events()).isEqualTo(b.events());
  }
}

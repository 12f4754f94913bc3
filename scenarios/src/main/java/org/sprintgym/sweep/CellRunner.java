package org.sprintgym.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.sim.world.Portfolio;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;

/**
 * Simulates one cell of a sweep for every seed and reduces each replication to one row of
 * metrics. A pure function of (scenario, overrides, seeds): the local and the Spark executors
 * call exactly this, so their results agree to the last digit. Serializable inputs only (paths as
 * strings) so that a Spark task can carry it.
 */
public final class CellRunner {
  /** The metric columns of results.csv, in order. */
  public static final List<String> METRICS = List.of("sprints_run", "points_accepted",
      "velocity_mean", "stories_accepted", "qa_rejections", "po_rejections", "defects_escaped",
      "cycle_time_days_mean", "wip_mean", "rework_hours", "person_hours");

  private CellRunner() {}

  /** One row per seed: the metric values as CSV-ready text. */
  public static List<List<String>> run(String scenarioFile, Map<String, String> cell,
      long[] seeds) {
    Scenario s = ScenarioLoader.load(java.nio.file.Path.of(scenarioFile), SweepLoader.sets(cell));
    Backlog backlog = s.loadBacklog(new java.util.ArrayList<>());
    int sprints = s.simulation().orElseThrow().sprints();
    boolean multi = !s.config().portfolio().teams().isEmpty();
    var rows = new ArrayList<List<String>>();
    for (long seed : seeds) {
      List<SprintRecord> records = multi
          ? Portfolio.builder(s.config(), backlog, seed).build().run(sprints)
          : TeamSimulation.builder(s.config(), backlog, seed).build().run(sprints);
      rows.add(metrics(records));
    }
    return rows;
  }

  static List<String> metrics(List<SprintRecord> r) {
    int n = r.size();
    int points = r.stream().mapToInt(SprintRecord::velocity).sum();
    var cycle = r.stream().filter(x -> x.cycleTimeDaysAvg() != null)
        .mapToDouble(SprintRecord::cycleTimeDaysAvg).toArray();
    return List.of(Integer.toString(n), Integer.toString(points),
        n == 0 ? "" : Double.toString(points / (double) n),
        Integer.toString(r.stream().mapToInt(SprintRecord::storiesAccepted).sum()),
        Integer.toString(r.stream().mapToInt(SprintRecord::qaRejections).sum()),
        Integer.toString(r.stream().mapToInt(SprintRecord::poRejections).sum()),
        Integer.toString(r.stream().mapToInt(SprintRecord::defectsEscaped).sum()),
        cycle.length == 0 ? "" : Double.toString(Stats.orderedMean(cycle)),
        n == 0 ? "" : Double.toString(
            Stats.orderedMean(r.stream().mapToDouble(SprintRecord::wipAvg).toArray())),
        Double.toString(r.stream().mapToDouble(SprintRecord::reworkHours).sum()),
        Double.toString(r.stream().mapToDouble(SprintRecord::personHours).sum()));
  }
}

package org.sprintgym.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.world.SprintRecord;

/** The {@code summary.json} of a simulation: totals and per-metric statistics over sprints. */
final class SimulationSummary {
  private SimulationSummary() {}

  /**
   * @param exhausted whether the (last replication's) backlog ran out of work
   * @param remaining stories not accepted at the end (of the last replication)
   */
  static Map<String, Object> of(List<SprintRecord> records, int requested, boolean exhausted,
      int remaining, Backlog backlog) {
    var m = new LinkedHashMap<String, Object>();
    m.put("sprints_requested", requested);
    m.put("sprints_run", records.size());
    m.put("backlog_exhausted", exhausted);
    m.put("stopped_early", records.size() < requested);
    if (records.size() < requested) {
      m.put("stop_reason", "the backlog ran out of work after sprint " + records.size());
    }
    m.put("backlog_stories", backlog.stories().size());
    m.put("backlog_points", backlog.totalPoints());
    m.put("stories_remaining", remaining);
    m.put("points_accepted", records.stream().mapToInt(SprintRecord::velocity).sum());
    m.put("stories_accepted", records.stream().mapToInt(SprintRecord::storiesAccepted).sum());
    m.put("qa_rejections", records.stream().mapToInt(SprintRecord::qaRejections).sum());
    m.put("po_rejections", records.stream().mapToInt(SprintRecord::poRejections).sum());
    m.put("defects_escaped", records.stream().mapToInt(SprintRecord::defectsEscaped).sum());
    var stats = new LinkedHashMap<String, Object>();
    stats.put("velocity", stats(records, r -> r.velocity()));
    stats.put("committed_points", stats(records, r -> r.committedPoints()));
    stats.put("cycle_time_days_avg", stats(records.stream()
        .filter(r -> r.cycleTimeDaysAvg() != null).toList(), SprintRecord::cycleTimeDaysAvg));
    stats.put("wip_avg", stats(records, SprintRecord::wipAvg));
    stats.put("qa_rejections", stats(records, r -> r.qaRejections()));
    stats.put("po_rejections", stats(records, r -> r.poRejections()));
    stats.put("defects_escaped", stats(records, r -> r.defectsEscaped()));
    stats.put("person_hours", stats(records, SprintRecord::personHours));
    stats.put("rework_hours", stats(records, SprintRecord::reworkHours));
    m.put("per_sprint", stats);
    return m;
  }

  private static Map<String, Object> stats(List<SprintRecord> records, ToDoubleFunction<SprintRecord> f) {
    var d = new DescriptiveStatistics();
    records.forEach(r -> d.addValue(f.applyAsDouble(r)));
    var m = new LinkedHashMap<String, Object>();
    m.put("n", d.getN());
    if (d.getN() > 0) {
      m.put("mean", round(d.getMean()));
      m.put("sd", round(d.getN() > 1 ? d.getStandardDeviation() : 0.0));
      m.put("min", round(d.getMin()));
      m.put("median", round(d.getPercentile(50)));
      m.put("max", round(d.getMax()));
    }
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}

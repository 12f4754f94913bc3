package org.sprintgym.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.StoryEffort;

/**
 * The metrics {@code compare} reports for one replication of one arm: per-sprint metrics as their
 * mean over the replication's sprints (team-sprints with several teams), run totals, and the
 * estimation error of the stories accepted. NaN where there is nothing to average.
 */
final class ReplicationMetrics {
  private ReplicationMetrics() {}

  /** Per-sprint metrics, averaged over a replication's sprint records. */
  static final Map<String, ToDoubleFunction<SprintRecord>> PER_SPRINT = perSprint();

  private static Map<String, ToDoubleFunction<SprintRecord>> perSprint() {
    var m = new LinkedHashMap<String, ToDoubleFunction<SprintRecord>>();
    m.put("velocity", SprintRecord::velocity);
    m.put("committed_points", SprintRecord::committedPoints);
    m.put("stories_accepted", SprintRecord::storiesAccepted);
    m.put("cycle_time_days", r -> r.cycleTimeDaysAvg() == null ? Double.NaN : r.cycleTimeDaysAvg());
    m.put("wip_avg", SprintRecord::wipAvg);
    m.put("qa_rejections", SprintRecord::qaRejections);
    m.put("po_rejections", SprintRecord::poRejections);
    m.put("defects_escaped", SprintRecord::defectsEscaped);
    m.put("defects_found_qa", SprintRecord::defectsFoundQa);
    m.put("defects_caught_dev", SprintRecord::defectsCaughtDev);
    m.put("hidden_criteria_missed", SprintRecord::hiddenCriteriaMissed);
    m.put("person_hours", SprintRecord::personHours);
    m.put("rework_hours", SprintRecord::reworkHours);
    m.put("capacity_hours", SprintRecord::capacityHours);
    m.put("capacity_used", r -> r.capacityHours() == 0 ? Double.NaN : r.personHours() / r.capacityHours());
    m.put("coverage", SprintRecord::coverage);
    m.put("knowledge_coverage", SprintRecord::knowledgeCoverage);
    m.put("bus_factor", SprintRecord::busFactor);
    m.put("disturbances", r -> r.disturbances().size());
    m.put("team_size", r -> r.memberHours().size());
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Every metric of one replication, in report order. */
  static Map<String, Double> of(List<SprintRecord> records, List<StoryEffort> stories) {
    var out = new LinkedHashMap<String, Double>();
    PER_SPRINT.forEach((name, f) -> out.put(name, mean(records, f)));
    out.put("points_accepted_total", records.stream().mapToDouble(SprintRecord::velocity).sum());
    out.put("person_hours_total", records.stream().mapToDouble(SprintRecord::personHours).sum());
    out.put("rework_hours_total", records.stream().mapToDouble(SprintRecord::reworkHours).sum());
    out.put("defects_escaped_total", records.stream().mapToDouble(SprintRecord::defectsEscaped).sum());
    double person = out.get("person_hours_total");
    out.put("person_hours_per_point", out.get("points_accepted_total") == 0 ? Double.NaN
        : person / out.get("points_accepted_total"));
    out.put("story_effort_ratio", stories.stream().mapToDouble(StoryEffort::effortRatio)
        .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN));
    out.put("story_abs_log_error", stories.stream().mapToDouble(StoryEffort::effortRatio)
        .filter(v -> v > 0).map(v -> Math.abs(Math.log(v))).average().orElse(Double.NaN));
    return out;
  }

  /** Mean over the records that have a value (NaN when none has). */
  private static double mean(List<SprintRecord> records, ToDoubleFunction<SprintRecord> f) {
    return Stats.orderedMean(records.stream().mapToDouble(f).filter(v -> !Double.isNaN(v))
        .toArray());
  }

  /** What each metric means, for compare.md. */
  static final Map<String, String> MEANING = Map.ofEntries(
      Map.entry("velocity", "points accepted per sprint"),
      Map.entry("committed_points", "points committed per sprint"),
      Map.entry("stories_accepted", "stories accepted per sprint"),
      Map.entry("cycle_time_days", "working days from first task to acceptance"),
      Map.entry("wip_avg", "stories started, not accepted (daily mean)"),
      Map.entry("qa_rejections", "QA rejections per sprint"),
      Map.entry("po_rejections", "PO rejections per sprint"),
      Map.entry("defects_escaped", "defects escaped per sprint"),
      Map.entry("defects_found_qa", "defects QA found per sprint"),
      Map.entry("defects_caught_dev", "defects caught in development per sprint"),
      Map.entry("hidden_criteria_missed", "hidden criteria missed at review per sprint"),
      Map.entry("person_hours", "person-hours worked per sprint"),
      Map.entry("rework_hours", "person-hours of rework per sprint"),
      Map.entry("capacity_hours", "person-hours available per sprint"),
      Map.entry("capacity_used", "person-hours worked / available"),
      Map.entry("coverage", "test coverage proxy"),
      Map.entry("knowledge_coverage", "share of code areas with a holder"),
      Map.entry("bus_factor", "truck factor"),
      Map.entry("disturbances", "disturbances per sprint"),
      Map.entry("team_size", "members on the board"),
      Map.entry("points_accepted_total", "points accepted in the run"),
      Map.entry("person_hours_total", "person-hours in the run"),
      Map.entry("rework_hours_total", "rework person-hours in the run"),
      Map.entry("defects_escaped_total", "defects escaped in the run"),
      Map.entry("person_hours_per_point", "person-hours per accepted point"),
      Map.entry("story_effort_ratio", "story actual / estimated hours"),
      Map.entry("story_abs_log_error", "mean |log(actual / estimate)| of stories"));
}

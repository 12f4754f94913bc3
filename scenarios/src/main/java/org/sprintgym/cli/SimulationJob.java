package org.sprintgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.kernel.SimEvent;
import org.sprintgym.sim.world.Portfolio;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;

/**
 * A headless simulation run: one or more replications (seeds) of a team on a backlog, written
 * to an output folder atomically. Shared by {@code simulate} and scenario scripts of kind
 * {@code simulation}.
 *
 * @param config the team and process
 * @param backlog the backlog
 * @param seed root seed of the first replication; replication i uses {@code seed + i}
 * @param replications how many seeds
 * @param sprints sprints per replication
 * @param events whether to write events.jsonl
 * @param teams split the roster into this many teams; null: one team, unless the config lists
 *     teams (then those)
 */
record SimulationJob(SimConfig config, Backlog backlog, long seed, int replications, int sprints,
    boolean events, Integer teams) {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimulationJob.class);

  boolean multiTeam() {
    return teams != null || !config.portfolio().teams().isEmpty();
  }

  /** Every replication's sprint records, and whether the (last) backlog ran out. */
  private record Replications(List<SprintRecord> all, List<Long> seeds,
      List<List<SprintRecord>> byReplication, boolean exhausted, int remaining) {}

  /** Runs the replications, streaming sprints.jsonl (and events.jsonl) as they finish. */
  private Replications simulate(OutputDirectory dir, Map<String, Object> extra)
      throws IOException {
    ObjectMapper json = Json.mapper();
    var all = new ArrayList<SprintRecord>();
    var seeds = new ArrayList<Long>();
    var byReplication = new ArrayList<List<SprintRecord>>();
    boolean exhausted = false;
    int remaining = 0;
    try (BufferedWriter sprintsOut = dir.writer("sprints.jsonl");
        BufferedWriter eventsOut = events ? dir.writer("events.jsonl") : null;
        ProgressBar bar = Bars.open("simulate", replications, " replications")) {
      for (int r = 0; r < replications; r++) {
        long s = seed + r;
        var log = new ArrayList<Object>();
        List<SprintRecord> records;
        if (multiTeam()) {
          records = runTeams(s, log, extra);
        } else {
          var sim = TeamSimulation.builder(config, backlog, s).eventLog(events).build();
          records = sim.run(sprints);
          log.addAll(sim.events());
          exhausted = sim.backlogExhausted();
          remaining = sim.storiesRemaining();
        }
        byReplication.add(records);
        for (SprintRecord rec : records) {
          all.add(rec);
          seeds.add(s);
          sprintsOut.write(line(json, rec, s, replications > 1));
        }
        if (eventsOut != null) {
          for (Object e : log) {
            eventsOut.write(line(json, e, s, replications > 1));
          }
        }
        LOG.debug("replication {} (seed {}): {} sprints", r + 1, s, records.size());
        Bars.step(bar, 1);
      }
    }
    return new Replications(all, seeds, byReplication, exhausted, remaining);
  }

  /** Runs every replication and writes sprints.jsonl, summary.json, run.json (and events.jsonl). */
  void run(OutputDirectory dir, Map<String, Object> provenance, List<String> ignored,
      PrintWriter stdout) throws IOException {
    var extra = new LinkedHashMap<String, Object>();
    long t0 = System.nanoTime();
    Replications reps = simulate(dir, extra);
    var all = reps.all();
    boolean exhausted = reps.exhausted();
    int remaining = reps.remaining();
    double wallMs = (System.nanoTime() - t0) / 1e6;
    Map<String, Object> summary = SimulationSummary.of(all, sprints * replications, exhausted,
        remaining, backlog);
    summary.put("replications", replications);
    summary.putAll(extra);
    dir.writeString("summary.json", Json.prettyMapper().writeValueAsString(summary) + "\n");
    CsvTables.write(dir, "sprints.csv", CsvTables.rows(all, reps.seeds()));
    CsvTables.write(dir, "results.csv", resultRows(summary));
    String seeds = replications == 1 ? "seed " + seed
        : "seeds " + seed + ".." + (seed + replications - 1);
    dir.writeString("report.html", RunReport.simulate("Simulation, " + seeds, reps.byReplication()));
    var run = new LinkedHashMap<String, Object>(provenance);
    run.put("seed", seed);
    run.put("replications", replications);
    run.put("streams", streamSeeds(seed));
    run.put("sprints_requested", sprints);
    run.put("ignored_keys", ignored);
    run.put("resolved_config", config);
    run.putIfAbsent("coefficient_tables", config.coefficientValues());
    run.put("versions", Provenance.versions());
    run.put("wall_time_ms", Math.round(wallMs * 10) / 10.0);
    dir.writeString("run.json", Json.prettyMapper().writeValueAsString(run) + "\n");
    dir.commit();
    report(stdout, all, summary, ignored, dir.target(), wallMs);
  }

  /** summary.json's per-sprint statistics, one row per metric. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> resultRows(Map<String, Object> summary) {
    var rows = new ArrayList<Map<String, Object>>();
    ((Map<String, Object>) summary.get("per_sprint")).forEach((metric, stats) -> {
      var row = new LinkedHashMap<String, Object>();
      row.put("metric", metric);
      row.putAll((Map<String, Object>) stats);
      rows.add(row);
    });
    return rows;
  }

  /** Several teams, sprint-synchronous; events are tagged with their team. */
  private List<SprintRecord> runTeams(long s, List<Object> eventsOut, Map<String, Object> extra) {
    var builder = Portfolio.builder(config, backlog, s).eventLog(events);
    if (teams != null && config.portfolio().teams().isEmpty()) {
      builder.teams(teams);
    }
    Portfolio portfolio = builder.build();
    List<SprintRecord> records = portfolio.run(sprints);
    for (String team : portfolio.teamIds()) {
      for (SimEvent e : portfolio.events(team)) {
        var tagged = new LinkedHashMap<String, Object>();
        tagged.put("team", team);
        tagged.put("event", e);
        eventsOut.add(tagged);
      }
    }
    extra.put("teams", portfolio.teamIds());
    extra.put("assignment", portfolio.assignment());
    extra.put("borrows", records.stream().mapToInt(SprintRecord::borrowedIn).sum());
    return records;
  }

  /** One JSONL line; with several replications the record is prefixed by its seed. */
  private static String line(ObjectMapper json, Object value, long seed, boolean withSeed)
      throws IOException {
    if (!withSeed) {
      return json.writeValueAsString(value) + "\n";
    }
    ObjectNode node = json.createObjectNode();
    node.put("seed", seed);
    node.setAll((ObjectNode) json.valueToTree(value));
    return json.writeValueAsString(node) + "\n";
  }

  static Map<String, Object> streamSeeds(long seed) {
    var streams = new RandomStreams(seed);
    var named = new LinkedHashMap<String, Object>();
    for (String s : List.of("backlog", "kernel", "effort", "defects", "qa", "pairing", "refinement",
        "review", "disturbances", "attrition", "swapping")) {
      named.put(s, streams.seedOf(s));
    }
    return named;
  }

  private void report(PrintWriter out, List<SprintRecord> records,
      Map<String, Object> summary, List<String> ignored, Path dir, double wallMs) {
    if (!ignored.isEmpty()) {
      out.println("ignored (not modelled): " + String.join(", ", ignored));
    }
    if (replications == 1 && multiTeam()) {
      out.printf("%-18s %6s %9s %8s %6s %6s %9s%n", "team", "sprint", "committed", "velocity",
          "b_in", "b_out", "disturb");
      for (SprintRecord r : records) {
        out.printf("%-18s %6d %9d %8d %6d %6d %9d%n", r.team(), r.sprint(), r.committedPoints(),
            r.velocity(), r.borrowedIn(), r.borrowedOut(), r.disturbances().size());
      }
    } else if (replications == 1) {
      out.printf("%6s %9s %8s %8s %4s %4s %7s %6s %7s%n", "sprint", "committed", "velocity",
          "accepted", "qa", "po", "cycle_d", "wip", "escaped");
      for (SprintRecord r : records) {
        out.printf("%6d %9d %8d %8d %4d %4d %7s %6.2f %7d%n", r.sprint(), r.committedPoints(),
            r.velocity(), r.storiesAccepted(), r.qaRejections(), r.poRejections(),
            r.cycleTimeDaysAvg() == null ? "-" : String.format("%.2f", r.cycleTimeDaysAvg()),
            r.wipAvg(), r.defectsEscaped());
      }
      if (Boolean.TRUE.equals(summary.get("backlog_exhausted"))) {
        out.println("backlog exhausted after sprint " + records.size() + ": stopped early");
      }
    } else {
      @SuppressWarnings("unchecked")
      var v = (Map<String, Object>) ((Map<String, Object>) summary.get("per_sprint")).get("velocity");
      out.printf("%d replications: velocity mean %s, sd %s, median %s%n", replications, v.get("mean"),
          v.get("sd"), v.get("median"));
    }
    out.printf("%d sprints in %.1f ms (%.3f ms/sprint, JVM warm-up included); results in %s%n",
        records.size(), wallMs,
        records.isEmpty() ? 0 : wallMs / records.size(), dir);
  }
}

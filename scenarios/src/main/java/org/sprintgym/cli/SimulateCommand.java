package org.sprintgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.LoadedBacklog;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.kernel.SimEvent;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sprintgym simulate}: headless simulation of sprints with scripted members, no learning.
 * Writes {@code sprints.jsonl}, {@code summary.json} and {@code run.json} into a fresh folder,
 * atomically.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate sprints of a team working a backlog (headless, no learning).")
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--backlog", required = true, paramLabel = "FILE",
      description = "AAT-format backlog YAML (product: and stories:).")
  Path backlog;

  @Option(names = "--config", paramLabel = "FILE",
      description = "AAT experiment config YAML; modelled keys are applied, the others listed as ignored.")
  Path config;

  @Option(names = "--sprints", defaultValue = "10", paramLabel = "N",
      description = "Sprints to simulate, 1..10000 (default: ${DEFAULT-VALUE}).")
  int sprints;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Root seed; every random stream is derived from it (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: runs/simulate-<backlog>-s<seed>).")
  Path out;

  @Option(names = "--force", description = "Replace an existing output folder.")
  boolean force;

  @Option(names = "--events", description = "Also write the full event log as events.jsonl.")
  boolean events;

  @Option(names = "--teams", paramLabel = "K", description = "Teams working one shared backlog, "
      + "2..7 (copies of the config's team); default: the config's teams, else one team.")
  Integer teams;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.inRange(sprints, 1, 10_000, "--sprints");
    InputFiles.existing(backlog, "--backlog", "an AAT backlog YAML file");
    var streams = new RandomStreams(seed);
    LoadedBacklog loaded = AatBacklogReader.load(backlog, streams.seedOf("backlog"));
    SimConfig cfg = SimConfig.defaults();
    List<String> ignored = new ArrayList<>();
    if (config != null) {
      InputFiles.existing(config, "--config", "an AAT experiment config YAML file");
      var lc = AatConfigReader.read(config, cfg);
      cfg = lc.config();
      ignored.addAll(lc.ignoredKeys());
    }
    ignored.addAll(loaded.ignoredKeys());
    Path target = out != null ? out : Path.of("runs", "simulate-" + baseName(backlog) + "-s" + seed);
    if (teams != null || !cfg.portfolio().teams().isEmpty()) {
      return simulateTeams(cfg, loaded, ignored, streams, target, stdout);
    }

    var sim = TeamSimulation.builder(cfg, loaded.backlog(), seed).eventLog(events).build();
    long t0 = System.nanoTime();
    List<SprintRecord> records = sim.run(sprints);
    double wallMs = (System.nanoTime() - t0) / 1e6;

    ObjectMapper json = Json.mapper();
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", force)) {
      try (BufferedWriter w = dir.writer("sprints.jsonl")) {
        for (SprintRecord r : records) {
          w.write(json.writeValueAsString(r));
          w.write('\n');
        }
      }
      if (events) {
        try (BufferedWriter w = dir.writer("events.jsonl")) {
          for (SimEvent e : sim.events()) {
            w.write(json.writeValueAsString(e));
            w.write('\n');
          }
        }
      }
      Map<String, Object> summary = SimulationSummary.of(records, sprints, sim, loaded.backlog());
      dir.writeString("summary.json", Json.prettyMapper().writeValueAsString(summary) + "\n");
      dir.writeString("run.json", Json.prettyMapper().writeValueAsString(
          provenance(cfg, ignored, streams, wallMs, records.size())) + "\n");
      dir.commit();
      printReport(stdout, records, summary, ignored, dir.target(), wallMs);
    }
    return 0;
  }

  /** Several teams, sprint-synchronous: one line per team and sprint, with the team id. */
  private int simulateTeams(SimConfig cfg, LoadedBacklog loaded, List<String> ignored,
      RandomStreams streams, Path target, PrintWriter stdout) throws IOException {
    if (teams != null) {
      InputFiles.inRange(teams, 2, 7, "--teams");
      if (!cfg.portfolio().teams().isEmpty() && teams != cfg.portfolio().teams().size()) {
        throw org.sprintgym.sim.io.InputError.option("--teams", teams + " teams but the config lists "
            + cfg.portfolio().teams().size(), String.valueOf(cfg.portfolio().teams().size()));
      }
    }
    var builder = org.sprintgym.sim.world.Portfolio.builder(cfg, loaded.backlog(), seed).eventLog(events);
    if (teams != null && cfg.portfolio().teams().isEmpty()) {
      builder.teams(teams);
    }
    var portfolio = builder.build();
    long t0 = System.nanoTime();
    List<SprintRecord> records = portfolio.run(sprints);
    double wallMs = (System.nanoTime() - t0) / 1e6;
    ObjectMapper json = Json.mapper();
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", force)) {
      try (BufferedWriter w = dir.writer("sprints.jsonl")) {
        for (SprintRecord r : records) {
          w.write(json.writeValueAsString(r));
          w.write('\n');
        }
      }
      if (events) {
        try (BufferedWriter w = dir.writer("events.jsonl")) {
          for (String team : portfolio.teamIds()) {
            for (SimEvent e : portfolio.events(team)) {
              var line = new LinkedHashMap<String, Object>();
              line.put("team", team);
              line.put("event", e);
              w.write(json.writeValueAsString(line));
              w.write('\n');
            }
          }
        }
      }
      var summary = new LinkedHashMap<String, Object>();
      summary.put("teams", portfolio.teamIds());
      summary.put("sprints_run", sprints);
      summary.put("assignment", portfolio.assignment());
      summary.put("points_accepted", records.stream().mapToInt(SprintRecord::velocity).sum());
      summary.put("borrows", records.stream().mapToInt(SprintRecord::borrowedIn).sum());
      dir.writeString("summary.json", Json.prettyMapper().writeValueAsString(summary) + "\n");
      dir.writeString("run.json", Json.prettyMapper().writeValueAsString(
          provenance(cfg, ignored, streams, wallMs, sprints)) + "\n");
      dir.commit();
      if (!ignored.isEmpty()) {
        stdout.println("ignored (not modelled): " + String.join(", ", ignored));
      }
      stdout.printf("%-18s %6s %9s %8s %6s %6s %9s%n", "team", "sprint", "committed", "velocity",
          "b_in", "b_out", "disturb");
      for (SprintRecord r : records) {
        stdout.printf("%-18s %6d %9d %8d %6d %6d %9d%n", r.team(), r.sprint(), r.committedPoints(),
            r.velocity(), r.borrowedIn(), r.borrowedOut(), r.disturbances().size());
      }
      stdout.printf("%d teams x %d sprints in %.1f ms; results in %s%n", portfolio.teamIds().size(),
          sprints, wallMs, dir.target());
    }
    return 0;
  }

  private Map<String, Object> provenance(SimConfig cfg, List<String> ignored, RandomStreams streams,
      double wallMs, int sprintsRun) {
    var run = new LinkedHashMap<String, Object>();
    run.put("command", "simulate");
    run.put("seed", seed);
    var named = new LinkedHashMap<String, Object>();
    for (String s : List.of("backlog", "kernel", "effort", "defects", "qa", "pairing", "refinement",
        "review", "disturbances", "attrition", "swapping")) {
      named.put(s, streams.seedOf(s));
    }
    run.put("streams", named);
    run.put("backlog", Provenance.file(backlog));
    run.put("config", config == null ? null : Provenance.file(config));
    run.put("sprints_requested", sprints);
    run.put("sprints_run", sprintsRun);
    run.put("ignored_keys", ignored);
    run.put("resolved_config", cfg);
    run.put("versions", Provenance.versions());
    run.put("wall_time_ms", Math.round(wallMs * 10) / 10.0);
    return run;
  }

  private static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static void printReport(PrintWriter out, List<SprintRecord> records,
      Map<String, Object> summary, List<String> ignored, Path dir, double wallMs) {
    if (!ignored.isEmpty()) {
      out.println("ignored (not modelled): " + String.join(", ", ignored));
    }
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
    out.printf("%d sprints in %.1f ms (%.3f ms/sprint); results in %s%n", records.size(), wallMs,
        records.isEmpty() ? 0 : wallMs / records.size(), dir);
  }
}

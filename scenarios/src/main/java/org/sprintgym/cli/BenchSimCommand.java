package org.sprintgym.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.world.TeamSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym bench sim}: wall time per simulated sprint of the default 11-member team,
 * measured sprint by sprint after a JIT warm-up, printed as a table of percentiles.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
    description = "Milliseconds per simulated sprint for the default team (goal: median <= 20 ms).")
public final class BenchSimCommand implements Callable<Integer> {
  static final double GOAL_MS = 20.0;

  @Spec CommandSpec spec;

  @Option(names = "--runs", defaultValue = "40", description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--sprints", defaultValue = "20",
      description = "Sprints per run (default: ${DEFAULT-VALUE}).")
  int sprints;

  @Option(names = "--warmup", defaultValue = "20",
      description = "Unmeasured warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  // not shared with simulate and compare: optional here, with a generated default
  @Option(names = "--backlog", paramLabel = "FILE",
      description = "Backlog to simulate (default: a generated 300-story backlog).")
  Path backlogFile;

  // not SeedOption: the seed of the first run (the runs use seed, seed + 1, ...); label <seed>
  @Option(names = "--seed", defaultValue = "1", description = "Root seed of run 1 (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    InputFiles.inRange(runs, 1, 100_000, "--runs");
    InputFiles.inRange(sprints, 1, 10_000, "--sprints");
    InputFiles.inRange(warmup, 0, 100_000, "--warmup");
    Backlog backlog = backlogFile == null
        ? BacklogGenerator.generate(300, seed)
        : AatBacklogReader.read(InputFiles.existing(backlogFile, "--backlog", "an AAT backlog YAML file"), seed);
    SimConfig cfg = SimConfig.defaults();
    for (int i = 0; i < warmup; i++) {
      TeamSimulation.builder(cfg, backlog, seed + 1_000_000 + i).build().run(sprints);
    }
    double[] ms = new double[runs * sprints];
    int n = 0;
    for (int r = 0; r < runs; r++) {
      var sim = TeamSimulation.builder(cfg, backlog, seed + r).build();
      for (int s = 0; s < sprints; s++) {
        long t0 = System.nanoTime();
        if (sim.nextSprint().isEmpty()) {
          break;
        }
        ms[n++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    double[] sorted = Arrays.copyOf(ms, n);
    Arrays.sort(sorted);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("bench sim: default team (%d members), %d-day sprints, backlog %s (%d stories)%n",
        cfg.team().members().size(), cfg.sprintDays(), backlog.source(), backlog.stories().size());
    out.printf("%-22s %12s%n", "metric", "value");
    out.printf("%-22s %12d%n", "sprints measured", n);
    out.printf("%-22s %12.3f%n", "ms/sprint p10", pct(sorted, 10));
    out.printf("%-22s %12.3f%n", "ms/sprint median", pct(sorted, 50));
    out.printf("%-22s %12.3f%n", "ms/sprint p90", pct(sorted, 90));
    out.printf("%-22s %12.3f%n", "ms/sprint p99", pct(sorted, 99));
    out.printf("%-22s %12.3f%n", "ms/sprint mean", Arrays.stream(sorted).average().orElse(0));
    out.printf("%-22s %12.1f%n", "sprints/second", n / Math.max(1e-9, Arrays.stream(sorted).sum() / 1000));
    double median = pct(sorted, 50);
    out.printf("goal: median <= %.0f ms per sprint: %s%n", GOAL_MS, median <= GOAL_MS ? "met" : "NOT met");
    return 0;
  }

  private static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}

package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sweep.SparkExecutor;
import org.sprintgym.sweep.SparkMaster;
import org.sprintgym.sweep.Sweep;
import org.sprintgym.sweep.SweepLoader;
import org.sprintgym.sweep.SweepRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym sweep SWEEP.yaml}: a grid or random sample over scenario parameters x seeds,
 * cells in parallel, resumable; writes {@code results.csv} and a summary.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a parameter sweep over a scenario script (see scenarios/SCHEMA.md, Sweeps).")
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<name>);"
      + " re-running into it skips finished cells.")
  Path out;

  @Option(names = "--threads", paramLabel = "T",
      description = "Cells in parallel, 1..64 (default: 1); results do not depend on it.")
  Integer threads;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run the cells on Apache Spark: local[N] (embedded, N threads) or a cluster's"
          + " master URL (spark://HOST:PORT); results.csv is the same as without it.")
  String spark;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.existing(file, "SWEEP", "a sweep YAML file");
    if (threads != null) {
      InputFiles.inRange(threads, 1, 64, "--threads");
    }
    SparkMaster master = null;
    if (spark != null) {
      master = SparkMaster.of(spark);
      if (threads != null) {
        throw InputError.option("--threads", "sets the local executor, not Spark's",
            "--threads without --spark, or local[N] to give Spark N threads");
      }
    }
    Sweep sweep = SweepLoader.load(file);
    Path dir = out != null ? out : Path.of("runs", sweep.name());
    long t0 = System.nanoTime();
    SweepRun.Outcome o;
    if (master == null) {
      o = run(sweep, dir, SweepRun.local(threads == null ? 1 : threads));
    } else {
      try (SparkExecutor executor = SparkExecutor.on(master, "sprintgym sweep " + sweep.name(),
          line -> {
            stdout.println(line);
            stdout.flush();
          })) {
        o = run(sweep, dir, executor);
      }
    }
    stdout.printf("sweep %s: %d cells x %d seeds; %d run, %d already done (skipped) in %.1f s;"
            + " results in %s%n", sweep.name(), o.cells(), sweep.seeds(), o.ran(), o.skipped(),
        (System.nanoTime() - t0) / 1e9, o.results());
    return 0;
  }

  private static SweepRun.Outcome run(Sweep sweep, Path dir, SweepRun.Executor executor)
      throws IOException {
    try (ProgressBar bar = progressBar(sweep)) {
      return SweepRun.run(sweep, dir, executor, n -> {
        if (bar != null) {
          bar.stepBy(n);
        }
      });
    }
  }

  // quiet unless a person is watching: no bar when stdout is not a terminal (CI, pipes)
  private static ProgressBar progressBar(Sweep sweep) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("sweep " + sweep.name())
        .setInitialMax(sweep.cells().size()).setUnit(" cells", 1).build();
  }
}

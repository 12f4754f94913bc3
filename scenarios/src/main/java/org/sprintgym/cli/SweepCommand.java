package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sprintgym.sim.io.InputError;
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

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Cells in parallel, 1..64 (default: 1); results do not depend on it.")
  int threads;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Apache Spark master (e.g. local[2]): not in this build yet; refused.")
  String spark;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.existing(file, "SWEEP", "a sweep YAML file");
    InputFiles.inRange(threads, 1, 64, "--threads");
    if (spark != null) {
      throw InputError.option("--spark", "this build has no Spark executor",
          "run without --spark (the local executor gives the same results.csv)");
    }
    Sweep sweep = SweepLoader.load(file);
    Path dir = out != null ? out : Path.of("runs", sweep.name());
    long t0 = System.nanoTime();
    SweepRun.Outcome o;
    try (ProgressBar bar = progressBar(sweep)) {
      o = SweepRun.run(sweep, dir, SweepRun.local(threads), n -> {
        if (bar != null) {
          bar.stepBy(n);
        }
      });
    }
    stdout.printf("sweep %s: %d cells x %d seeds; %d run, %d already done (skipped) in %.1f s;"
            + " results in %s%n", sweep.name(), o.cells(), sweep.seeds(), o.ran(), o.skipped(),
        (System.nanoTime() - t0) / 1e9, o.results());
    return 0;
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

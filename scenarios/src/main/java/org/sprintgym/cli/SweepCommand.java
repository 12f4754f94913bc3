package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.evaluation.search.HyperparameterSearch;
import org.sprintgym.evaluation.search.Search;
import org.sprintgym.sweep.ScenarioSearch;
import org.sprintgym.sweep.SearchLoader;
import org.sprintgym.evaluation.search.SearchRun;
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
    description = "Run a parameter sweep over a scenario script, or a hyperparameter search over"
        + " a curriculum's training settings (see scenarios/SCHEMA.md, Sweeps).")
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

  // not shared with train and run: here DIR is a parent folder, one subfolder per trial
  @Option(names = "--tensorboard", paramLabel = "DIR",
      description = "A search's trainings also write TensorBoard event files, each into"
          + " DIR/trial-NNN-bB.")
  Path tensorboard;

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
    if (tensorboard != null && !SweepLoader.isSearch(file)) {
      throw InputError.option("--tensorboard", "only a hyperparameter search trains policies",
          "a sweep file with a search: section");
    }
    if (SweepLoader.isSearch(file)) {
      if (master != null || threads != null) {
        throw InputError.option(master != null ? "--spark" : "--threads",
            "a hyperparameter search trains its trials one after another on this machine",
            "a grid or random sweep, or the search without this option");
      }
      return search(SearchLoader.load(file), stdout);
    }
    Sweep sweep = SweepLoader.load(file);
    Path dir = out != null ? out : Path.of("runs", sweep.name());
    long t0 = System.nanoTime();
    SweepRun.SweepOutcome o;
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

  private Integer search(Search search, PrintWriter stdout) throws IOException {
    Path dir = out != null ? out : Path.of("runs", search.name());
    NativeThreads.limit(1);
    long t0 = System.nanoTime();
    SearchRun.Result r;
    try (ProgressBar bar = Bars.open("search " + search.name(),
        HyperparameterSearch.evaluations(search), " trainings")) {
      r = ScenarioSearch.run(search, dir, Provenance.versions(), tensorboard,
          n -> Bars.step(bar, n));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    for (HyperparameterSearch.Rung rung : r.outcome().rungs()) {
      stdout.printf(Locale.ROOT, "rung %d: %d trial%s at %d episodes per stage; kept %s%n",
          rung.index(), rung.measured().size(), rung.measured().size() == 1 ? "" : "s",
          rung.budget(), String.join(", ", rung.kept().stream().map(Search::trialId).toList()));
    }
    stdout.println(SearchRun.describeBest(search, r.outcome()));
    stdout.printf(Locale.ROOT, "search %s (%s, %s %s): %d trainings run, %d already done (skipped)"
            + " in %.1f s; rungs.csv and %s%n", search.name(), search.method().key(),
        search.goal().key(), search.metric(), r.trained(), r.reused(),
        (System.nanoTime() - t0) / 1e9, r.best());
    return 0;
  }

  private static SweepRun.SweepOutcome run(Sweep sweep, Path dir, SweepRun.Executor executor)
      throws IOException {
    try (ProgressBar bar = Bars.open("sweep " + sweep.name(), sweep.cells().size(), " cells")) {
      return SweepRun.run(sweep, dir, executor, n -> Bars.step(bar, n));
    }
  }
}

package org.sprintgym.evaluation.curriculum;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sprintgym.evaluation.report.CriterionResult;
import org.sprintgym.evaluation.report.CurriculumReport;
import org.sprintgym.evaluation.report.ReportWriter;
import org.sprintgym.evaluation.report.StageReport;
import org.sprintgym.policy.Seeds;
import org.sprintgym.sim.io.InputError;

/**
 * {@code run} of a {@code kind: curriculum} scenario. Unlike a simulation, a curriculum writes in
 * its run folder as it goes (checkpoints must survive a kill so {@code --resume} can continue);
 * the report, registry and profiles are each replaced atomically.
 */
public final class CurriculumJob {
  private CurriculumJob() {}

  /**
   * What to run: a curriculum, its root seed and name, and where.
   *
   * @param resume continue the run whose checkpoint is in {@code dir}
   * @param force replace a non-empty {@code dir} (ignored with {@code resume})
   * @param provenance what the command knows about the run (scenario file, overrides, ...)
   */
  public record Request(CurriculumSpec spec, long seed, String name, Path dir, boolean resume,
      boolean force, Map<String, Object> provenance, Map<String, Object> versions,
      Path tensorboard) {
    public Request {
      java.util.Objects.requireNonNull(spec, "spec");
      provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
      versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /** A request without TensorBoard event files. */
    public Request(CurriculumSpec spec, long seed, String name, Path dir, boolean resume,
        boolean force, Map<String, Object> provenance, Map<String, Object> versions) {
      this(spec, seed, name, dir, resume, force, provenance, versions, null);
    }
  }

  /** Runs {@code request}, printing to {@code out}. */
  public static CurriculumReport run(Request request, PrintWriter out) {
    return run(request, out, (done, planned) -> { });
  }

  /** As above, telling {@code episodes} how many training episodes are done (for a bar). */
  public static CurriculumReport run(Request request, PrintWriter out,
      CurriculumRun.EpisodeProgress episodes) {
    CurriculumSpec spec = request.spec();
    Path dir = request.dir();
    boolean resume = request.resume();
    Map<String, Object> provenance = request.provenance();
    Map<String, Object> versions = request.versions();
    prepare(dir, resume, request.force());
    long t0 = System.nanoTime();
    var run = new CurriculumRun(spec, request.seed(), dir, out, count -> { },
        request.tensorboard()).reportingTo(episodes);
    var prov = new LinkedHashMap<String, Object>(provenance);
    prov.put("kind", "curriculum");
    prov.put("seed", request.seed());
    // what the episodes are simulated and rewarded with, unless the command recorded it
    prov.putIfAbsent("coefficient_tables", spec.coefficientTables());
    prov.put("seeds", seedStreams(run.seeds(), spec));
    prov.put("versions", versions);
    prov.put("difficulty", RunFiles.ordered("start", spec.difficulty().start(), "ramp",
        spec.difficulty().ramp(),
        "measure", "mean of story points / 8, ambiguity and true severity; harder training"
        + " situations are redrawn while the cap rises"));
    prov.put("resumed", resume);
    if (request.tensorboard() != null) {
      prov.put("tensorboard", request.tensorboard().toString());
    }
    run.files().writeJson(dir.resolve("run.json"), prov);
    run.run(resume);
    CurriculumReport report = new CurriculumReporter(run, spec).build(
        "SprintGym curriculum: " + request.name(), prov);
    ReportWriter.write(report, dir);
    run.files().writeJson(dir.resolve("profiles.json"), run.state().profiles());
    run.files().writeJson(dir.resolve("registry.json"), run.state().registry());
    prov.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
    run.files().writeJson(dir.resolve("run.json"), prov);
    summary(report, dir, out);
    return report;
  }

  private static Map<String, Object> seedStreams(Seeds seeds, CurriculumSpec spec) {
    var m = new LinkedHashMap<String, Object>();
    for (String s : new String[] {Seeds.INIT, Seeds.ADAPTER_INIT, "bc-traces", "bc-shuffle",
        "curriculum-train", "curriculum-validation", "curriculum-evaluation"}) {
      m.put(s, seeds.seed(s));
    }
    var eval = new long[spec.evaluation().seeds()];
    for (int i = 0; i < eval.length; i++) {
      eval[i] = PolicyEvaluator.seedOf(seeds.seed("curriculum-evaluation"), i);
    }
    m.put("evaluation_seeds", eval);
    var val = new long[spec.validation().seeds()];
    for (int i = 0; i < val.length; i++) {
      val[i] = PolicyEvaluator.seedOf(seeds.seed("curriculum-validation"), i);
    }
    m.put("validation_seeds", val);
    return m;
  }

  private static void prepare(Path dir, boolean resume, boolean force) {
    if (resume) {
      if (!CurriculumRun.resumable(dir)) {
        throw InputError.option("--resume", "no curriculum checkpoint in " + dir,
            "the --out folder of an interrupted curriculum run");
      }
      return;
    }
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw InputError.option("--out", dir + " exists and is not a folder", "a folder");
      }
      if (Files.isDirectory(dir) && !isEmpty(dir)) {
        if (!force) {
          throw InputError.option("--out", dir + " already exists and is not empty",
              "a new or empty folder, --force to replace it, or --resume to continue it");
        }
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            if (!p.equals(dir)) {
              Files.delete(p);
            }
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void summary(CurriculumReport report, Path dir, PrintWriter out) {
    for (StageReport s : report.stages()) {
      out.printf(Locale.ROOT, "stage %d %-24s %s after %d episodes%n", s.stage(), s.name(),
          s.graduated() ? "GRADUATED" : "NOT GRADUATED", s.episodes());
      for (CriterionResult c : s.criteria()) {
        out.printf(Locale.ROOT, "  %-24s %s %.3f  value %.3f [%.3f, %.3f] %s%n", c.name(),
            c.direction(), c.threshold(), c.value(), c.ci95()[0], c.ci95()[1],
            c.passed() ? "pass" : "fail");
      }
      s.notMeasured().keySet().forEach(n -> out.printf("  %-24s not measured%n", n));
      if (!s.comparison().isEmpty()) {
        out.printf(Locale.ROOT, "  vs best baseline %s: p = %.3g, P(trained > baseline) = %.2f%n",
            s.comparison().get("best_baseline"), (Double) s.comparison().get("p_value"),
            (Double) s.comparison().get("probability_of_superiority"));
      }
    }
    out.printf("report: %s%n", dir.resolve("report.html"));
  }
}

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
import java.util.concurrent.Callable;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.cli.options.ForceOption;
import org.sprintgym.cli.options.SeedOption;
import org.sprintgym.cli.options.TeamRunOptions;
import org.sprintgym.evaluation.report.Numbers;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.LoadedBacklog;
import org.sprintgym.sim.config.AatConfigReader.LoadedConfig;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.InterventionSpec;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.world.Portfolio;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.StoryEffort;
import org.sprintgym.sim.world.TeamSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym compare}: a paired what-if comparison. R replications of a base and a variant
 * configuration run on the same seeds (replication i: seed + i in both arms, so both face the same
 * random streams), and for each metric the mean of each arm, the mean paired difference with a 95%
 * confidence interval and the ratio are written to {@code compare.json} and {@code compare.md},
 * with each arm's sprint records and per-story effort records (estimate vs actual hours).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Paired what-if comparison of two configurations on the same seeds"
        + " (replication i uses seed S + i in both arms).")
public final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // not shared with simulate: this help text says that both arms share the backlog
  @Option(names = "--backlog", required = true, paramLabel = "FILE",
      description = "AAT-format backlog YAML, shared by both arms.")
  Path backlog;

  @Option(names = "--base", paramLabel = "CONFIG",
      description = "Experiment config of the base arm (default: the default team).")
  Path base;

  @Option(names = "--variant", paramLabel = "CONFIG",
      description = "Experiment config of the variant arm (default: the base's).")
  Path variant;

  // not shared with simulate: here an intervention applies to the variant arm only
  @Option(names = "--intervention", paramLabel = "SPEC",
      description = "Intervention added to the variant arm, repeatable: " + InterventionSpec.FORMS
          + ", e.g. pairing=off@3.")
  List<String> interventions = new ArrayList<>();

  @Option(names = "--base-intervention", paramLabel = "SPEC",
      description = "Intervention added to the base arm, repeatable (same forms).")
  List<String> baseInterventions = new ArrayList<>();

  @Mixin TeamRunOptions teamRun;

  @Option(names = "--replications", defaultValue = "30", paramLabel = "R",
      description = "Paired replications, 1..100000 (default: ${DEFAULT-VALUE}).")
  int replications;

  @Mixin SeedOption seedOption;

  // each folder command keeps its own --out: the default folder is named after the command
  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/compare-s<seed>).")
  Path out;

  @Mixin ForceOption forceOption;

  /** One arm's configuration, where it came from, and its results. */
  record Arm(String name, SimConfig config, Path file, List<String> ignored) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.inRange(sprints(), 1, 10_000, "--sprints");
    InputFiles.inRange(replications, 1, 100_000, "--replications");
    if (teams() != null) {
      InputFiles.inRange(teams(), 2, 7, "--teams");
    }
    InputFiles.existing(backlog, "--backlog", "an AAT backlog YAML file");
    LoadedBacklog loaded = AatBacklogReader.load(backlog, new RandomStreams(seed()).seedOf("backlog"));
    Backlog work = loaded.backlog();
    Arm baseArm = arm("base", base, "--base", baseInterventions, "--base-intervention", work);
    Arm variantArm = arm("variant", variant != null ? variant : base,
        variant != null ? "--variant" : "--base", interventions, "--intervention", work);
    Path target = out != null ? out : Path.of("runs", "compare-s" + seed());
    long t0 = System.nanoTime();
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", forceOption.force())) {
      Map<String, double[][]> values = new LinkedHashMap<>();
      Map<String, List<List<SprintRecord>>> arms = new LinkedHashMap<>();
      arms.put(baseArm.name(), runArm(baseArm, 0, loaded.backlog(), dir, values));
      arms.put(variantArm.name(), runArm(variantArm, 1, loaded.backlog(), dir, values));
      double wallS = (System.nanoTime() - t0) / 1e9;
      var results = new LinkedHashMap<String, PairedTTest>();
      values.forEach((metric, v) -> results.put(metric, PairedTTest.of(v[0], v[1])));
      Map<String, Double> holm = holm(results);
      writeReports(dir, baseArm, variantArm, results, holm, wallS, loaded.ignoredKeys());
      CsvTables.write(dir, "results.csv", resultRows(results, holm));
      dir.writeString("report.html", RunReport.compare("Paired comparison: variant vs base",
          arms, results, holm, replications + " replications x " + sprints() + " sprints, seeds "
              + seed() + ".." + (seed() + replications - 1) + " in both arms (common random numbers)."));
      dir.commit();
      report(stdout, results, wallS, dir.target());
    }
    return 0;
  }

  private Arm arm(String name, Path file, String fileOption, List<String> specs, String specOption,
      Backlog work) {
    SimConfig cfg = SimConfig.defaults();
    LoadedConfig lc = null;
    List<String> ignored = new ArrayList<>();
    if (file != null) {
      InputFiles.existing(file, fileOption, "an AAT experiment config YAML file");
      lc = AatConfigReader.read(file, cfg);
      cfg = lc.config();
      ignored.addAll(lc.ignoredKeys());
    }
    cfg = InterventionOptions.apply(cfg, lc, InterventionOptions.parse(specs, specOption),
        specOption, sprints());
    InterventionOptions.checkTeams(cfg, work, teams(), seed(),
        specs.isEmpty() ? fileOption : specOption);
    return new Arm(name, cfg, file, ignored);
  }

  private boolean multiTeam(SimConfig cfg) {
    return teams() != null || !cfg.portfolio().teams().isEmpty();
  }

  private Portfolio portfolio(SimConfig cfg, Backlog b, long s) {
    var builder = Portfolio.builder(cfg, b, s);
    if (teams() != null && cfg.portfolio().teams().isEmpty()) {
      builder.teams(teams());
    }
    return builder.build();
  }

  /** Holm-adjusted p values of the metrics, in the results' order (NaN: no test). */
  static Map<String, Double> holm(Map<String, PairedTTest> results) {
    var keys = new ArrayList<>(results.keySet());
    double[] adj = PairedTTest.holm(keys.stream().mapToDouble(k -> results.get(k).pValue())
        .toArray());
    var out = new LinkedHashMap<String, Double>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), adj[i]);
    }
    return out;
  }

  private static List<Map<String, Object>> resultRows(Map<String, PairedTTest> results,
      Map<String, Double> holm) {
    var rows = new ArrayList<Map<String, Object>>();
    results.forEach((k, c) -> {
      var row = new LinkedHashMap<String, Object>();
      row.put("metric", k);
      row.putAll(c.toMap());
      row.put("p_value", finite(c.pValue()));
      row.put("p_holm", finite(holm.get(k)));
      rows.add(row);
    });
    return rows;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /**
   * Runs every replication of one arm, writing its sprints and stories, keeping its metrics;
   * returns its sprint records per replication.
   */
  private List<List<SprintRecord>> runArm(Arm arm, int index, Backlog b, OutputDirectory dir,
      Map<String, double[][]> values) throws IOException {
    ObjectMapper json = Json.mapper();
    var byReplication = new ArrayList<List<SprintRecord>>();
    var all = new ArrayList<SprintRecord>();
    var seeds = new ArrayList<Long>();
    try (BufferedWriter sprintsOut = dir.writer("sprints-" + arm.name() + ".jsonl");
        BufferedWriter storiesOut = dir.writer("stories-" + arm.name() + ".jsonl")) {
      for (int r = 0; r < replications; r++) {
        long s = seed() + r;
        List<SprintRecord> records;
        List<StoryEffort> stories;
        if (multiTeam(arm.config())) {
          Portfolio p = portfolio(arm.config(), b, s);
          records = p.run(sprints());
          stories = p.storyEfforts();
        } else {
          TeamSimulation sim = TeamSimulation.builder(arm.config(), b, s).build();
          records = sim.run(sprints());
          stories = sim.storyEfforts();
        }
        byReplication.add(records);
        for (SprintRecord rec : records) {
          sprintsOut.write(line(json, rec, s));
          all.add(rec);
          seeds.add(s);
        }
        for (StoryEffort e : stories) {
          storiesOut.write(line(json, e, s));
        }
        final int rep = r;
        ReplicationMetrics.of(records, stories).forEach((metric, v) ->
            values.computeIfAbsent(metric, k -> new double[2][replications])[index][rep] = v);
      }
    }
    CsvTables.write(dir, "sprints-" + arm.name() + ".csv", CsvTables.rows(all, seeds));
    return byReplication;
  }

  private static String line(ObjectMapper json, Object value, long seed) throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("seed", seed);
    node.setAll((ObjectNode) json.valueToTree(value));
    return json.writeValueAsString(node) + "\n";
  }

  private void writeReports(OutputDirectory dir, Arm baseArm, Arm variantArm,
      Map<String, PairedTTest> results, Map<String, Double> holm, double wallS,
      List<String> backlogIgnored) throws IOException {
    var doc = new LinkedHashMap<String, Object>();
    doc.put("command", "compare");
    doc.put("backlog", Provenance.file(backlog));
    doc.put("seed", seed());
    doc.put("replications", replications);
    doc.put("sprints", sprints());
    doc.put("teams", teams());
    doc.put("seeds", "replication i uses seed + i in both arms (common random numbers)");
    for (Arm a : List.of(baseArm, variantArm)) {
      var m = new LinkedHashMap<String, Object>();
      m.put("config", a.file() == null ? null : Provenance.file(a.file()));
      m.put("interventions", a.config().interventions().stream().map(i -> i.spec()).toList());
      m.put("ignored_keys", a.ignored());
      m.put("resolved_config", a.config());
      doc.put(a.name(), m);
    }
    doc.put("backlog_ignored_keys", backlogIgnored);
    var metrics = new LinkedHashMap<String, Object>();
    results.forEach((k, v) -> {
      Map<String, Object> m = v.toMap();
      m.put("p_value", finite(v.pValue()));
      m.put("p_holm", finite(holm.get(k)));
      m.put("significant_holm", holm.get(k) < 0.05);
      metrics.put(k, m);
    });
    doc.put("metrics", metrics);
    doc.put("multiple_comparisons", "Holm's step-down correction of the paired t tests' p values"
        + " across the " + holm.values().stream().filter(p -> !Double.isNaN(p)).count()
        + " metrics with a test (p_holm; significant_holm at 0.05)");
    doc.put("versions", Provenance.versions());
    doc.put("wall_time_s", Math.round(wallS * 1000) / 1000.0);
    dir.writeString("compare.json", Json.prettyMapper().writeValueAsString(doc) + "\n");
    dir.writeString("compare.md", markdown(baseArm, variantArm, results, wallS));
  }

  private String markdown(Arm baseArm, Arm variantArm, Map<String, PairedTTest> results,
      double wallS) {
    var sb = new StringBuilder("# Paired comparison\n\n");
    sb.append("- backlog: `").append(backlog).append("`\n");
    for (Arm a : List.of(baseArm, variantArm)) {
      sb.append("- ").append(a.name()).append(": ")
          .append(a.file() == null ? "default team" : "`" + a.file() + "`");
      if (!a.config().interventions().isEmpty()) {
        sb.append(", interventions ").append(String.join(", ",
            a.config().interventions().stream().map(i -> "`" + i.spec() + "`").toList()));
      }
      sb.append('\n');
    }
    sb.append("- ").append(replications).append(" replications x ").append(sprints())
        .append(" sprints, seeds ").append(seed()).append("..").append(seed() + replications - 1)
        .append(" in both arms (common random numbers)\n");
    sb.append(String.format("- wall time %.2f s%n%n", wallS));
    sb.append("Per-sprint metrics are means over a replication's sprints; the difference is variant"
        + " - base, paired by seed, with a 95% t interval. * marks an interval that excludes 0."
        + " The paired t tests' p values, with Holm's correction across metrics, are in"
        + " compare.json (p_value, p_holm) and report.html (with the charts).\n\n");
    sb.append("| metric | meaning | base | variant | diff | 95% CI | ratio | n |\n");
    sb.append("|---|---|---:|---:|---:|---|---:|---:|\n");
    results.forEach((k, c) -> sb.append(String.format("| %s | %s | %s | %s | %s%s | %s | %s | %d |%n",
        k, ReplicationMetrics.MEANING.getOrDefault(k, ""), fmt(c.baseMean()), fmt(c.variantMean()),
        fmt(c.diffMean()), c.significant() ? " *" : "",
        c.ciLow() == null ? "-" : "[" + fmt(c.ciLow()) + ", " + fmt(c.ciHigh()) + "]",
        c.ratio() == null ? "-" : fmt(c.ratio()), c.n())));
    sb.append("\nPer-story effort records (estimate vs actual hours) are in `stories-base.jsonl` and"
        + " `stories-variant.jsonl`; sprint records in `sprints-base.jsonl` and"
        + " `sprints-variant.jsonl`.\n");
    return sb.toString();
  }

  // 3 significant digits like every report; compare.json keeps full precision
  private static String fmt(double v) {
    return Numbers.sig3(v);
  }

  private void report(PrintWriter outw, Map<String, PairedTTest> results, double wallS, Path dir) {
    outw.printf("%-24s %10s %10s %10s %22s %7s%n", "metric", "base", "variant", "diff", "95% CI",
        "ratio");
    results.forEach((k, c) -> outw.printf("%-24s %10s %10s %10s %22s %7s%n", k, fmt(c.baseMean()),
        fmt(c.variantMean()), fmt(c.diffMean()) + (c.significant() ? "*" : ""),
        c.ciLow() == null ? "-" : "[" + fmt(c.ciLow()) + ", " + fmt(c.ciHigh()) + "]",
        c.ratio() == null ? "-" : fmt(c.ratio())));
    outw.printf("%d replications x 2 arms x %d sprints in %.2f s wall time; results in %s%n",
        replications, sprints(), wallS, dir);
  }

  private long seed() {
    return seedOption.seed();
  }

  private int sprints() {
    return teamRun.sprints();
  }

  private Integer teams() {
    return teamRun.teams();
  }
}

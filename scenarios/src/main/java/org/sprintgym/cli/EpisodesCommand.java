package org.sprintgym.cli;

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
import org.sprintgym.cli.options.ForceOption;
import org.sprintgym.cli.options.SeedOption;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeTablesReader;

import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.Oracle;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.episode.TraceCodec;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.episode.judge.JudgeCalibration;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym episodes}: runs a scripted baseline on episodes of one type, a stage or all
 * types and writes {@code summary.json} (and {@code traces.jsonl}) atomically. {@code --count} is
 * the total number of episodes, split evenly over the selected types.
 */
@Command(
    name = "episodes",
    mixinStandardHelpOptions = true,
    description = "Run a scripted baseline on training episodes and summarise returns and judge"
        + " scores per type.")
public final class EpisodesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--type", defaultValue = "all", paramLabel = "TYPE",
      description = "An episode type (e.g. elicitation), stage1..stage4, or all (default: all).")
  String type;

  @Option(names = "--policy", defaultValue = "expert", paramLabel = "NAME",
      description = "random, conservative, balanced, aggressive, expert, oracle (the ceiling: reads the hidden truth), or the degenerate first_legal, end_now, probe_all (default: expert).")
  String policy;

  @Option(names = "--count", defaultValue = "1000", paramLabel = "N",
      description = "Episodes in all, split evenly over the types, 1..10000000 (default: 1000).")
  int count;

  @Mixin SeedOption seedOption;

  // each folder command keeps its own --out: the default folder is named after the command
  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: runs/episodes-<type>-<policy>-s<seed>).")
  Path out;

  @Option(names = "--traces", description = "Also write every episode to traces.jsonl.")
  boolean traces;

  // rollout workers (1..64, results independent of it), unlike serve's and sweep's --threads
  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Worker threads, 1..64 (default: 1); results do not depend on it.")
  int threads;

  @Mixin ForceOption forceOption;

  @Option(names = "--config", paramLabel = "FILE",
      description = "AAT experiment config YAML whose episode: section (a SprintGym extension)"
          + " sets the episode tables; --set applies on top. Its other keys are the world's and"
          + " do not act on the episodes.")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a key of an episode table, e.g. --set episode.judge.missed_purpose="
          + "0.5 or --set episode.rewards.phase_bonus=0 (repeatable; tables: rewards, judge,"
          + " outcome, cues, situations, types, difficulty).")
  List<String> settings = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<EpisodeType> types = types(type);
    BaselinePolicy baseline = Baselines.of(policy).orElseThrow(() -> InputError.option("--policy",
        "'" + policy + "' is not a baseline policy", String.join(", ", Baselines.ALL)));
    InputFiles.inRange(count, 1, 10_000_000, "--count");
    InputFiles.inRange(threads, 1, 64, "--threads");
    if (traces && count > 200_000) {
      throw InputError.option("--count", count + " episodes are too many to trace",
          "at most 200000 with --traces");
    }
    EpisodeConfig cfg = EpisodeOverrides.apply(config == null ? EpisodeTablesReader.Tables.defaults()
        : EpisodeTablesReader.readAatConfig(config), settings);
    int perType = Math.max(1, count / types.size());
    Path target = out != null ? out : Path.of("runs", "episodes-" + type + "-" + policy + "-s" + seed());
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", forceOption.force())) {
      var runner = new EpisodeRunner(cfg, SituationLibrary.of(cfg));
      EpisodeRunner.Run run = runner.run(types, baseline, policy, perType, seed(), threads, traces);
      // the ends of the normalised scale, on the same episode seeds (common random numbers)
      var random = runner.run(types, Baselines.random(), "random", perType, seed(), threads, false);
      var oracle = runner.run(types, Oracle.POLICY, "oracle", perType, seed(), threads, false);
      Map<String, Object> summary = summary(types, run, random, oracle);
      if (config != null) {
        summary.put("config", config.toString());
      }
      if (!settings.isEmpty()) {
        summary.put("overrides", List.copyOf(settings));
      }
      if (config != null || !settings.isEmpty()) {
        summary.put("episode_tables", cfg.coefficients().valuesWith(cfg.rewards()));
      }
      if (traces) {
        var codec = new TraceCodec();
        try (BufferedWriter w = dir.writer("traces.jsonl")) {
          for (EpisodeRunner.Result r : run.results()) {
            w.write(codec.toLine(r.trace().orElseThrow()));
            w.write('\n');
          }
        }
      }
      dir.writeString("summary.json", Json.prettyMapper().writeValueAsString(summary) + "\n");
      dir.commit();
      print(stdout, summary, run, dir.target());
    }
    return 0;
  }

  static List<EpisodeType> types(String key) {
    if (key.equals("all")) {
      return List.of(EpisodeType.values());
    }
    if (key.matches("stage[1-4]")) {
      return EpisodeType.ofStage(key.charAt(5) - '0');
    }
    return EpisodeType.ofKey(key).map(List::of).orElseThrow(() -> {
      var allowed = new ArrayList<String>();
      for (EpisodeType t : EpisodeType.values()) {
        allowed.add(t.key());
      }
      allowed.addAll(List.of("stage1", "stage2", "stage3", "stage4", "all"));
      return InputError.option("--type", "'" + key + "' is not an episode type",
          String.join(", ", allowed));
    });
  }

  private static double meanReturn(EpisodeRunner.Run run, EpisodeType t) {
    return run.results().stream().filter(r -> r.type() == t)
        .mapToDouble(EpisodeRunner.Result::episodeReturn).average().orElse(Double.NaN);
  }

  private Map<String, Object> summary(List<EpisodeType> types, EpisodeRunner.Run run,
      EpisodeRunner.Run random, EpisodeRunner.Run oracle) {
    var byType = new LinkedHashMap<String, Object>();
    var pairs = new ArrayList<JudgeCalibration.Pair>();
    for (EpisodeType t : types) {
      List<EpisodeRunner.Result> rs = run.results().stream().filter(r -> r.type() == t).toList();
      int n = rs.size();
      double ret = 0;
      double judge = 0;
      double judgeSq = 0;
      double outcome = 0;
      double length = 0;
      int terminated = 0;
      int truncated = 0;
      for (EpisodeRunner.Result r : rs) {
        ret += r.episodeReturn();
        judge += r.judge();
        judgeSq += r.judge() * r.judge();
        outcome += r.outcome();
        length += r.length();
        terminated += r.terminated() ? 1 : 0;
        truncated += r.truncated() ? 1 : 0;
        pairs.add(new JudgeCalibration.Pair(t.key() + "/" + r.index(), r.judge(), r.outcome()));
      }
      double mean = judge / n;
      double sd = n > 1 ? Math.sqrt(Math.max(0, (judgeSq - n * mean * mean) / (n - 1))) : 0;
      double half = 1.96 * sd / Math.sqrt(n);
      var row = new LinkedHashMap<String, Object>();
      row.put("episodes", n);
      row.put("mean_return", round(ret / n));
      double lo = meanReturn(random, t);
      double hi = meanReturn(oracle, t);
      row.put("random_return", round(lo));
      row.put("oracle_return", round(hi));
      // (score - random) / (oracle - random), as Atari's human-normalised score
      row.put("normalised_return", round(hi > lo ? (ret / n - lo) / (hi - lo) : Double.NaN));
      row.put("mean_judge", round(mean));
      row.put("judge_ci95", List.of(round(mean - half), round(mean + half)));
      row.put("mean_outcome", round(outcome / n));
      row.put("mean_length", round(length / n));
      row.put("terminated", terminated);
      row.put("truncated", truncated);
      row.put("graduation_threshold", t.graduationThreshold());
      byType.put(t.key(), row);
    }
    var calibration = JudgeCalibration.check(pairs);
    var s = new LinkedHashMap<String, Object>();
    s.put("policy", policy);
    s.put("seed", seed());
    s.put("threads", threads);
    s.put("types", byType);
    s.put("decisions", run.decisions());
    s.put("decisions_per_second", Math.round(run.decisionsPerSecond()));
    s.put("judge_outcome_disagreement_rate", round(calibration.rate()));
    return s;
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> summary, EpisodeRunner.Run run,
      Path dir) {
    out.printf("%-22s %8s %11s %10s %17s %10s %6s %10s%n", "type", "episodes", "mean_return",
        "mean_judge", "judge_ci95", "mean_len", "trunc", "normalised");
    var types = (Map<String, Map<String, Object>>) summary.get("types");
    for (var e : types.entrySet()) {
      var r = e.getValue();
      var ci = (List<Double>) r.get("judge_ci95");
      out.printf("%-22s %8d %11.4f %10.4f [%6.4f, %6.4f] %10.2f %6d %10.3f%n", e.getKey(),
          (Integer) r.get("episodes"), (Double) r.get("mean_return"), (Double) r.get("mean_judge"),
          ci.get(0), ci.get(1), (Double) r.get("mean_length"), (Integer) r.get("truncated"),
          (Double) r.get("normalised_return"));
    }
    out.printf("%d decisions in %.2f s: %d decisions/s; judge/outcome disagreement %.2f%%;"
        + " results in %s%n", run.decisions(), run.seconds(), summary.get("decisions_per_second"),
        100 * (Double) summary.get("judge_outcome_disagreement_rate"), dir);
  }

  private long seed() {
    return seedOption.seed();
  }
}

package org.sprintgym.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.sprintgym.cli.options.PpoConfigOption;
import org.sprintgym.cli.options.ResultsFileOption;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.Evaluation;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.policy.train.EnvCatalog;
import org.sprintgym.policy.train.HeldOutEvaluation;
import org.sprintgym.policy.train.TrainingSession;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.stats.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * PPO from scratch (no warm start) per episode type over seeds 1..K, against random, expert and
 * oracle on the same held-out episodes: PPO's mean return with a 95% t interval over seeds, PPO
 * minus expert paired by episode seed (each episode's return averaged over the seeds, minus the
 * expert's) with its 95% interval, normalised scores, the first training step at which the mean
 * training return (sampled actions) reached 90% of the expert's held-out return, and wall time.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
    description = "PPO from scratch per episode type against random, expert and oracle.")
public final class BenchLearnCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--type", description = "episode type(s) or sprint, comma-separated, or all"
      + " (default ${DEFAULT-VALUE})")
  String type = "all";

  // --steps, --seeds, --eval-episodes: not shared with bench cartpole, whose defaults differ
  // (100000 steps, 5 seeds, 100 greedy episodes) and whose help texts are its own
  @Option(names = "--steps", description = "env steps per seed (default ${DEFAULT-VALUE})")
  long steps = 300_000;

  @Option(names = "--seeds", description = "seeds, run as 1..K (default ${DEFAULT-VALUE})")
  int seeds = 3;

  @Option(names = "--eval-episodes", description = "held-out episodes (default ${DEFAULT-VALUE})")
  int evalEpisodes = 500;

  @Mixin PpoConfigOption ppo;

  @Mixin ResultsFileOption results;

  @Override
  public Integer call() throws Exception {
    List<String> types = types();
    if (steps < 1 || seeds < 1 || evalEpisodes < 2) {
      throw InputError.option("--steps/--seeds/--eval-episodes", "out of range",
          "steps >= 1, seeds >= 1, eval-episodes >= 2");
    }
    NativeThreads.limit(1);
    var w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "%-22s %7s %7s %7s %7s %17s %8s %17s %8s %8s %9s %7s%n", "type",
        "random", "expert", "oracle", "ppo", "ppo_ci95", "ppo-exp", "ppo-exp_ci95", "n_exp",
        "n_ppo", "to90%", "secs");
    w.flush();
    var byType = new LinkedHashMap<String, Object>();
    for (String t : types) {
      byType.put(t, one(t, w));
      w.flush();
    }
    if (results.out() != null) {
      var json = new LinkedHashMap<String, Object>();
      json.put("steps", steps);
      json.put("seeds", seeds);
      json.put("eval_episodes", evalEpisodes);
      json.put("types", byType);
      AtomicFiles.writeStringUnchecked(results.out(), Json.prettyMapper().writeValueAsString(json) + "\n");
    }
    return 0;
  }

  /** PPO's held-out results over the seeds, with when each seed first reached 90% of expert. */
  private record PpoRuns(double[] seedMeans, double[] perEpisode, List<Long> toNinety) {}

  private Map<String, Object> one(String env, java.io.PrintWriter w) {
    long t0 = System.nanoTime();
    long evalSeed = RandomStreams.derive(0xE7A1L, EpisodeType.ofKey(env).map(Enum::ordinal)
        .orElse(EpisodeType.values().length));
    var factory = EnvCatalog.factory(env);
    Map<String, double[]> refs = references(factory, evalSeed);
    double expert = mean(refs.get("expert"));
    PpoRuns runs = trainSeeds(env, factory, evalSeed, expert);
    double[] diff = new double[evalEpisodes];
    for (int k = 0; k < evalEpisodes; k++) {
      diff[k] = runs.perEpisode()[k] - refs.get("expert")[k];
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return row(env, refs, runs, diff, secs, w);
  }

  /** Each reference policy's returns on the held-out episodes. */
  private Map<String, double[]> references(IntFunction<Env> factory, long evalSeed) {
    var refs = new LinkedHashMap<String, double[]>();
    for (String name : HeldOutEvaluation.REFERENCES) {
      refs.put(name, HeldOutEvaluation.baseline(factory, name, evalEpisodes, evalSeed)[0]);
    }
    return refs;
  }

  /** PPO from scratch on seeds 1..K, each evaluated greedily on the held-out episodes. */
  private PpoRuns trainSeeds(String env, IntFunction<Env> factory, long evalSeed, double expert) {
    double[] seedMeans = new double[seeds];
    double[] perEpisode = new double[evalEpisodes];
    var toNinety = new ArrayList<Long>();
    for (int s = 1; s <= seeds; s++) {
      long reached = -1;
      try (var session = TrainingSession.fresh(env, s, steps, ppoSettings(env))) {
        while (!session.finished()) {
          UpdateStats u = session.update();
          if (reached < 0 && u.meanEpisodeReturn() >= 0.9 * expert) {
            reached = u.globalSteps();
          }
        }
        var seedsOf = new Seeds(s);
        Evaluation.Result r = Evaluation.run(session.net(), factory, evalEpisodes, 32, evalSeed,
            ActionMode.GREEDY, seedsOf.rng(Seeds.EVAL));
        seedMeans[s - 1] = r.mean();
        for (int k = 0; k < evalEpisodes; k++) {
          perEpisode[k] += r.returns()[k] / seeds;
        }
      }
      toNinety.add(reached);
    }
    return new PpoRuns(seedMeans, perEpisode, toNinety);
  }

  /** The type's JSON row, also printed as one table line. */
  private static Map<String, Object> row(String env, Map<String, double[]> refs, PpoRuns runs,
      double[] diff, double secs, java.io.PrintWriter w) {
    double expert = mean(refs.get("expert"));
    double lo = mean(refs.get("random"));
    double span = mean(refs.get("oracle")) - lo;
    double ppo = mean(runs.seedMeans());
    double[] ppoCi = ci(runs.seedMeans());
    double[] diffCi = ci(diff);
    var row = new LinkedHashMap<String, Object>();
    for (var e : refs.entrySet()) {
      row.put(e.getKey(), Map.of("mean_return", mean(e.getValue())));
    }
    var p = new LinkedHashMap<String, Object>();
    p.put("mean_return", ppo);
    p.put("ci95", List.of(ppoCi[0], ppoCi[1]));
    p.put("seed_means", runs.seedMeans());
    row.put("ppo", p);
    var d = new LinkedHashMap<String, Object>();
    d.put("mean", mean(diff));
    d.put("ci95", List.of(diffCi[0], diffCi[1]));
    row.put("ppo_minus_expert", d);
    var n = new LinkedHashMap<String, Object>();
    n.put("expert", (expert - lo) / span);
    n.put("ppo", (ppo - lo) / span);
    row.put("normalised", n);
    row.put("steps_to_90pct_expert", runs.toNinety());
    row.put("wall_seconds", secs);
    w.printf(Locale.ROOT, "%-22s %7.3f %7.3f %7.3f %7.3f [%6.3f, %6.3f] %+8.3f [%+6.3f, %+6.3f]"
            + " %8.3f %8.3f %9s %7.0f%n", env, lo, expert, lo + span, ppo, ppoCi[0], ppoCi[1],
        mean(diff), diffCi[0], diffCi[1], (expert - lo) / span, (ppo - lo) / span,
        median(runs.toNinety()), secs);
    return row;
  }

  private List<String> types() {
    if (type.equals("all")) {
      return java.util.Arrays.stream(EpisodeType.values()).map(EpisodeType::key).toList();
    }
    var out = new ArrayList<String>();
    for (String k : type.split(",")) {
      String key = k.trim();
      if (EpisodeType.ofKey(key).isEmpty() && !key.equals(EnvCatalog.SPRINT)) {
        throw InputError.option("--type", "'" + key + "' is not an episode type",
            "episode type keys or sprint, comma-separated, or all");
      }
      out.add(key);
    }
    return out;
  }

  private static String median(List<Long> v) {
    var s = v.stream().sorted().toList();
    long m = s.get(s.size() / 2);
    return m < 0 ? "never" : Long.toString(m);
  }

  private static double mean(double[] v) {
    return Stats.mean(v);
  }

  /** 95% t interval of the mean; a single value is its own interval. */
  private static double[] ci(double[] v) {
    Stats.Interval c = Stats.meanInterval(v, 0.95);
    return new double[] {c.low(), c.high()};
  }

  private org.sprintgym.policy.ppo.PpoConfig ppoSettings(String envName) {
    return ppo.configFor(envName);
  }
}

package org.sprintgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sprintgym.cli.options.NativeThreadsOption;
import org.sprintgym.cli.options.ResultsFileOption;
import org.sprintgym.policy.bench.CartPoleKnownAnswer;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** PPO with RL Zoo's CartPole-v1 settings over seeds 1..K; the known answer is ~500. */
@Command(name = "cartpole", mixinStandardHelpOptions = true,
    description = "PPO on CartPole-v1 over several seeds (known-answer benchmark).")
public final class BenchCartPoleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // --seeds, --steps, --eval-episodes: not shared with bench learn, whose defaults differ
  // (3 seeds, 300000 steps, 500 held-out episodes)
  @Option(names = "--seeds", description = "number of seeds, run as 1..K (default ${DEFAULT-VALUE})")
  int seeds = 5;

  @Option(names = "--steps", description = "env steps per seed (default ${DEFAULT-VALUE})")
  long steps = 100_000;

  @Option(names = "--eval-episodes", description = "greedy evaluation episodes (default ${DEFAULT-VALUE})")
  int evalEpisodes = 100;

  @Mixin ResultsFileOption results;

  @Mixin NativeThreadsOption nativeThreadsOption;

  @Override
  public Integer call() throws Exception {
    if (seeds < 1) {
      throw InputError.option("--seeds", seeds + " is not a number of seeds", ">= 1");
    }
    if (steps < 1 || evalEpisodes < 1 || nativeThreadsOption.nativeThreads() < 1) {
      throw InputError.option("--steps/--eval-episodes/--native-threads",
          "must be positive", ">= 1");
    }
    NativeThreads.limit(nativeThreadsOption.nativeThreads());
    var w = spec.commandLine().getOut();
    w.printf("%-6s %10s %18s %12s%n", "seed", "steps", "eval_mean_return", "samples/s");
    w.flush();
    List<Map<String, Object>> rows = new ArrayList<>();
    long totalSteps = 0;
    double totalSeconds = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      var r = CartPoleKnownAnswer.run(PpoConfig.rlZooCartPole(), seed, steps, evalEpisodes,
          u -> { });
      w.printf("%-6d %10d %18.1f %12.0f%n", r.seed(), r.steps(), r.evalMeanReturn(),
          r.samplesPerSecond());
      w.flush();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("seed", r.seed());
      row.put("steps", r.steps());
      row.put("eval_mean_return", r.evalMeanReturn());
      rows.add(row);
      totalSteps += r.steps();
      totalSeconds += r.steps() / r.samplesPerSecond();
    }
    double sps = totalSteps / totalSeconds;
    w.printf("samples/s over all seeds: %.0f%n", sps);
    if (results.out() != null) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("seeds", rows);
      json.put("samples_per_second", sps);
      AtomicFiles.writeStringUnchecked(results.out(),
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(json) + "\n");
    }
    return 0;
  }
}

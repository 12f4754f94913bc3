package org.sprintgym.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.cli.options.NativeThreadsOption;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.bench.CartPole;
import org.sprintgym.policy.bench.InferenceLatency;
import org.sprintgym.policy.bench.PpoThroughput;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.HostPolicy;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.rl4j.DqnSettings;
import org.sprintgym.policy.rl4j.EnvMdp;
import org.sprintgym.policy.rl4j.Rl4jDqn;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * PPO throughput and batch-1 latency of 2x64 actor-critics, on CartPole and on one episode type,
 * next to RL4J's DQN (2x64 Q-network) trained on the same episode type through the MDP adapter.
 */
@Command(name = "ppo", mixinStandardHelpOptions = true,
    description = "PPO throughput (samples/s) and batch-1 inference latency, with RL4J's DQN on"
        + " the same episode type for comparison.")
public final class BenchPpoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--updates", description = "timed PPO updates per env (default ${DEFAULT-VALUE})")
  int updates = 40;

  @Option(names = "--warmup", description = "untimed PPO updates first, so the JIT has compiled"
      + " the hot loops (default ${DEFAULT-VALUE})")
  int warmup = 30;

  @Option(names = "--calls", description = "timed batch-1 decisions (default ${DEFAULT-VALUE})")
  int calls = 20_000;

  @Option(names = "--type", description = "episode type for the PPO vs RL4J rows"
      + " (default ${DEFAULT-VALUE})")
  String type = "elicitation";

  @Option(names = "--rl4j-steps",
      description = "RL4J DQN training steps (default ${DEFAULT-VALUE})")
  int rl4jSteps = 1_000;

  @Mixin NativeThreadsOption nativeThreadsOption;

  private record Row(String learner, String env, double samplesPerSecond, double cpuSamples,
      InferenceLatency.Result latency) {}

  @Override
  public Integer call() {
    EpisodeType episodeType = validated();
    NativeThreads.limit(nativeThreadsOption.nativeThreads());
    var w = spec.commandLine().getOut();
    var config = PpoConfig.rlZooCartPole();
    var seeds = new Seeds(1);

    var cartNet = ActorCritic.create(ActorCriticSpec.of(4, 2, 64, 64), DataType.FLOAT,
        seeds.rng(Seeds.INIT));
    var cart = measureCartPole(w, config, cartNet, seeds);

    var episodeConfig = EpisodeConfig.defaults();
    var library = SituationLibrary.of(episodeConfig).warm(List.of(episodeType));
    IntFunction<Env> episodes = i -> new EpisodeEnv(episodeConfig, library, List.of(episodeType));
    Env probe = episodes.apply(0);
    int d = probe.observationSpace().size();
    int a = probe.actionSpace().n();
    var epNet = ActorCritic.create(ActorCriticSpec.of(d, a, 64, 64), DataType.FLOAT,
        seeds.rng(Seeds.INIT));
    var ep = PpoThroughput.measure(config, epNet, episodes, Math.max(1, warmup / 3),
        Math.max(1, updates / 2), seeds);
    var dqn = Rl4jDqn.train(new EnvMdp(episodes, seeds.seed(Seeds.ENV)),
        DqnSettings.episodes(rl4jSteps, seeds.seed(Seeds.POLICY_SAMPLING)));

    var rows = List.of(
        new Row("SprintGym PPO, ND4J", "cartpole", cart.samplesPerSecond(),
            cart.samplesPerCpuSecond(), latency(cartNet, seeds)),
        new Row("SprintGym PPO, HostPolicy", "cartpole", cart.samplesPerSecond(),
            cart.samplesPerCpuSecond(), latency(HostPolicy.of(cartNet), seeds)),
        new Row("SprintGym PPO, ND4J", type, ep.samplesPerSecond(), ep.samplesPerCpuSecond(),
            latency(epNet, seeds)),
        new Row("SprintGym PPO, HostPolicy", type, ep.samplesPerSecond(),
            ep.samplesPerCpuSecond(), latency(HostPolicy.of(epNet), seeds)),
        new Row("RL4J DQN (DL4J)", type, dqn.samplesPerSecond(), Double.NaN,
            latency(dqn.policy(), seeds)));
    table(w, rows);
    w.printf("(PPO: %d timed updates of %d samples on cartpole after %d warm-up ones, %d on %s,"
        + " 20 epochs x 1 minibatch of 256; RL4J: %d DQN steps, batch 32, double DQN;"
        + " %d decisions per latency row; %d native thread(s); system load average %.1f on %d"
        + " cores)%n", cart.updates(), config.rolloutSize(), warmup, ep.updates(), type,
        dqn.steps(), calls, nativeThreadsOption.nativeThreads(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }

  /** The episode type asked for, after every numeric option is checked. */
  private EpisodeType validated() {
    int nativeThreads = nativeThreadsOption.nativeThreads();
    if (updates < 1 || warmup < 0 || calls < 100 || nativeThreads < 1 || rl4jSteps < 100) {
      throw InputError.option("--updates/--warmup/--calls/--native-threads/--rl4j-steps",
          "too small",
          "updates >= 1, warmup >= 0, calls >= 100, native threads >= 1, rl4j steps >= 100");
    }
    return EpisodeType.ofKey(type).orElseThrow(() -> InputError.option(
        "--type", "unknown episode type '" + type + "'", String.join(", ",
            java.util.Arrays.stream(EpisodeType.values()).map(EpisodeType::key).toList())));
  }

  /** PPO's throughput on CartPole with RL Zoo's settings, printed as the first table. */
  private PpoThroughput.Result measureCartPole(PrintWriter w, PpoConfig config,
      ActorCritic cartNet, Seeds seeds) {
    var cart = PpoThroughput.measure(config, cartNet, i -> new CartPole(), warmup, updates,
        seeds);
    w.printf("%-56s %12s%n", "measure (CartPole, RL Zoo settings, 2x64 MLPs)", "value");
    w.printf("%-56s %12.0f%n", "PPO samples/s, wall clock", cart.samplesPerSecond());
    w.printf("%-56s %12.0f%n", "PPO samples/s, per CPU-second of the training thread",
        cart.samplesPerCpuSecond());
    w.printf("%-56s %11.0f%%%n", "share of wall time in rollouts",
        100 * cart.rolloutShare());
    w.flush();
    return cart;
  }

  private InferenceLatency.Result latency(Policy policy, Seeds seeds) {
    return InferenceLatency.measure(policy, Math.min(calls, 5_000), calls,
        seeds.rng(Seeds.POLICY_SAMPLING));
  }

  private static void table(PrintWriter w, List<Row> rows) {
    w.printf("%n%-27s %-14s %11s %13s %13s %13s%n", "learner / inference", "env", "samples/s",
        "per CPU-s", "batch-1 p50", "batch-1 p99");
    for (Row r : rows) {
      w.printf("%-27s %-14s %11.0f %13s %10.1f us %10.1f us%n", r.learner(), r.env(),
          r.samplesPerSecond(), Double.isNaN(r.cpuSamples()) ? "-"
              : String.format("%.0f", r.cpuSamples()),
          r.latency().p50Micros(), r.latency().p99Micros());
    }
  }
}

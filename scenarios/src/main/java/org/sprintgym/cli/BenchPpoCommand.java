package org.sprintgym.cli;

import java.util.concurrent.Callable;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.HostPolicy;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.InferenceLatency;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.sim.env.CartPole;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** PPO throughput and batch-1 latency of the 2x64 CartPole actor-critic. */
@Command(name = "ppo", mixinStandardHelpOptions = true,
    description = "PPO throughput (samples/s) and batch-1 inference latency.")
public final class BenchPpoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--updates", description = "timed PPO updates (default ${DEFAULT-VALUE})")
  int updates = 40;

  @Option(names = "--calls", description = "timed batch-1 decisions (default ${DEFAULT-VALUE})")
  int calls = 20_000;

  @Option(names = "--native-threads", description = "ND4J threads (default ${DEFAULT-VALUE})")
  int nativeThreads = 1;

  @Override
  public Integer call() {
    if (updates < 1 || calls < 100 || nativeThreads < 1) {
      throw InputError.option("--updates/--calls/--native-threads", "too small",
          "updates >= 1, calls >= 100, native threads >= 1");
    }
    NativeThreads.limit(nativeThreads);
    var config = PpoConfig.rlZooCartPole();
    var seeds = new Seeds(1);
    var net = ActorCritic.create(ActorCriticSpec.of(4, 2, 64, 64), DataType.FLOAT,
        seeds.rng(Seeds.INIT));
    int warm = 5;
    double sps;
    double cpuSps;
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    try (var envs = VectorEnv.of(i -> new CartPole(), config.numEnvs(), 1, 1)) {
      var trainer = PpoTrainer.start(config, net, envs,
          (long) (warm + updates) * config.rolloutSize(), seeds);
      for (int u = 0; u < warm; u++) {
        trainer.update();
      }
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int u = 0; u < updates; u++) {
        trainer.update();
      }
      sps = (double) updates * config.rolloutSize() / ((System.nanoTime() - t0) / 1e9);
      cpuSps = (double) updates * config.rolloutSize()
          / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    var lat = InferenceLatency.measure(net, 2_000, calls, seeds.rng(Seeds.POLICY_SAMPLING));
    var host = InferenceLatency.measure(HostPolicy.of(net), 20_000, calls,
        seeds.rng(Seeds.POLICY_SAMPLING));
    var w = spec.commandLine().getOut();
    w.printf("%-52s %12s%n", "measure", "value");
    w.printf("%-52s %12.0f%n", "PPO samples/s, wall clock (CartPole, RL Zoo settings)", sps);
    w.printf("%-52s %12.0f%n", "PPO samples/s, per CPU-second of the training thread", cpuSps);
    w.printf("%-52s %12.1f%n", "batch-1 ND4J inference p50, wall clock (us)", lat.p50Micros());
    w.printf("%-52s %12.1f%n", "batch-1 ND4J inference p99, wall clock (us)", lat.p99Micros());
    w.printf("%-52s %12.1f%n", "batch-1 inference mean, wall clock (us)", lat.meanMicros());
    w.printf("%-52s %12.1f%n", "batch-1 inference p50, thread CPU time (us)", lat.cpuP50Micros());
    w.printf("%-52s %12.1f%n", "batch-1 inference p99, thread CPU time (us)", lat.cpuP99Micros());
    w.printf("%-52s %12.1f%n", "batch-1 Java snapshot (HostPolicy) p50, wall (us)",
        host.p50Micros());
    w.printf("%-52s %12.1f%n", "batch-1 Java snapshot (HostPolicy) p99, wall (us)",
        host.p99Micros());
    w.printf("(%d updates of %d samples, 20 epochs x 1 minibatch of 256; %d decisions;"
        + " %d native thread(s); system load average %.1f on %d cores)%n", updates,
        config.rolloutSize(), calls, nativeThreads,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }
}

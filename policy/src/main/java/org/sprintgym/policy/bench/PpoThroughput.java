package org.sprintgym.policy.bench;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.VectorEnv;

/**
 * PPO training throughput: samples (env steps) per second over timed updates after warm-up ones,
 * by wall clock and per CPU-second of the training thread (what an uncontended core would give
 * on a shared machine), plus where the time went (rollout vs. optimisation).
 */
public final class PpoThroughput {
  private PpoThroughput() {}

  public record Result(int updates, long samples, double samplesPerSecond,
      double samplesPerCpuSecond, double rolloutShare) {}

  /** Trains {@code net} for {@code warmup + updates} updates on one-thread vector envs. */
  public static Result measure(PpoConfig config, ActorCritic net, IntFunction<Env> envs,
      int warmup, int updates, Seeds seeds) {
    if (warmup < 0 || updates < 1) {
      throw new IllegalArgumentException("warmup must be >= 0 and updates >= 1 but were "
          + warmup + " and " + updates);
    }
    var threads = ManagementFactory.getThreadMXBean();
    try (var vec = VectorEnv.of(envs, config.numEnvs(), seeds.seed(Seeds.ENV), 1)) {
      var trainer = PpoTrainer.start(config, net, vec,
          (long) (warmup + updates) * config.rolloutSize(), seeds);
      for (int u = 0; u < warmup; u++) {
        trainer.update();
      }
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      double rolloutSeconds = 0;
      for (int u = 0; u < updates; u++) {
        rolloutSeconds += trainer.update().rolloutSeconds();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      long samples = (long) updates * config.rolloutSize();
      return new Result(updates, samples, samples / seconds, samples / cpu,
          rolloutSeconds / seconds);
    }
  }
}

package org.sprintgym.policy.bench;

import java.util.Arrays;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.Rng;

/** Batch-1 decision latency of a policy: percentiles over many timed calls after a warm-up. */
public final class InferenceLatency {
  private InferenceLatency() {}

  /**
   * Latency percentiles in microseconds: wall clock, and CPU time of the calling thread (with one
   * native thread ND4J computes on the caller, so CPU time is what an uncontended core would take).
   */
  public record Result(int calls, double p50Micros, double p99Micros, double meanMicros,
      double cpuP50Micros, double cpuP99Micros) {}

  public static Result measure(Policy policy, int warmup, int calls, Rng rng) {
    int d = policy.observationSize();
    float[] obs = new float[d];
    long[] nanos = new long[calls];
    long[] cpu = new long[calls];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup + calls; i++) {
      for (int k = 0; k < d; k++) {
        obs[k] = (float) (0.05 * rng.nextGaussian());
      }
      var batch = ObservationBatch.unmasked(1, d, policy.actionCount(), obs);
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      policy.act(batch, ActionMode.SAMPLE, rng);
      if (i >= warmup) {
        nanos[i - warmup] = System.nanoTime() - t0;
        cpu[i - warmup] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    int p99 = (int) Math.ceil(calls * 0.99) - 1;
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e3;
    return new Result(calls, nanos[calls / 2] / 1e3, nanos[p99] / 1e3, mean, cpu[calls / 2] / 1e3,
        cpu[p99] / 1e3);
  }
}

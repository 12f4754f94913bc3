package org.sprintgym.policy.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Caps ND4J's OpenMP and BLAS threads. Small networks are overhead-bound: on a 2-core machine,
 * spinning OpenMP workers fight the JVM and the env threads, and one native thread was measured
 * 2-4x faster for the 64x64 CartPole policy. This is a process-wide native setting of ND4J.
 */
public final class NativeThreads {
  private NativeThreads() {}

  public static void limit(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("native threads must be >= 1 but was " + threads);
    }
    Nd4j.getEnvironment().setMaxThreads(threads);
    Nd4j.getEnvironment().setMaxMasterThreads(threads);
    Nd4j.factory().blas().setMaxThreads(threads);
  }
}

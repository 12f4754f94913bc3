package org.sprintgym.sim.env;

import org.sprintgym.sim.kernel.RandomStreams;

/**
 * Seed arithmetic for envs, by the names the env layer has always used: both are
 * {@link RandomStreams}' (one seed utility for the whole project), so the numbers are the same
 * wherever a seed is derived. Pure functions of their inputs.
 */
public final class SeedMix {
  private SeedMix() {}

  /** SplitMix64's output function ({@link RandomStreams#mix}). */
  public static long mix(long z) {
    return RandomStreams.mix(z);
  }

  /** A seed derived from {@code root} and counters ({@link RandomStreams#derive(long, long...)}). */
  public static long derive(long root, long... counters) {
    return RandomStreams.derive(root, counters);
  }
}

package org.sprintgym.sim.env;

/**
 * Seed arithmetic for envs: SplitMix64's finaliser to derive independent seeds from a root seed and
 * counters, and a tiny SplitMix64 stream for an env's reset-time draws. Pure functions of their
 * inputs, so results never depend on thread scheduling.
 */
public final class SeedMix {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private SeedMix() {}

  /** SplitMix64's output function: a bijective, well-mixed 64-bit hash. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed derived from {@code root} and a sequence of counters (e.g. env index, episode). */
  public static long derive(long root, long... counters) {
    long h = mix(root + GOLDEN);
    for (long c : counters) {
      h = mix(h + GOLDEN + mix(c));
    }
    return h;
  }

  /** A SplitMix64 random stream. Not thread-safe; one per episode. */
  public static final class Stream {
    private long state;

    public Stream(long seed) {
      this.state = mix(seed);
    }

    public long nextLong() {
      state += GOLDEN;
      return mix(state);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
      return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    public double nextDouble(double low, double high) {
      return low + (high - low) * nextDouble();
    }
  }
}

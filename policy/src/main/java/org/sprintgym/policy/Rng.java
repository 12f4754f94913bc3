package org.sprintgym.policy;

import org.sprintgym.sim.env.SeedMix;

/**
 * A SplitMix64 random stream whose whole state is one {@code long}, so checkpoints can save and
 * restore it exactly. Not thread-safe: each use gets its own stream (see {@link Seeds}).
 */
public final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /** A stream seeded with {@code seed}. */
  public static Rng seeded(long seed) {
    return new Rng(SeedMix.mix(seed));
  }

  /** A stream continuing from a state returned by {@link #state()}. */
  public static Rng restore(long state) {
    return new Rng(state);
  }

  /** The full state: {@code Rng.restore(r.state())} continues exactly like {@code r}. */
  public long state() {
    return state;
  }

  public long nextLong() {
    state += GOLDEN;
    return SeedMix.mix(state);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0 but was " + bound);
    }
    long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
    while (true) {
      long r = nextLong() >>> 1;
      if (r < limit) {
        return (int) (r % bound);
      }
    }
  }

  /** Standard normal by Box-Muller; uses exactly two draws so the state stays a single long. */
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble(); // in (0, 1]: log is finite
    double u2 = nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Fisher-Yates shuffle in place. */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}

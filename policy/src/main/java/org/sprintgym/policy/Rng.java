package org.sprintgym.policy;

import org.sprintgym.sim.kernel.RandomStreams;

/**
 * The trainer's random stream: {@link RandomStreams.SplitMix} (whole state one {@code long}, so
 * checkpoints can save and restore it exactly) with the draws the trainer needs on top: bounded
 * integers, Gaussians, shuffles. Not thread-safe: each use gets its own stream (see {@link Seeds}).
 */
public final class Rng {
  private final RandomStreams.SplitMix bits;

  private Rng(RandomStreams.SplitMix bits) {
    this.bits = bits;
  }

  /** A stream seeded with {@code seed}. */
  public static Rng seeded(long seed) {
    return new Rng(RandomStreams.SplitMix.seeded(seed));
  }

  /** A stream continuing from a state returned by {@link #state()}. */
  public static Rng restore(long state) {
    return new Rng(RandomStreams.SplitMix.restore(state));
  }

  /** The full state: {@code Rng.restore(r.state())} continues exactly like {@code r}. */
  public long state() {
    return bits.state();
  }

  public long nextLong() {
    return bits.nextLong();
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return bits.nextDouble();
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

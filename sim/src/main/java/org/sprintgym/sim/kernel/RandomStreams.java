package org.sprintgym.sim.kernel;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One root seed split into named, independent random streams (SSJ's habit): world, backlog,
 * effort, defects, ... A stream depends only on the root seed and its name, never on the order in
 * which streams are created, so two runs that differ in one policy or setting see the same numbers
 * in every other stream (common random numbers). Sub-streams keyed by an entity (a story id, a
 * sprint number) keep per-entity draws aligned even when the entities are processed in another
 * order.
 *
 * <p>This is the project's one seed utility. Besides the simulator's named streams it holds the
 * counter derivation envs and the trainer use ({@link #derive(long, long...)}: episode {@code k}
 * of env {@code i}, a stage, a trainer stream by name) and the SplitMix64 generator whose whole
 * state is one {@code long} ({@link SplitMix}), so checkpoints can save and restore it exactly.
 * All are pure functions of their inputs, never of thread scheduling or the clock.
 */
public final class RandomStreams {
  /** SplitMix64's increment (the golden ratio in 64 bits). */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long rootSeed;

  public RandomStreams(long rootSeed) {
    this.rootSeed = rootSeed;
  }

  public long rootSeed() {
    return rootSeed;
  }

  /** The seed of the stream with this name. */
  public long seedOf(String name) {
    return mix(rootSeed ^ mix(fnv1a64(name)));
  }

  /** The seed of the sub-stream {@code name} for one entity, e.g. ("effort", "US-004"). */
  public long seedOf(String name, String key) {
    return mix(seedOf(name) ^ mix(fnv1a64(key) + 0x9E3779B97F4A7C15L));
  }

  /**
   * The seed of the sub-stream {@code name} for a numbered entity, e.g. ("defects", sprint 3).
   * The index is mixed before it is combined: seeds that differ by multiples of SplittableRandom's
   * own increment would give overlapping sequences (stream i's second draw = stream i+1's first).
   */
  public long seedOf(String name, long index) {
    return mix(seedOf(name) ^ mix(index + 0x632BE59BD9B4E019L));
  }

  /** A fresh generator for the named stream; the same name always starts at the same point. */
  public SplittableRandom stream(String name) {
    return new SplittableRandom(seedOf(name));
  }

  public SplittableRandom stream(String name, String key) {
    return new SplittableRandom(seedOf(name, key));
  }

  public SplittableRandom stream(String name, long index) {
    return new SplittableRandom(seedOf(name, index));
  }

  /** A Commons Math generator over the named stream, for its distributions. */
  public StreamRng rng(String name) {
    return new StreamRng(stream(name));
  }

  /**
   * A seed derived from {@code root} and a sequence of counters (env index, episode number, ...):
   * a SplitMix64 chain, so {@code derive(r, 1, 2)}, {@code derive(r, 2, 1)} and {@code derive(r, 1)}
   * all differ.
   */
  public static long derive(long root, long... counters) {
    long h = mix(root + GOLDEN);
    for (long c : counters) {
      h = mix(h + GOLDEN + mix(c));
    }
    return h;
  }

  /**
   * A seed derived from {@code root} and a stream name by the counter chain (the name's FNV-1a hash
   * is the counter): how the trainer names its streams. Differs from {@link #seedOf(String)}, the
   * simulator's derivation; both are kept because every recorded run depends on its own.
   */
  public static long derive(long root, String name) {
    return derive(root, fnv1a64(name));
  }

  /** Stafford's variant 13 of the SplitMix64 finaliser: a strong, bijective 64-bit mixer. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a (64 bits): a string hash fixed by its definition, unlike {@code String.hashCode}. */
  public static long fnv1a64(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }

  /**
   * A SplitMix64 random stream whose whole state is one {@code long}: {@code restore(s.state())}
   * continues exactly like {@code s}. Not thread-safe; one per use (an episode, a trainer stream).
   */
  public static final class SplitMix {
    private long state;

    private SplitMix(long state) {
      this.state = state;
    }

    /** A stream seeded with {@code seed} (the seed is mixed first, so nearby seeds diverge). */
    public static SplitMix seeded(long seed) {
      return new SplitMix(mix(seed));
    }

    /** A stream continuing from a state returned by {@link #state()}. */
    public static SplitMix restore(long state) {
      return new SplitMix(state);
    }

    /** The full state. */
    public long state() {
      return state;
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

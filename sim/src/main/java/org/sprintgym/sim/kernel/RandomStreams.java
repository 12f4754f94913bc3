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
 */
public final class RandomStreams {
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

  /** Stafford's variant 13 of the SplitMix64 finaliser: a strong 64-bit mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long fnv1a64(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }
}

package org.sprintgym.sim.episode.baseline;

import java.util.SplittableRandom;

/**
 * A scripted policy that acts on one observation and its action mask only (no hidden state, no
 * memory: everything it needs is in the observation). The policy module's batched {@code Policy}
 * wraps it row by row.
 */
@FunctionalInterface
public interface BaselinePolicy {

  /** An allowed action for {@code observation}; randomness only from {@code random}. */
  int act(float[] observation, boolean[] mask, SplittableRandom random);
}

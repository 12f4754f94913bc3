package org.sprintgym.sim.env;

/**
 * One reinforcement-learning episode at a time, with Gymnasium's contract: the seed enters only at
 * {@link #reset(long)}, {@link #step(int)} reports {@code terminated} (the task reached a terminal
 * state) apart from {@code truncated} (a time or budget limit cut it), and the same seed with the
 * same actions gives the same trajectory. Observations are fixed-length float vectors described by
 * {@link #observationSpace()}; actions are indices into {@link #actionSpace()}, and each step says
 * which of them are currently allowed.
 *
 * <p>An {@code Env} is not thread-safe; a {@link VectorEnv} gives each thread its own envs.
 */
public interface Env {

  /** Names and bounds of the observation's dimensions; constant for the env's life. */
  ObservationSpace observationSpace();

  /** The discrete actions; constant for the env's life. */
  ActionSpace actionSpace();

  /** Starts a new episode whose randomness derives from {@code seed} alone. */
  Reset reset(long seed);

  /**
   * Advances the episode by one action.
   *
   * @throws IllegalStateException before the first reset or after the episode ended
   * @throws IllegalArgumentException for an action out of range or masked out
   */
  Step step(int action);

  /**
   * Whether a truncated episode still has a future worth bootstrapping from its final observation
   * (Gymnasium's time-limit reading, and the default). An env whose last reward already prices
   * in being cut off, with nothing after it, says {@code false}: a trainer then treats its
   * truncation as the end, instead of adding a value the critic never learned for that state.
   */
  default boolean truncationHasFuture() {
    return true;
  }

  /** A human- (or language-model-) readable rendering of the current state. */
  default String render() {
    return getClass().getSimpleName();
  }
}

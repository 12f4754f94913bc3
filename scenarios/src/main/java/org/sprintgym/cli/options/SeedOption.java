package org.sprintgym.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --seed S} of the simulation and episode commands (simulate, compare, episodes): the one
 * root seed every random stream derives from, default 1. Kept apart: {@code backlog} (default 0),
 * {@code train} (its label and default come from the field), {@code bench sim} (the seed of the
 * first of several runs) and {@code serve policy} (the sampling stream of requests).
 */
public final class SeedOption {
  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Root seed; every random stream is derived from it (default: ${DEFAULT-VALUE}).")
  private long seed;

  /** The root seed. */
  public long seed() {
    return seed;
  }
}

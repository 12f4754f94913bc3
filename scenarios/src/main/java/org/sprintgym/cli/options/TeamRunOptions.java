package org.sprintgym.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --sprints N} and {@code --teams K} of {@code simulate} and {@code compare}: how long a
 * run (one replication, for compare) is and how many teams the roster is split into.
 */
public final class TeamRunOptions {
  @Option(names = "--sprints", defaultValue = "10", paramLabel = "N",
      description = "Sprints per run (per replication, for compare), 1..10000"
          + " (default: ${DEFAULT-VALUE}).")
  private int sprints;

  @Option(names = "--teams", paramLabel = "K",
      description = "Split the roster into K teams (2..7) working one shared backlog (in both"
          + " arms, for compare); a config's teams: section sets them otherwise.")
  private Integer teams;

  /** Sprints per run, not yet range-checked. */
  public int sprints() {
    return sprints;
  }

  /** Teams asked for on the command line, or null for the config's (or one). */
  public Integer teams() {
    return teams;
  }
}

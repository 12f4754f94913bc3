package org.sprintgym.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --force} of the commands that write an output folder (run, simulate, compare,
 * episodes). {@code backlog generate} keeps its own: there it overwrites a file.
 */
public final class ForceOption {
  @Option(names = "--force", description = "Replace an existing output folder.")
  private boolean force;

  /** Whether an existing output folder may be replaced. */
  public boolean force() {
    return force;
  }
}

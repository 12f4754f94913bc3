package org.sprintgym.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE} of the benchmarks that write one JSON results file ({@code bench cartpole},
 * {@code bench learn}). The commands that write a folder keep their own {@code --out}: each
 * names its own default folder.
 */
public final class ResultsFileOption {
  @Option(names = "--out", description = "JSON results file (written atomically)")
  private Path out;

  /** The results file, or null for none. */
  public Path out() {
    return out;
  }
}

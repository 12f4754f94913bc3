package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "sim", mixinStandardHelpOptions = true, description = "Milliseconds per simulated sprint for the default team.")
public final class BenchSimCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("sim is not implemented yet");
  }
}

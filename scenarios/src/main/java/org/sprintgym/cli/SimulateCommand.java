package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Simulate sprints of a team working a backlog (headless, no learning).")
public final class SimulateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("simulate is not implemented yet");
  }
}

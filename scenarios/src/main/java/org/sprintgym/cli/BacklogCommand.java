package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "backlog", mixinStandardHelpOptions = true, description = "Generate and check AAT-format backlogs.")
public final class BacklogCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("backlog is not implemented yet");
  }
}

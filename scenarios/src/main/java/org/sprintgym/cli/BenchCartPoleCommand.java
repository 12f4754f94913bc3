package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "cartpole", mixinStandardHelpOptions = true, description = "PPO on CartPole-v1 over several seeds (known-answer benchmark).")
public final class BenchCartPoleCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("cartpole is not implemented yet");
  }
}

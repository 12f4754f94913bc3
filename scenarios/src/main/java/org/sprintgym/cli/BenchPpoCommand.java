package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "ppo", mixinStandardHelpOptions = true, description = "PPO throughput (samples/s) and batch-1 inference latency.")
public final class BenchPpoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("ppo is not implemented yet");
  }
}

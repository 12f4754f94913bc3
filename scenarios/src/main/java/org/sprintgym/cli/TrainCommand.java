package org.sprintgym.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a policy with PPO (CartPole or SprintGym episodes).")
public final class TrainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("train is not implemented yet");
  }
}

package org.sprintgym.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sprintgym bench ...}: benchmarks that print a table (speed targets live here, not in tests). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks: sim (ms per sprint), cartpole (PPO known answer), ppo (throughput).",
    subcommands = {BenchSimCommand.class, BenchCartPoleCommand.class, BenchPpoCommand.class,
        BenchLearnCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

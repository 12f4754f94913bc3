package org.sprintgym.cli;

import java.io.PrintWriter;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sprintgym} command line. Bad input ({@link InputError}, picocli's parameter errors)
 * prints one line to stderr and exits 2; a bug exits 1 with a short message (stack trace only
 * with {@code SPRINTGYM_DEBUG=1}).
 */
@Command(
    name = "sprintgym",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "SprintGym: a fast simulator of agile software teams as a reinforcement-learning"
        + " environment, with a PPO + LoRA trainer.",
    subcommands = {
        RunCommand.class,
        SimulateCommand.class,
        CompareCommand.class,
        BacklogCommand.class,
        EpisodesCommand.class,
        BenchCommand.class,
        TrainCommand.class,
        ServeCommand.class,
        SweepCommand.class,
        StatusCommand.class,
        CommandLine.HelpCommand.class
    })
public final class SprintGymCli implements Runnable {

  /** Exit status for bad input (files, options, values). */
  public static final int EXIT_BAD_INPUT = 2;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SprintGymCli.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** --verbose and --log-file, inherited by every subcommand. */
  @CommandLine.Mixin LoggingOptions logging = new LoggingOptions();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Reports a failure of a command: bad input as one line and status 2; anything else is a bug,
   * reported in one line with status 1 (the stack trace only with SPRINTGYM_DEBUG set).
   */
  public static int report(Throwable ex, PrintWriter err) {
    Throwable cause = ex;
    while (cause != null && !(cause instanceof InputError)
        && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof InputError ie) {
      err.println("sprintgym: " + ie.getMessage());
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (System.getenv("SPRINTGYM_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    err.println("sprintgym: internal error: " + ex);
    err.flush();
    return 1;
  }

  /** Runs the CLI and returns the exit status (no System.exit), for tests and the launcher. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    var cli = new CommandLine(new SprintGymCli());
    cli.setOut(out);
    cli.setErr(err);
    // logging is configured from the parsed options before any command runs
    cli.setExecutionStrategy(parseResult -> {
      try {
        LoggingOptions.apply(parseResult);
      } catch (InputError e) {
        return report(e, err);
      }
      LOG.info("sprintgym {}", String.join(" ", args));
      return new CommandLine.RunLast().execute(parseResult);
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, err));
    cli.setParameterExceptionHandler((ex, args2) -> {
      err.println("sprintgym: " + ex.getMessage().replace('\n', ' ')
          + " (see 'sprintgym " + ex.getCommandLine().getCommandName() + " --help')");
      err.flush();
      return EXIT_BAD_INPUT;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    var out = new PrintWriter(System.out, true);
    var err = new PrintWriter(System.err, true);
    System.exit(execute(args, out, err));
  }
}

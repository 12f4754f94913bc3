package org.sprintgym.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures its exit code and output. */
final class Cli {
  private Cli() {}

  record Result(int code, String out, String err) {
    /** Whether stderr is exactly one line and carries no Java stack trace. */
    boolean oneCleanErrorLine() {
      return err.endsWith("\n") && err.indexOf('\n') == err.length() - 1
          && !err.contains("Exception") && !err.contains("\tat ");
    }
  }

  static Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = SprintGymCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}

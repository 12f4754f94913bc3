package org.sprintgym.sim.io;

import java.nio.file.Path;

/**
 * Bad user input: a malformed file, an unknown key, a value out of range, a missing file. Carries
 * where (file, line, column), which field and what is allowed, and prints as one line:
 * {@code FILE:LINE:COLUMN: field: problem (allowed: ...)}. Command-line front ends print
 * {@link #getMessage()} and exit with status 2; no stack trace is ever shown for these.
 */
public final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String problem;
  private final String allowed;

  /**
   * @param file the file (or option, e.g. {@code --sprints}) the input came from; may be null
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param field the key path, e.g. {@code stories[3].story_points}; may be null
   * @param problem what is wrong, e.g. {@code 4 is not a valid story size}
   * @param allowed what is allowed, e.g. {@code 1, 2, 3, 5, 8}; may be null
   */
  public InputError(String file, int line, int column, String field, String problem, String allowed) {
    super(format(file, line, column, field, problem, allowed));
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = problem;
    this.allowed = allowed;
  }

  public static InputError at(Path file, int line, int column, String field, String problem,
      String allowed) {
    return new InputError(file == null ? null : file.toString(), line, column, field, problem, allowed);
  }

  /** An error in a command-line option rather than a file. */
  public static InputError option(String option, String problem, String allowed) {
    return new InputError(null, 0, 0, option, problem, allowed);
  }

  private static String format(String file, int line, int column, String field, String problem,
      String allowed) {
    var sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    sb.append(problem);
    if (allowed != null && !allowed.isEmpty()) {
      sb.append(" (allowed: ").append(allowed).append(')');
    }
    return sb.toString().replace('\n', ' ');
  }

  public String file() { return file; }
  public int line() { return line; }
  public int column() { return column; }
  public String field() { return field; }
  public String problem() { return problem; }
  public String allowed() { return allowed; }
}

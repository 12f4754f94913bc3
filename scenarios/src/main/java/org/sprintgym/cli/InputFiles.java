package org.sprintgym.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sprintgym.sim.io.InputError;

/** Checks on files named on the command line, before any reader opens them. */
final class InputFiles {
  private InputFiles() {}

  /** The file, if it exists and is a readable regular file; else an InputError naming the option. */
  static Path existing(Path file, String option, String what) {
    if (file == null) {
      throw InputError.option(option, "missing", what);
    }
    if (!Files.exists(file)) {
      throw new InputError(file.toString(), 0, 0, option, "file not found", what);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InputError(file.toString(), 0, 0, option, "not a readable file", what);
    }
    return file;
  }

  /** An integer option inside [min, max]. */
  static int inRange(int value, int min, int max, String option) {
    if (value < min || value > max) {
      throw InputError.option(option, value + " is out of range",
          "an integer from " + min + " to " + max);
    }
    return value;
  }
}

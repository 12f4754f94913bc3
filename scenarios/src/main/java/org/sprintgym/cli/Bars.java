package org.sprintgym.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress bars of the long commands (run, train, sweep). Quiet unless a person is watching: no
 * bar when the JVM has no console (CI, pipes, redirected output), so logs stay clean.
 */
final class Bars {
  private Bars() {}

  /** A bar, or null when nobody is watching. */
  static ProgressBar open(String task, long max, String unit) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1).build();
  }

  static void step(ProgressBar bar, long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }
}

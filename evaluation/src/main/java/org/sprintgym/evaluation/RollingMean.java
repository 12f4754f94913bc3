package org.sprintgym.evaluation;

import java.util.ArrayDeque;
import org.sprintgym.agents.Requires;

/** The mean of the last {@code window} values: graduation is judged on it, not on one lucky run. */
public final class RollingMean {
  private final int window;
  private final ArrayDeque<Double> values = new ArrayDeque<>();
  private double sum;

  public RollingMean(int window) {
    this.window = Requires.positive(window, "rolling window");
  }

  public void add(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("value " + v + " is not finite");
    }
    values.addLast(v);
    sum += v;
    if (values.size() > window) {
      sum -= values.removeFirst();
    }
  }

  /** The mean of the values in the window; NaN before the first value. */
  public double mean() {
    return values.isEmpty() ? Double.NaN : sum / values.size();
  }

  /** Whether the window is full (graduation needs a full window). */
  public boolean full() {
    return values.size() == window;
  }

  public int size() {
    return values.size();
  }
}

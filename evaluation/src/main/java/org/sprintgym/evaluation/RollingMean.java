package org.sprintgym.evaluation;

import java.util.ArrayDeque;
import java.util.List;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.stats.Stats;

/** The mean of the last {@code window} values: graduation is judged on it, not on one lucky run. */
public final class RollingMean {
  private final int window;
  private final ArrayDeque<Double> values = new ArrayDeque<>();

  public RollingMean(int window) {
    this.window = Requires.positive(window, "rolling window");
  }

  /** A window holding {@code values} (oldest first; only the last {@code window} are kept). */
  public static RollingMean of(int window, List<Double> values) {
    var m = new RollingMean(window);
    values.forEach(m::add);
    return m;
  }

  public void add(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("value " + v + " is not finite");
    }
    values.addLast(v);
    if (values.size() > window) {
      values.removeFirst();
    }
  }

  /**
   * The mean of the values in the window; NaN before the first value. Computed from the window
   * itself, not from a running sum, so that it depends only on the values in the window: a
   * window rebuilt from a checkpoint gives the same mean, bit for bit, as the one that lived on.
   */
  public double mean() {
    return values.isEmpty() ? Double.NaN
        : Stats.mean(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Whether the window is full (graduation needs a full window). */
  public boolean full() {
    return values.size() == window;
  }

  public int size() {
    return values.size();
  }

  /** The values in the window, oldest first (what a checkpoint saves). */
  public List<Double> values() {
    return List.copyOf(values);
  }
}

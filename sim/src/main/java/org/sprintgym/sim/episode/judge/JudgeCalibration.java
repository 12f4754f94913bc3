package org.sprintgym.sim.episode.judge;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags episodes where the judge and the simulated outcome disagree strongly: judge above
 * {@link #HIGH} with outcome below {@link #LOW}, or the reverse. A high rate means the rubric
 * rewards behaviour that does not pay off in the world (or the other way round).
 */
public final class JudgeCalibration {
  public static final double HIGH = 0.7;
  public static final double LOW = 0.3;

  private JudgeCalibration() {}

  /** One episode's judge score and outcome. */
  public record Pair(String id, double judge, double outcome) {}

  /**
   * The check's result.
   *
   * @param episodes episodes checked
   * @param flagged ids of the episodes in strong disagreement
   * @param rate flagged / episodes (0 when none were checked)
   */
  public record Report(int episodes, List<String> flagged, double rate) {
    public Report {
      flagged = List.copyOf(flagged);
    }
  }

  public static boolean disagree(double judge, double outcome) {
    return (judge > HIGH && outcome < LOW) || (judge < LOW && outcome > HIGH);
  }

  public static Report check(List<Pair> pairs) {
    var flagged = new ArrayList<String>();
    for (Pair p : pairs) {
      if (disagree(p.judge(), p.outcome())) {
        flagged.add(p.id());
      }
    }
    return new Report(pairs.size(), flagged, pairs.isEmpty() ? 0 : flagged.size() / (double) pairs.size());
  }
}

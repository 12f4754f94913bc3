package org.sprintgym.evaluation;

import org.sprintgym.agents.Requires;

/**
 * One condition a curriculum stage must meet to graduate, on the rolling mean of the last
 * {@code window} evaluations.
 *
 * @param name identifier, e.g. {@code elicitation}
 * @param stage curriculum stage 1..4
 * @param direction whether the value must reach the threshold or stay below it
 * @param threshold the bound
 * @param window how many recent evaluations the rolling mean covers (20 by default)
 * @param description what is measured, for reports
 */
public record GraduationCriterion(
    String name, int stage, Direction direction, double threshold, int window, String description) {

  /** Whether larger values are better ({@code AT_LEAST}) or smaller ({@code BELOW}). */
  public enum Direction {
    AT_LEAST(">="),
    BELOW("<");

    private final String symbol;

    Direction(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public GraduationCriterion {
    Requires.nonBlank(name, "criterion name");
    Requires.inRange(stage, 1, 4, "stage of criterion " + name);
    Requires.nonNull(direction, "direction of criterion " + name);
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold of criterion " + name + " must be finite");
    }
    Requires.inRange(window, 1, 10_000, "window of criterion " + name);
    description = description == null ? "" : description;
  }

  /** Whether {@code value} meets this criterion. */
  public boolean passes(double value) {
    return direction == Direction.AT_LEAST ? value >= threshold : value < threshold;
  }

  /** E.g. {@code elicitation >= 0.70}. */
  public String condition() {
    return name + " " + direction.symbol() + " " + threshold;
  }

  public GraduationCriterion withThreshold(double t) {
    return new GraduationCriterion(name, stage, direction, t, window, description);
  }
}

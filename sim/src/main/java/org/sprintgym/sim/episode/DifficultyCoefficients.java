package org.sprintgym.sim.episode;

import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * How hard a situation is ({@link #of}) and how often a difficulty cap below 1 redraws a harder
 * one ({@link CappedDraw}): the {@code episode.difficulty} table. The difficulty is the weighted
 * mean of the story's size (its points over {@code points_scale}, at most 1), its ambiguity and
 * the true severity of what happens; with the default weights, their plain mean.
 *
 * @param pointsScale story points at which the size term reaches 1
 * @param pointsWeight weight of the size term
 * @param ambiguityWeight weight of the story's ambiguity
 * @param severityWeight weight of the situation's true severity
 * @param attempts situations drawn per reset at most when a cap below 1 rejects harder ones (a
 *     whole number); after them the easiest one drawn is used
 */
public record DifficultyCoefficients(double pointsScale, double pointsWeight,
    double ambiguityWeight, double severityWeight, double attempts) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the episodes were built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("episode.difficulty")
      .entry("points_scale", 8.0, 1, 100,
          "story points at which the size term reaches 1 (a story of 8 points or more counts as"
              + " fully big); design choice")
      .entry("points_weight", 1, 0, 10,
          "weight of the size term in the mean; design choice (the three terms weigh alike)")
      .entry("ambiguity_weight", 1, 0, 10,
          "weight of the story's ambiguity in the mean; design choice")
      .entry("severity_weight", 1, 0, 10,
          "weight of the true severity in the mean; design choice")
      .entry("attempts", 8, 1, 64,
          "situations drawn per reset at most under a cap below 1, a whole number (then the"
              + " easiest one drawn stands); design choice (a few draws find an easy one)")
      .build();

  /** The default table, for {@link EpisodeEnv#difficulty(SituationContext, double)}. */
  static final DifficultyCoefficients DEFAULTS = defaults();

  public DifficultyCoefficients {
    TABLE.inOrder(pointsScale, pointsWeight, ambiguityWeight, severityWeight, attempts)
        .forEach(TABLE::check);
    TABLE.checkWhole("attempts", attempts);
    if (!(pointsWeight + ambiguityWeight + severityWeight > 0)) {
      throw new IllegalArgumentException(TABLE.name() + ": points_weight + ambiguity_weight +"
          + " severity_weight must be > 0 (the difficulty is their weighted mean) but is 0");
    }
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static DifficultyCoefficients from(Map<String, Double> values) {
    return TABLE.build(DifficultyCoefficients.class, values);
  }

  public static DifficultyCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public DifficultyCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  /**
   * How hard the situation {@code c} with true severity {@code severity} is, in [0, 1]: the
   * weighted mean of min(1, points / points_scale), the ambiguity and the severity
   * (scenarios/SCHEMA.md, {@code curriculum.difficulty}).
   */
  public double of(SituationContext c, double severity) {
    return (pointsWeight * Math.min(1.0, c.points() / pointsScale)
        + ambiguityWeight * c.ambiguity() + severityWeight * severity)
        / (pointsWeight + ambiguityWeight + severityWeight);
  }

  /** {@link #attempts()} as a count. */
  public int attemptCount() {
    return (int) attempts;
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

package org.sprintgym.sim.config;

import java.util.Map;

/**
 * Rework after QA and the length of a review (see {@code world.QualityGate} and
 * {@code world.CardMoves}).
 *
 * @param reworkShape shape of the gamma distribution of rework hours per defect found; its scale
 *     is {@code rework_hours_per_defect / rework_shape}, so the mean stays the work table's value
 * @param reviewHoursBase review hours of a story, fixed part
 * @param reviewHoursPerPoint review hours added per story point
 */
public record QualityCoefficients(double reworkShape, double reviewHoursBase,
    double reviewHoursPerPoint) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.quality")
      .entry("rework_shape", 2.0, 0.1, 100,
          "gamma shape of rework hours per defect found in QA; design choice")
      .entry("review_hours_base", 0.5, 0, 40, "review hours per story, fixed part; design choice")
      .entry("review_hours_per_point", 0.25, 0, 10,
          "review hours added per story point; design choice")
      .build();

  public QualityCoefficients {
    TABLE.inOrder(reworkShape, reviewHoursBase, reviewHoursPerPoint).forEach(TABLE::check);
  }


  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static QualityCoefficients from(Map<String, Double> values) {
    return TABLE.build(QualityCoefficients.class, values);
  }

  public static QualityCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public QualityCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

package org.sprintgym.evaluation.report;

import org.sprintgym.agents.Requires;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.SeedSummary;

/**
 * A criterion as measured: its threshold, the value (rolling mean, averaged over seeds) with a
 * 95% interval over seeds, and whether it passed.
 *
 * @param name criterion name
 * @param direction {@code >=} or {@code <}
 * @param threshold the bound
 * @param value measured value
 * @param ci95 {lo, hi} over seeds
 * @param passed whether the value meets the bound
 */
public record CriterionResult(
    String name, String direction, double threshold, double value, double[] ci95, boolean passed) {

  public CriterionResult {
    Requires.nonBlank(name, "criterion name");
    if (ci95 == null || ci95.length != 2) {
      throw new IllegalArgumentException("ci95 of " + name + " must be {lo, hi}");
    }
    ci95 = ci95.clone();
  }

  /** The result of {@code c} for a value measured on each seed (t interval over seeds). */
  public static CriterionResult of(GraduationCriterion c, SeedSummary s) {
    return new CriterionResult(c.name(), c.direction().symbol(), c.threshold(), s.mean(),
        new double[] {s.ci95Low(), s.ci95High()}, c.passes(s.mean()));
  }

  /**
   * The result of {@code c}, a mean of values in [0, 1]: the t interval over seeds cut to [0, 1]
   * (the mean of such values cannot leave it; with few seeds the t interval alone would).
   */
  public static CriterionResult bounded(GraduationCriterion c, SeedSummary s) {
    return new CriterionResult(c.name(), c.direction().symbol(), c.threshold(), s.mean(),
        new double[] {Math.max(0, s.ci95Low()), Math.min(1, s.ci95High())}, c.passes(s.mean()));
  }

  /** The result of {@code c}, a share of counted successes: the 95% Wilson interval. */
  public static CriterionResult proportion(GraduationCriterion c, double value, Proportion p) {
    return new CriterionResult(c.name(), c.direction().symbol(), c.threshold(), value, p.ci95(),
        c.passes(value));
  }

  @Override
  public double[] ci95() {
    return ci95.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionResult r && name.equals(r.name) && direction.equals(r.direction)
        && Double.compare(threshold, r.threshold) == 0 && Double.compare(value, r.value) == 0
        && java.util.Arrays.equals(ci95, r.ci95) && passed == r.passed;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, direction, threshold, value, java.util.Arrays.hashCode(ci95), passed);
  }
}

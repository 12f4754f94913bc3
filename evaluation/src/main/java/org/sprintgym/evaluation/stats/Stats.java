package org.sprintgym.evaluation.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The one place for summary statistics used by evaluation and the curriculum, so that means,
 * variances and intervals are computed the same way everywhere (Commons Math underneath).
 */
public final class Stats {

  private Stats() {}

  /** A two-sided interval; for proportions it always lies inside [0, 1]. */
  public record Interval(double low, double high) {
    public Interval {
      if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
        throw new IllegalArgumentException("interval needs low <= high, got " + low + ", " + high);
      }
    }
  }

  public static double mean(double[] x) {
    return summary(x).getMean();
  }

  /** Sample (n - 1) variance; 0 for a single value. */
  public static double variance(double[] x) {
    return x.length < 2 ? 0.0 : summary(x).getVariance();
  }

  /** t-distribution confidence interval for the mean; a point interval for a single value. */
  public static Interval meanInterval(double[] x, double confidence) {
    checkConfidence(confidence);
    SummaryStatistics s = summary(x);
    if (x.length < 2) {
      return new Interval(s.getMean(), s.getMean());
    }
    double t = new TDistribution(x.length - 1).inverseCumulativeProbability(0.5 + confidence / 2);
    double half = t * s.getStandardDeviation() / Math.sqrt(x.length);
    return new Interval(s.getMean() - half, s.getMean() + half);
  }

  /**
   * Wilson score interval for a proportion: unlike the normal approximation it never leaves
   * [0, 1] and stays informative at 0 or n successes, which small seed counts hit often.
   */
  public static Interval wilson(long successes, long trials, double confidence) {
    checkConfidence(confidence);
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "wilson needs 0 <= successes <= trials and trials > 0, got " + successes + "/" + trials);
    }
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // Snap the ends at 0 and n successes: rounding could otherwise leave p just outside.
    double low = successes == 0 ? 0.0 : Math.max(0.0, Math.min(p, centre - half));
    double high = successes == trials ? 1.0 : Math.min(1.0, Math.max(p, centre + half));
    return new Interval(low, high);
  }

  private static SummaryStatistics summary(double[] x) {
    if (x.length == 0) {
      throw new IllegalArgumentException("statistics need at least one value");
    }
    var s = new SummaryStatistics();
    for (double v : x) {
      s.addValue(v);
    }
    return s;
  }

  private static void checkConfidence(double c) {
    if (!(c > 0 && c < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + c);
    }
  }
}

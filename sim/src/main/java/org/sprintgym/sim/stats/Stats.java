package org.sprintgym.sim.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The one place for summary statistics, so that means, variances and intervals are computed the
 * same way everywhere (Commons Math underneath).
 *
 * <p>Two kinds of mean, because recorded results depend on the last bits of each:
 * {@link #mean}, {@link #variance} and {@link #meanInterval} use Commons Math's running moments
 * and refuse an empty sample; the fixed-order methods ({@link #sum}, {@link #orderedMean},
 * {@link #shareMean}, {@link #squaredDeviations}) add in index order exactly as they say, so a
 * value computed on one machine or executor is the same double on every other, and they give NaN
 * for an empty sample where a mean is asked for.
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

  /** Mean by Commons Math's running first moment. */
  public static double mean(double[] x) {
    return summary(x).getMean();
  }

  /** Sample (n - 1) variance by Commons Math's running moments; 0 for a single value. */
  public static double variance(double[] x) {
    return x.length < 2 ? 0.0 : summary(x).getVariance();
  }

  /** Sample standard deviation, the square root of {@link #variance}; 0 for a single value. */
  public static double standardDeviation(double[] x) {
    return Math.sqrt(variance(x));
  }

  /** t-distribution confidence interval for the mean; a point interval for a single value. */
  public static Interval meanInterval(double[] x, double confidence) {
    checkConfidence(confidence);
    SummaryStatistics s = summary(x);
    if (x.length < 2) {
      return new Interval(s.getMean(), s.getMean());
    }
    double half = halfWidth(s.getStandardDeviation(), x.length, confidence);
    return new Interval(s.getMean() - half, s.getMean() + half);
  }

  /**
   * Half width of the two-sided t interval of a mean of {@code n >= 2} values with sample
   * standard deviation {@code sd}: {@code t(n - 1) * sd / sqrt(n)}.
   */
  public static double halfWidth(double sd, long n, double confidence) {
    return tQuantile(n - 1, confidence) * sd / Math.sqrt(n);
  }

  /** The t quantile with {@code df} degrees of freedom that bounds a two-sided interval. */
  public static double tQuantile(long df, double confidence) {
    checkConfidence(confidence);
    checkDegrees(df);
    return new TDistribution(null, df).inverseCumulativeProbability(0.5 + confidence / 2);
  }

  /** Two-sided p value of a t statistic with {@code df} degrees of freedom. */
  public static double twoSidedP(double t, long df) {
    checkDegrees(df);
    return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
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

  /** The sum in index order, starting from 0. */
  public static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /** {@link #sum} divided once by the count; NaN for no values. */
  public static double orderedMean(double[] x) {
    return sum(x) / x.length;
  }

  /**
   * The mean as a sum of shares {@code x[i] / n} in index order (how SB3 and CleanRL normalise
   * advantages); NaN for no values.
   */
  public static double shareMean(double[] x) {
    if (x.length == 0) {
      return Double.NaN;
    }
    double m = 0;
    for (double v : x) {
      m += v / x.length;
    }
    return m;
  }

  /** The sum of {@code (x[i] - about)^2} in index order; divide by n or n - 1 for a variance. */
  public static double squaredDeviations(double[] x, double about) {
    double ss = 0;
    for (double v : x) {
      ss += (v - about) * (v - about);
    }
    return ss;
  }

  /**
   * Sample (n - 1) variance in fixed order: {@link #squaredDeviations} about the
   * {@link #orderedMean}; NaN for fewer than two values.
   */
  public static double orderedVariance(double[] x) {
    return x.length < 2 ? Double.NaN : squaredDeviations(x, orderedMean(x)) / (x.length - 1);
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

  private static void checkDegrees(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("the t distribution needs at least 1 degree of freedom, got "
          + df);
    }
  }
}

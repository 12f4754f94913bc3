package org.sprintgym.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.sim.stats.Stats;

/**
 * A paired comparison of one metric over replications run on the same seeds in both arms: the
 * mean of each arm, the mean paired difference (variant - base) with a 95% t confidence interval,
 * and the ratio of the arms' means. Pairs where either arm has no value (NaN, e.g. no story
 * accepted, so no cycle time) are left out and counted.
 *
 * @param n pairs compared
 * @param baseMean mean of the base arm
 * @param variantMean mean of the variant arm
 * @param diffMean mean of variant - base over pairs
 * @param diffSd standard deviation of the paired differences (0 with one pair)
 * @param ciLow lower end of the 95% confidence interval of the mean difference (null with fewer
 *     than 2 pairs)
 * @param ciHigh upper end, likewise
 * @param ratio variant mean / base mean (null when the base mean is 0)
 * @param dropped pairs left out because an arm had no value
 */
record PairedTTest(int n, double baseMean, double variantMean, double diffMean, double diffSd,
    Double ciLow, Double ciHigh, Double ratio, int dropped) {

  static PairedTTest of(double[] base, double[] variant) {
    if (base.length != variant.length) {
      throw new IllegalArgumentException("paired arms need as many values: " + base.length
          + " vs " + variant.length);
    }
    double[] b = new double[base.length];
    double[] v = new double[base.length];
    double[] d = new double[base.length];
    int n = 0;
    for (int i = 0; i < base.length; i++) {
      if (!Double.isNaN(base[i]) && !Double.isNaN(variant[i])) {
        b[n] = base[i];
        v[n] = variant[i];
        d[n] = variant[i] - base[i];
        n++;
      }
    }
    int dropped = base.length - n;
    if (n == 0) {
      return new PairedTTest(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null,
          null, dropped);
    }
    b = java.util.Arrays.copyOf(b, n);
    v = java.util.Arrays.copyOf(v, n);
    d = java.util.Arrays.copyOf(d, n);
    double sd = Stats.standardDeviation(d);
    double diffMean = Stats.mean(d);
    Double lo = null;
    Double hi = null;
    if (n > 1) {
      double half = Stats.halfWidth(sd, n, 0.95);
      lo = diffMean - half;
      hi = diffMean + half;
    }
    double baseMean = Stats.mean(b);
    double variantMean = Stats.mean(v);
    Double ratio = baseMean == 0 ? null : variantMean / baseMean;
    return new PairedTTest(n, baseMean, variantMean, diffMean, sd, lo, hi, ratio, dropped);
  }

  /**
   * Two-sided p value of the paired t test of a zero mean difference; NaN with fewer than 2
   * pairs. With no spread it is 1 for a zero difference and 0 otherwise.
   */
  double pValue() {
    if (n < 2) {
      return Double.NaN;
    }
    if (diffSd == 0) {
      return diffMean == 0 ? 1.0 : 0.0;
    }
    double t = diffMean / (diffSd / Math.sqrt(n));
    return Stats.twoSidedP(t, n - 1);
  }

  /**
   * Holm's step-down adjustment of {@code p} (NaN entries are left out and stay NaN): the i-th
   * smallest of m p values is multiplied by m - i + 1, made monotone, capped at 1.
   */
  static double[] holm(double[] p) {
    Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i]))
        .boxed().sorted(java.util.Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
    double[] adj = new double[p.length];
    java.util.Arrays.fill(adj, Double.NaN);
    int m = order.length;
    double running = 0;
    for (int k = 0; k < m; k++) {
      running = Math.max(running, Math.min(1.0, (m - k) * p[order[k]]));
      adj[order[k]] = running;
    }
    return adj;
  }

  /** Whether the 95% interval excludes 0 (a difference the replications resolve). */
  boolean significant() {
    return ciLow != null && (ciLow > 0 || ciHigh < 0);
  }

  Map<String, Object> toMap() {
    var m = new LinkedHashMap<String, Object>();
    m.put("n", n);
    m.put("base_mean", round(baseMean));
    m.put("variant_mean", round(variantMean));
    m.put("diff_mean", round(diffMean));
    m.put("diff_sd", round(diffSd));
    m.put("ci95_low", ciLow == null ? null : round(ciLow));
    m.put("ci95_high", ciHigh == null ? null : round(ciHigh));
    m.put("ratio", ratio == null ? null : round(ratio));
    m.put("significant", significant());
    if (dropped > 0) {
      m.put("pairs_without_value", dropped);
    }
    return m;
  }

  static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 10000.0) / 10000.0;
  }
}

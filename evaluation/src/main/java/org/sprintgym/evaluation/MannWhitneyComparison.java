package org.sprintgym.evaluation;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.sprintgym.sim.stats.Stats;

/**
 * A trained policy against a baseline on the same seeds: the Mann-Whitney U test (two-sided) on
 * the per-seed values, and the common-language effect size (the chance that a random seed of the
 * trained policy beats a random seed of the baseline).
 *
 * @param trainedMean mean of the trained policy
 * @param baselineMean mean of the baseline
 * @param u the U statistic of the trained sample
 * @param pValue two-sided p-value
 * @param probabilityOfSuperiority P(trained > baseline) + P(tie)/2
 */
public record MannWhitneyComparison(
    double trainedMean, double baselineMean, double u, double pValue, double probabilityOfSuperiority) {

  public static MannWhitneyComparison of(double[] trained, double[] baseline) {
    if (trained.length == 0 || baseline.length == 0) {
      throw new IllegalArgumentException("both samples need at least one value");
    }
    var test = new MannWhitneyUTest();
    double u = 0;
    for (double a : trained) {
      for (double b : baseline) {
        u += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    double p = trained.length + baseline.length > 2 ? test.mannWhitneyUTest(trained, baseline) : 1.0;
    return new MannWhitneyComparison(Stats.mean(trained), Stats.mean(baseline), u, p,
        u / ((double) trained.length * baseline.length));
  }
}

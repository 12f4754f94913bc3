package org.sprintgym.evaluation;

import org.sprintgym.agents.Requires;
import org.sprintgym.sim.stats.Stats;

/**
 * A measurement over independent seeds: mean and a 95% confidence interval from Student's t
 * (seeds are the replications; within-seed episodes are averaged first).
 *
 * @param n number of seeds
 * @param mean mean over seeds
 * @param sd sample standard deviation over seeds (0 with one seed)
 * @param ci95Low lower end of the 95% interval (= mean with one seed)
 * @param ci95High upper end of the 95% interval (= mean with one seed)
 */
public record SeedSummary(int n, double mean, double sd, double ci95Low, double ci95High) {

  public SeedSummary {
    Requires.positive(n, "number of seeds");
    if (!(ci95Low <= mean && mean <= ci95High)) {
      throw new IllegalArgumentException("interval [" + ci95Low + ", " + ci95High
          + "] does not contain the mean " + mean);
    }
  }

  /** Summary of one value per seed. */
  public static SeedSummary of(double... perSeed) {
    if (perSeed.length == 0) {
      throw new IllegalArgumentException("a summary needs at least one seed");
    }
    for (double v : perSeed) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("per-seed value " + v + " is not finite");
      }
    }
    int n = perSeed.length;
    double mean = Stats.mean(perSeed);
    if (n == 1) {
      return new SeedSummary(1, mean, 0, mean, mean);
    }
    double sd = Stats.standardDeviation(perSeed);
    double half = Stats.halfWidth(sd, n, 0.95);
    return new SeedSummary(n, mean, sd, mean - half, mean + half);
  }
}

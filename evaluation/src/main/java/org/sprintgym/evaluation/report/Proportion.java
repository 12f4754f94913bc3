package org.sprintgym.evaluation.report;

import org.sprintgym.sim.stats.Stats;

/**
 * A share of successes with its 95% Wilson interval (always inside [0, 1], informative at 0 and
 * at n successes, where a normal or t interval is not).
 *
 * @param successes how many succeeded
 * @param trials how many were counted
 * @param share successes / trials
 * @param ci95 {lo, hi}
 */
public record Proportion(long successes, long trials, double share, double[] ci95) {
  public Proportion {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("a proportion needs 0 <= successes <= trials and"
          + " trials > 0, got " + successes + "/" + trials);
    }
    ci95 = ci95.clone();
  }

  public static Proportion of(long successes, long trials) {
    Stats.Interval w = Stats.wilson(successes, trials, 0.95);
    return new Proportion(successes, trials, (double) successes / trials,
        new double[] {w.low(), w.high()});
  }

  @Override
  public double[] ci95() {
    return ci95.clone();
  }
}

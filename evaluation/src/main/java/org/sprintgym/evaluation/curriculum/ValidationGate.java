package org.sprintgym.evaluation.curriculum;

import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.sim.stats.Stats;

/**
 * Keeps a training update only if it improves validation enough (dojo: by a relative 5%; here
 * also a paired test on the validation episodes); otherwise restores the parameters of the last
 * kept update. Works on the trained adapter's parameters in place. The kept parameters are the
 * adapter as it stands: evaluations and the saved adapter use them, while training goes on from
 * the live ones until the next gate.
 *
 * <p>A validation is the greedy policy's return on each of a fixed list of episodes (the same
 * seeds at every gate), so the candidate and the kept update can be compared episode by episode.
 */
final class ValidationGate {
  /** What the relative margin is taken of. */
  enum Basis {
    /** dojo's rule: the new validation return beats the kept one by {@code margin x |kept|}. */
    RETURN,
    /**
     * The margin is taken of the shortfall from a perfect score of 1 ({@code margin x (1 -
     * kept)}): for a return bounded by 1 and already near it, a 5% relative gain of the return
     * itself can be out of reach while a 5% cut of what is left to gain is not.
     */
    SHORTFALL,
    /**
     * A paired comparison on the validation episodes: the mean of (candidate - kept) per episode
     * must be at least 0 and at least {@code margin} standard errors of that mean (a one-sided
     * paired t statistic; margin 0 keeps every update that is not worse on average, 1.645 asks
     * for significance at 5%). The kept update's returns are exact, not an estimate that got
     * lucky, so a real gain of a few hundredths is kept however noisy single episodes are.
     */
    PAIRED,
    /**
     * A paired non-inferiority rule: an update is rolled back only when it is significantly
     * worse than the kept one, its mean paired difference below {@code -margin} standard errors
     * (margin 1.645: a one-sided test at 5%). Updates whose effect the validation cannot tell
     * from noise are kept, so training is not thrown away for want of evidence.
     */
    NON_INFERIOR,
    /**
     * {@link #NON_INFERIOR} on each criterion of the validation mix apart (its episodes grouped
     * by their type's criterion, rehearsed earlier stages' included): an update is rolled back
     * when any one of them is significantly worse, at a Bonferroni-adjusted margin (the one-sided
     * level of {@code margin} split over the groups), so a gain on one skill cannot pay for the
     * loss of another, nor a new stage for forgetting an old one.
     */
    NON_INFERIOR_EACH
  }

  private final double minImprovement;
  private final Basis basis;
  private final INDArray parameters;
  private final int[] groups;
  private final int groupCount;
  /** {@code minImprovement} adjusted for the groups' several tests ({@link #bonferroni}). */
  private final double groupMargin;
  private INDArray kept;
  private double[] keptReturns;

  /**
   * @param parameters the live parameters (restored in place on rollback)
   * @param returns the validation returns of the parameters as they are now, per episode
   */
  ValidationGate(double minImprovement, Basis basis, INDArray parameters, double[] returns) {
    this(minImprovement, basis, parameters, returns, new int[returns.length]);
  }

  /**
   * @param groups per validation episode, its group (0..G-1: the criterion of its type), which
   *     {@link Basis#NON_INFERIOR_EACH} judges apart
   */
  ValidationGate(double minImprovement, Basis basis, INDArray parameters, double[] returns,
      int[] groups) {
    if (groups.length != returns.length) {
      throw new IllegalArgumentException("validation has " + returns.length + " episodes but "
          + groups.length + " group labels");
    }
    this.minImprovement = minImprovement;
    this.basis = basis;
    this.parameters = parameters;
    this.groups = groups.clone();
    this.groupCount = java.util.Arrays.stream(groups).max().orElse(-1) + 1;
    this.groupMargin = bonferroni(minImprovement, groupCount);
    this.kept = parameters.dup();
    this.keptReturns = returns.clone();
  }

  /** Whether validation {@code returns} (per episode, as the kept ones) beat the kept update's. */
  boolean improves(double[] returns) {
    if (returns.length != keptReturns.length) {
      throw new IllegalArgumentException("validation has " + returns.length
          + " episodes, the kept update " + keptReturns.length);
    }
    double best = best();
    return switch (basis) {
      case RETURN -> Stats.mean(returns) - best > minImprovement * Math.abs(best);
      case SHORTFALL -> Stats.mean(returns) - best > minImprovement * Math.max(1 - best, 0);
      case PAIRED -> pairedGain(returns, keptReturns, minImprovement);
      case NON_INFERIOR -> !pairedLoss(returns, keptReturns, minImprovement);
      case NON_INFERIOR_EACH -> !anyGroupLoss(returns);
    };
  }

  /** Whether some group's paired difference is a significant loss at the adjusted margin. */
  private boolean anyGroupLoss(double[] returns) {
    for (int g = 0; g < groupCount; g++) {
      int n = 0;
      for (int label : groups) {
        n += label == g ? 1 : 0;
      }
      double[] c = new double[n];
      double[] k = new double[n];
      for (int i = 0, j = 0; i < groups.length; i++) {
        if (groups[i] == g) {
          c[j] = returns[i];
          k[j++] = keptReturns[i];
        }
      }
      if (n > 0 && pairedLoss(c, k, groupMargin)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The margin, in standard errors, of each of {@code groups} one-sided tests whose levels sum to
   * the level of one test at {@code z} (Bonferroni): 1.645 over 3 groups is about 2.13.
   */
  static double bonferroni(double z, int groups) {
    if (groups <= 1 || z <= 0) {
      return z;
    }
    var normal = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
    return normal.inverseCumulativeProbability(1 - (1 - normal.cumulativeProbability(z)) / groups);
  }

  /** The paired rule: mean difference at least 0 and at least {@code z} standard errors. */
  static boolean pairedGain(double[] candidate, double[] kept, double z) {
    double[] t = pairedDifference(candidate, kept);
    return t[0] >= 0 && t[0] >= z * t[1];
  }

  /** Whether the mean paired difference lies below {@code -z} standard errors (and below 0). */
  static boolean pairedLoss(double[] candidate, double[] kept, double z) {
    double[] t = pairedDifference(candidate, kept);
    return t[0] < 0 && t[0] < -z * t[1];
  }

  /** Mean of (candidate - kept) per episode and its standard error (0 for one episode). */
  private static double[] pairedDifference(double[] candidate, double[] kept) {
    double[] d = new double[candidate.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = candidate[i] - kept[i];
    }
    double se = d.length > 1 ? Math.sqrt(Stats.variance(d) / d.length) : 0;
    return new double[] {Stats.mean(d), se};
  }

  /** Judges the update now in the parameters; returns whether it was kept. */
  boolean offer(double[] returns) {
    if (improves(returns)) {
      kept = parameters.dup();
      keptReturns = returns.clone();
      return true;
    }
    parameters.assign(kept);
    return false;
  }

  /** Runs {@code task} with the kept parameters in place, then puts the live ones back. */
  <T> T withKept(Supplier<T> task) {
    INDArray live = parameters.dup();
    parameters.assign(kept);
    try {
      return task.get();
    } finally {
      parameters.assign(live);
    }
  }

  /** Drops the training since the last gate: the parameters become the kept ones. */
  void restoreKept() {
    parameters.assign(kept);
  }

  /** The kept update's mean validation return. */
  double best() {
    return Stats.mean(keptReturns);
  }
}

package org.sprintgym.evaluation.stats;

/**
 * Forwards to {@link org.sprintgym.sim.stats.Stats}, the one statistics helper, for the curriculum
 * classes that still import this name; it computes nothing itself. New code imports the sim class.
 */
public final class Stats {

  private Stats() {}

  /** {@link org.sprintgym.sim.stats.Stats#mean}. */
  public static double mean(double[] x) {
    return org.sprintgym.sim.stats.Stats.mean(x);
  }

  /** {@link org.sprintgym.sim.stats.Stats#variance}. */
  public static double variance(double[] x) {
    return org.sprintgym.sim.stats.Stats.variance(x);
  }
}

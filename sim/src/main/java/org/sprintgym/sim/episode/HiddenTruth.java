package org.sprintgym.sim.episode;

import java.util.Arrays;

/**
 * What the simulator knows and the trainee does not, frozen at reset.
 *
 * @param facts whether each of the type's hidden facts holds
 * @param weights findings each fact stands for (hidden criteria in one dimension, ...)
 * @param severity true severity in [0, 1]
 * @param workTarget true amount of work, in units of the observable estimate
 * @param biteChance chance that one undiscovered fact causes a problem downstream
 * @param draws uniform numbers for the forward simulation of consequences, drawn at reset so that
 *     every policy facing this seed meets the same luck (common random numbers)
 * @param reports what each fact's probe would report: a probe finds a fact that holds only with
 *     the situation's recall and raises a false alarm on one that does not (answers can mislead)
 * @param assessedSeverity what the type's assessing action would show: the true severity seen
 *     through the assessor's own noise
 */
public record HiddenTruth(boolean[] facts, int[] weights, double severity, double workTarget,
    double biteChance, double[] draws, boolean[] reports, double assessedSeverity) {

  /** Draws used: one per slot, then decision, support, acceptance and spare. */
  public static final int DRAWS = TypeSpec.MAX_SLOTS + 4;

  public HiddenTruth {
    facts = facts.clone();
    weights = weights.clone();
    draws = draws.clone();
    reports = reports.clone();
    if (facts.length != weights.length || facts.length != reports.length
        || draws.length != DRAWS) {
      throw new IllegalArgumentException("hidden truth has " + facts.length + " facts, "
          + weights.length + " weights, " + reports.length + " probe reports and "
          + draws.length + " draws (expected " + DRAWS + ")");
    }
    if (!(assessedSeverity >= 0 && assessedSeverity <= 1)) {
      throw new IllegalArgumentException("assessed severity must be in [0, 1] but was "
          + assessedSeverity);
    }
  }

  @Override
  public boolean[] facts() {
    return facts.clone();
  }

  @Override
  public int[] weights() {
    return weights.clone();
  }

  @Override
  public double[] draws() {
    return draws.clone();
  }

  @Override
  public boolean[] reports() {
    return reports.clone();
  }

  /** Whether fact {@code i}'s probe reports it as holding (a true find or a false alarm). */
  public boolean reported(int i) {
    return reports[i];
  }

  /** Whether fact {@code i}'s probe uncovers it: it holds and the probe reports it. */
  public boolean detects(int i) {
    return facts[i] && reports[i];
  }

  boolean fact(int i) {
    return facts[i];
  }

  int weight(int i) {
    return weights[i];
  }

  double draw(int i) {
    return draws[i];
  }

  /** Number of facts that hold. */
  public int trueCount() {
    int n = 0;
    for (boolean f : facts) {
      n += f ? 1 : 0;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HiddenTruth h && Arrays.equals(facts, h.facts)
        && Arrays.equals(weights, h.weights) && severity == h.severity
        && workTarget == h.workTarget && biteChance == h.biteChance
        && Arrays.equals(draws, h.draws) && Arrays.equals(reports, h.reports)
        && assessedSeverity == h.assessedSeverity;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(facts) * 31 + Arrays.hashCode(draws);
  }

  @Override
  public String toString() {
    return "HiddenTruth[facts=" + Arrays.toString(facts) + ", severity=" + severity + "]";
  }
}

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
 */
public record HiddenTruth(boolean[] facts, int[] weights, double severity, double workTarget,
    double biteChance, double[] draws) {

  /** Draws used: one per slot, then decision, support, acceptance and spare. */
  public static final int DRAWS = TypeSpec.MAX_SLOTS + 4;

  public HiddenTruth {
    facts = facts.clone();
    weights = weights.clone();
    draws = draws.clone();
    if (facts.length != weights.length || draws.length != DRAWS) {
      throw new IllegalArgumentException("hidden truth has " + facts.length + " facts, "
          + weights.length + " weights and " + draws.length + " draws (expected " + DRAWS + ")");
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
        && Arrays.equals(draws, h.draws);
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

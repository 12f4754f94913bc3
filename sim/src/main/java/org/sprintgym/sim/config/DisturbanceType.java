package org.sprintgym.sim.config;

import java.util.Locale;

/** The seven disturbance types of AAT, with AAT's default probability per sprint. */
public enum DisturbanceType {
  DEPENDENCY_BREAKS(0.166),
  PRODUCTION_INCIDENT(0.125),
  FLAKY_TEST(0.25),
  SCOPE_CREEP(0.20),
  JUNIOR_MISUNDERSTANDING(0.33),
  ARCHITECTURAL_DEBT_SURFACES(0.166),
  MERGE_CONFLICT(0.30);

  private final double aatProbability;

  DisturbanceType(double aatProbability) {
    this.aatProbability = aatProbability;
  }

  /** AAT's default chance per sprint. */
  public double aatProbability() {
    return aatProbability;
  }

  /** The AAT key, e.g. {@code dependency_breaks}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

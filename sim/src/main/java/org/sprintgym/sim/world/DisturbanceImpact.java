package org.sprintgym.sim.world;

import org.sprintgym.sim.config.DisturbanceType;

/**
 * One disturbance that struck: its budget of capacity-hours (the planned impact after the
 * blast-radius scaling) and what it has consumed so far. Every cost a disturbance causes goes
 * through {@link #charge}, which never lets the consumption pass the budget, so a sprint's summed
 * impact stays within the limit by construction.
 */
final class DisturbanceImpact {
  final DisturbanceType type;
  final double severity;
  final double budgetHours;
  final double qualityRegression;
  final double scale;
  final String target;
  final double injectedAt;
  double consumedHours;

  DisturbanceImpact(DisturbanceType type, double severity, double budgetHours,
      double qualityRegression, double scale, String target, double injectedAt) {
    this.type = type;
    this.severity = severity;
    this.budgetHours = budgetHours;
    this.qualityRegression = qualityRegression;
    this.scale = scale;
    this.target = target;
    this.injectedAt = injectedAt;
  }

  /** Charges up to {@code hours} to the budget; returns the hours actually charged. */
  double charge(double hours) {
    double allowed = Math.max(0, Math.min(hours, budgetHours - consumedHours));
    consumedHours += allowed;
    return allowed;
  }

  boolean exhausted() {
    return consumedHours >= budgetHours - 1e-9;
  }
}

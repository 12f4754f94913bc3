package org.sprintgym.sim.world;

/**
 * AAT's blast-radius controls, enforced: the planned impacts admitted in one sprint never sum
 * past {@code maxVelocityImpact} x capacity hours, nor past {@code maxQualityRegression} of the
 * coverage proxy. A disturbance that would breach a limit is scaled down to what is left, or not
 * injected when less than {@code minScale} of it would fit
 * ({@code sim.coefficients.disturbances.min_scale}).
 */
final class BlastRadius {
  /** Below this share of its planned size a disturbance is not worth injecting. */
  private final double minScale;
  private final double hoursLimit;
  private final double qualityLimit;
  private double hoursUsed;
  private double qualityUsed;

  BlastRadius(double maxVelocityImpact, double maxQualityRegression, double capacityHours,
      double minScale) {
    this.minScale = minScale;
    this.hoursLimit = maxVelocityImpact * capacityHours;
    this.qualityLimit = maxQualityRegression;
  }

  /**
   * The decision about one planned disturbance.
   *
   * @param scale share of the plan injected, 0 when not injected
   * @param reason why it was scaled or refused, empty when injected in full
   */
  record Decision(double scale, String reason) {
    boolean injected() {
      return scale > 0;
    }
  }

  Decision admit(double hours, double quality) {
    double hoursLeft = Math.max(0, hoursLimit - hoursUsed);
    double qualityLeft = Math.max(0, qualityLimit - qualityUsed);
    double scale = 1;
    String reason = "";
    if (hours > hoursLeft + 1e-12) {
      scale = hoursLeft / hours;
      reason = "max_velocity_impact";
    }
    if (quality > qualityLeft + 1e-12 && qualityLeft / quality < scale) {
      scale = qualityLeft / quality;
      reason = "max_quality_regression";
    }
    if (scale < minScale) {
      return new Decision(0, reason + " would be exceeded");
    }
    // shave a hair off so that rounding can never push the sum over the limit
    scale = scale < 1 ? scale * (1 - 1e-9) : 1;
    hoursUsed += hours * scale;
    qualityUsed += quality * scale;
    return new Decision(scale, scale < 1 ? "scaled to " + Math.round(scale * 100) + "% by " + reason : "");
  }

  double qualityUsed() {
    return qualityUsed;
  }
}

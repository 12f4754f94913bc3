package org.sprintgym.scenarios.curriculum;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keeps a training update only if it improves validation by more than a relative margin (dojo:
 * 5%); otherwise restores the parameters of the last kept update. Works on the trained adapter's
 * parameters in place.
 */
final class ValidationGate {
  private final double minImprovement;
  private final INDArray parameters;
  private INDArray kept;
  private double best;

  /**
   * @param parameters the live parameters (restored in place on rollback)
   * @param best the validation value of the parameters as they are now
   */
  ValidationGate(double minImprovement, INDArray parameters, double best) {
    this.minImprovement = minImprovement;
    this.parameters = parameters;
    this.kept = parameters.dup();
    this.best = best;
  }

  /** Judges the update now in the parameters; returns whether it was kept. */
  boolean offer(double validation) {
    if (validation - best > minImprovement * Math.abs(best)) {
      kept = parameters.dup();
      best = validation;
      return true;
    }
    parameters.assign(kept);
    return false;
  }

  double best() {
    return best;
  }
}

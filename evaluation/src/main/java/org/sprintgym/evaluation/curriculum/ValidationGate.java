package org.sprintgym.evaluation.curriculum;

import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keeps a training update only if it improves validation by more than a relative margin (dojo:
 * 5%); otherwise restores the parameters of the last kept update. Works on the trained adapter's
 * parameters in place. The kept parameters are the adapter as it stands: evaluations and the
 * saved adapter use them, while training goes on from the live ones until the next gate.
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
    SHORTFALL
  }

  private final double minImprovement;
  private final Basis basis;
  private final INDArray parameters;
  private INDArray kept;
  private double best;

  /**
   * @param parameters the live parameters (restored in place on rollback)
   * @param best the validation value of the parameters as they are now
   */
  ValidationGate(double minImprovement, INDArray parameters, double best) {
    this(minImprovement, Basis.RETURN, parameters, best);
  }

  ValidationGate(double minImprovement, Basis basis, INDArray parameters, double best) {
    this.minImprovement = minImprovement;
    this.basis = basis;
    this.parameters = parameters;
    this.kept = parameters.dup();
    this.best = best;
  }

  /** Whether {@code validation} beats the kept update's by more than the margin. */
  boolean improves(double validation) {
    double scale = basis == Basis.RETURN ? Math.abs(best) : Math.max(1 - best, 0);
    return validation - best > minImprovement * scale;
  }

  /** Judges the update now in the parameters; returns whether it was kept. */
  boolean offer(double validation) {
    if (improves(validation)) {
      kept = parameters.dup();
      best = validation;
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

  double best() {
    return best;
  }
}

package org.sprintgym.policy.ppo;

import org.nd4j.linalg.api.ndarray.INDArray;

/** PyTorch's {@code clip_grad_norm_} over one flat gradient array. */
public final class GradientClip {
  private GradientClip() {}

  /** Scales {@code grads} in place so its L2 norm is at most {@code maxNorm}; returns the norm before. */
  public static double clipGlobalNorm(INDArray grads, double maxNorm) {
    double norm = grads.norm2Number().doubleValue();
    double coef = maxNorm / (norm + 1e-6);
    if (coef < 1) {
      grads.muli(coef);
    }
    return norm;
  }
}

package org.sprintgym.policy.ppo;

import org.nd4j.linalg.api.ndarray.INDArray;

/** PyTorch's {@code clip_grad_norm_} over one flat gradient array. */
public final class GradientClip {
  private GradientClip() {}

  /** Scales {@code grads} in place so its L2 norm is at most {@code maxNorm}; returns the norm before. */
  public static double clipGlobalNorm(INDArray grads, double maxNorm) {
    boolean host = HostArrays.usable(grads);
    double norm = host ? hostNorm(grads) : grads.norm2Number().doubleValue();
    double coef = maxNorm / (norm + 1e-6);
    if (coef < 1) {
      if (host) {
        var g = HostArrays.floats(grads);
        for (int i = 0, n = g.capacity(); i < n; i++) {
          g.put(i, (float) (g.get(i) * coef));
        }
      } else {
        grads.muli(coef);
      }
    }
    return norm;
  }

  private static double hostNorm(INDArray grads) {
    var g = HostArrays.floats(grads);
    double ss = 0;
    for (int i = 0, n = g.capacity(); i < n; i++) {
      ss += (double) g.get(i) * g.get(i);
    }
    return Math.sqrt(ss);
  }
}

package org.sprintgym.policy.ppo;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.nn.HostArrays;

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
        float[] g = HostArrays.read(grads);
        for (int i = 0; i < g.length; i++) {
          g[i] = (float) (g[i] * coef);
        }
        HostArrays.write(grads, g);
      } else {
        grads.muli(coef);
      }
    }
    return norm;
  }

  private static double hostNorm(INDArray grads) {
    float[] g = HostArrays.read(grads);
    double ss = 0;
    for (float x : g) {
      ss += (double) x * x;
    }
    return Math.sqrt(ss);
  }
}

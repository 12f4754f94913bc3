package org.sprintgym.policy.ppo;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.nn.HostArrays;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam with PyTorch's update ({@code p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)}) over one
 * flat parameter array, so a step is a dozen native calls whatever the network. Its moments and
 * step count are public state for checkpoints.
 */
public final class Adam {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final INDArray m;
  private final INDArray v;
  private long steps;

  public Adam(INDArray like, double epsilon) {
    this(0.9, 0.999, epsilon, like.ulike().assign(0), like.ulike().assign(0), 0);
  }

  /** Adam continuing from saved moments and step count. */
  public Adam(double beta1, double beta2, double epsilon, INDArray m, INDArray v, long steps) {
    if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
      throw new IllegalArgumentException("Adam needs betas in [0, 1) and epsilon > 0 but got "
          + beta1 + ", " + beta2 + ", " + epsilon);
    }
    if (m.length() != v.length() || steps < 0) {
      throw new IllegalArgumentException("Adam moments must have equal length and steps >= 0");
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    this.m = m;
    this.v = v;
    this.steps = steps;
  }

  /** One update of {@code params} in place from {@code grads} with step size {@code lr}. */
  public void step(INDArray params, INDArray grads, double lr) {
    steps++;
    if (HostArrays.usable(params, grads, m, v)) {
      hostStep(params, grads, lr);
    } else {
      nativeStep(params, grads, lr);
    }
  }

  // the same update as one Java loop over host memory (CPU backend, float arrays), in float32
  // arithmetic as PyTorch's Adam and the native path; float keeps the loop vectorisable (~15 us
  // for 9k parameters where double intermediates took ~400 us). Bulk copies in and out because
  // element-wise access to a direct buffer is several times slower.
  private void hostStep(INDArray params, INDArray grads, double lr) {
    float[] p = HostArrays.read(params);
    float[] g = HostArrays.read(grads);
    float[] mm = HostArrays.read(m);
    float[] vv = HostArrays.read(v);
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float c1 = (float) (1 - beta1);
    float c2 = (float) (1 - beta2);
    float eps = (float) epsilon;
    float stepSize = (float) (lr / (1 - Math.pow(beta1, steps)));
    float sqrtBc2 = (float) Math.sqrt(1 - Math.pow(beta2, steps));
    for (int i = 0; i < p.length; i++) {
      float gi = g[i];
      float mi = b1 * mm[i] + c1 * gi;
      float vi = b2 * vv[i] + c2 * gi * gi;
      mm[i] = mi;
      vv[i] = vi;
      p[i] = p[i] - stepSize * (mi / ((float) Math.sqrt(vi) / sqrtBc2 + eps));
    }
    HostArrays.write(params, p);
    HostArrays.write(m, mm);
    HostArrays.write(v, vv);
  }

  private void nativeStep(INDArray params, INDArray grads, double lr) {
    m.muli(beta1).addi(grads.mul(1 - beta1));
    v.muli(beta2).addi(grads.mul(grads).muli(1 - beta2));
    double bc1 = 1 - Math.pow(beta1, steps);
    double bc2 = 1 - Math.pow(beta2, steps);
    INDArray denom = Transforms.sqrt(v, true).divi(Math.sqrt(bc2)).addi(epsilon);
    params.subi(m.div(denom).muli(lr / bc1));
  }

  public INDArray firstMoment() {
    return m;
  }

  public INDArray secondMoment() {
    return v;
  }

  public long steps() {
    return steps;
  }

  public double epsilon() {
    return epsilon;
  }
}

package org.sprintgym.policy.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code y = x W + b} on row batches, with W stored {@code in x out}, plus optionally the active
 * adapter's low-rank delta or replacement head. Keeps the last input for its backward pass, so one
 * instance serves one forward/backward at a time.
 */
public final class Linear {
  private final int in;
  private final int out;
  private final INDArray w;
  private final INDArray b;
  private final INDArray gradW;
  private final INDArray gradB;
  // the active adapter's parts; null when the base layer acts alone
  private LowRankDelta delta;
  private HeadOverride head;
  private INDArray lastX;
  private INDArray lastH;

  Linear(int in, int out, INDArray[] weight, INDArray[] bias) {
    this.in = in;
    this.out = out;
    this.w = weight[0];
    this.gradW = weight[1];
    this.b = bias[0];
    this.gradB = bias[1];
  }

  public int in() {
    return in;
  }

  public int out() {
    return out;
  }

  /** The base weight view ({@code in x out}). */
  public INDArray weight() {
    return w;
  }

  /** The base bias view. */
  public INDArray bias() {
    return b;
  }

  void activate(LowRankDelta delta, HeadOverride head) {
    this.delta = delta;
    this.head = head;
  }

  INDArray forward(INDArray x) {
    lastX = x;
    INDArray y = x.mmul(head == null ? w : head.w()).addiRowVector(head == null ? b : head.b());
    if (delta != null) {
      lastH = x.mmul(delta.a());
      y.addi(lastH.mmul(delta.b()).muli(delta.scale()));
    }
    return y;
  }

  /**
   * Writes this layer's gradients for {@code dy} (base ones only when {@code trainBase}) and
   * returns the gradient with respect to the input, or null when {@code needInput} is false.
   */
  INDArray backward(INDArray dy, boolean trainBase, boolean needInput) {
    if (trainBase && head == null) {
      Nd4j.gemm(lastX, dy, gradW, true, false, 1.0, 0.0);
      gradB.assign(dy.sum(0));
    }
    if (head != null) {
      Nd4j.gemm(lastX, dy, head.gradW(), true, false, 1.0, 0.0);
      head.gradB().assign(dy.sum(0));
    }
    INDArray dh = null;
    if (delta != null) {
      Nd4j.gemm(lastH, dy, delta.gradB(), true, false, delta.scale(), 0.0);
      dh = dy.mmul(delta.b().transpose()).muli(delta.scale());
      Nd4j.gemm(lastX, dh, delta.gradA(), true, false, 1.0, 0.0);
    }
    if (!needInput) {
      return null;
    }
    INDArray dx = dy.mmul((head == null ? w : head.w()).transpose());
    if (dh != null) {
      dx.addi(dh.mmul(delta.a().transpose()));
    }
    return dx;
  }
}

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
    INDArray y = mm(x, head == null ? w : head.w(), false, 1.0)
        .addiRowVector(head == null ? b : head.b());
    if (delta != null) {
      lastH = mm(x, delta.a(), false, 1.0);
      y.addi(mm(lastH, delta.b(), false, delta.scale()));
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
      dy.sum(gradB, 0); // straight into the gradient view: one op instead of sum + assign
    }
    if (head != null) {
      Nd4j.gemm(lastX, dy, head.gradW(), true, false, 1.0, 0.0);
      dy.sum(head.gradB(), 0);
    }
    INDArray dh = null;
    if (delta != null) {
      Nd4j.gemm(lastH, dy, delta.gradB(), true, false, delta.scale(), 0.0);
      dh = mm(dy, delta.b(), true, delta.scale());
      Nd4j.gemm(lastX, dh, delta.gradA(), true, false, 1.0, 0.0);
    }
    if (!needInput) {
      return null;
    }
    INDArray dx = mm(dy, head == null ? w : head.w(), true, 1.0);
    if (dh != null) {
      dx.addi(mm(dh, delta.a(), true, 1.0));
    }
    return dx;
  }

  /**
   * {@code alpha * a * (tb ? b^T : b)} as one BLAS gemm into a fresh (workspace) matrix:
   * {@code INDArray.mmul} goes through a custom op with shape inference and costs ~3x as much at
   * these sizes (batch 256, width 64).
   */
  private static INDArray mm(INDArray a, INDArray b, boolean tb, double alpha) {
    INDArray c = Nd4j.createUninitialized(a.dataType(), a.rows(), tb ? b.rows() : b.columns());
    return Nd4j.gemm(a, b, c, false, tb, alpha, 0.0);
  }
}

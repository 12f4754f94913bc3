package org.sprintgym.policy.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A LoRA pair for one linear layer: the layer adds {@code scale * (x A) B} to {@code x W + b}, with
 * {@code A} {@code in x r}, {@code B} {@code r x out} and their gradient views.
 */
public record LowRankDelta(INDArray a, INDArray b, INDArray gradA, INDArray gradB, double scale) {
  public LowRankDelta {
    if (a.size(1) != b.size(0)) {
      throw new IllegalArgumentException("LoRA rank mismatch: A is " + a.size(0) + "x" + a.size(1)
          + ", B is " + b.size(0) + "x" + b.size(1));
    }
  }
}

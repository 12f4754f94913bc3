package org.sprintgym.policy.nn;

/**
 * Settings of a LoRA adapter: every linear layer gets {@code W x + (alpha/rank) B A x}.
 *
 * @param rank the inner dimension r of A ({@code in x r}) and B ({@code r x out})
 * @param alpha the scale numerator; the delta is multiplied by {@code alpha / rank}
 * @param trainHeads when true the adapter carries its own full copies of the policy and value
 *     heads (initialised from the base, trained) instead of low-rank deltas on them
 */
public record LoraConfig(int rank, double alpha, boolean trainHeads) {

  public LoraConfig {
    if (rank < 1) {
      throw new IllegalArgumentException("LoRA rank must be >= 1 but was " + rank);
    }
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("LoRA alpha must be a finite number > 0 but was " + alpha);
    }
  }

  /** Rank {@code rank} with the default alpha = 2 * rank and frozen heads. */
  public static LoraConfig of(int rank) {
    return new LoraConfig(rank, 2.0 * rank, false);
  }

  public double scale() {
    return alpha / rank;
  }
}

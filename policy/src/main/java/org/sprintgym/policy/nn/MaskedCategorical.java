package org.sprintgym.policy.nn;

import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.Rng;

/**
 * A categorical distribution over the allowed actions of each row of logits. Masked actions get
 * log-probability {@code -infinity} (probability exactly 0) and never contribute to entropy or
 * gradients. Plain Java: for a few actions per sample this is cheaper than native calls.
 */
public final class MaskedCategorical {
  private MaskedCategorical() {}

  /** Log-softmax of each row over its allowed actions; masked entries become -infinity. */
  public static double[] logSoftmax(double[] logits, boolean[] mask, int rows, int actions) {
    double[] out = new double[logits.length];
    for (int r = 0; r < rows; r++) {
      int o = r * actions;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < actions; j++) {
        if (mask[o + j]) {
          max = Math.max(max, logits[o + j]);
        }
      }
      double sum = 0;
      for (int j = 0; j < actions; j++) {
        if (mask[o + j]) {
          sum += Math.exp(logits[o + j] - max);
        }
      }
      double lse = max + Math.log(sum);
      for (int j = 0; j < actions; j++) {
        out[o + j] = mask[o + j] ? logits[o + j] - lse : Double.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /** Entropy of row {@code r}, given its log-probabilities. */
  public static double entropy(double[] logp, int r, int actions) {
    double h = 0;
    for (int j = r * actions; j < (r + 1) * actions; j++) {
      if (logp[j] != Double.NEGATIVE_INFINITY) {
        h -= Math.exp(logp[j]) * logp[j];
      }
    }
    return h;
  }

  /** Picks an action for row {@code r}: a draw from {@code rng}, or the most probable one. */
  public static int choose(double[] logp, int r, int actions, ActionMode mode, Rng rng) {
    int o = r * actions;
    int best = -1;
    for (int j = 0; j < actions; j++) {
      if (logp[o + j] != Double.NEGATIVE_INFINITY && (best < 0 || logp[o + j] > logp[o + best])) {
        best = j;
      }
    }
    if (mode == ActionMode.GREEDY) {
      return best;
    }
    double u = rng.nextDouble();
    double cumulative = 0;
    int last = best;
    for (int j = 0; j < actions; j++) {
      if (logp[o + j] != Double.NEGATIVE_INFINITY) {
        cumulative += Math.exp(logp[o + j]);
        last = j;
        if (u < cumulative) {
          return j;
        }
      }
    }
    return last; // u beyond the rounded total: the last allowed action
  }
}

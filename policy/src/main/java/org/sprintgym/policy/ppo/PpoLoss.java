package org.sprintgym.policy.ppo;

import org.sprintgym.policy.nn.MaskedCategorical;
import org.sprintgym.sim.stats.Stats;

/**
 * SB3's PPO loss with hand-derived gradients. With {@code r = exp(logp - oldLogp)}:
 * policy loss {@code -mean(min(A r, A clip(r, 1-eps, 1+eps)))}, value loss
 * {@code mean((R - v')^2)} where {@code v'} is the value, or with value clipping the old value plus
 * the clipped change, entropy bonus {@code -entCoef * mean(H)}; approx-KL is the k3 estimator
 * {@code mean((r - 1) - log r)}.
 */
public final class PpoLoss {
  private PpoLoss() {}

  /** Coefficients of one gradient step (clip ranges after annealing). */
  public record Coefficients(double clipRange, double clipRangeVf, double entCoef, double vfCoef,
      boolean normalizeAdvantage) {}

  /** Loss and gradients for network outputs {@code logits} and {@code values} on {@code mb}. */
  public static LossTerms compute(Minibatch mb, double[] logits, double[] values, Coefficients c) {
    int m = mb.size();
    int a = mb.actionCount();
    double[] adv = c.normalizeAdvantage() ? normalise(mb.advantages()) : mb.advantages();
    double[] logp = MaskedCategorical.logSoftmax(logits, mb.masks(), m, a);
    double[] dLogits = new double[m * a];
    double[] dValues = new double[m];
    double pg = 0;
    double vf = 0;
    double ent = 0;
    double kl = 0;
    double clipped = 0;
    for (int i = 0; i < m; i++) {
      double logRatio = logp[i * a + mb.actions()[i]] - mb.oldLogProbs()[i];
      double ratio = Math.exp(logRatio);
      double s1 = adv[i] * ratio;
      double s2 = adv[i] * Math.max(1 - c.clipRange(), Math.min(1 + c.clipRange(), ratio));
      pg -= Math.min(s1, s2) / m;
      kl += ((ratio - 1) - logRatio) / m;
      clipped += Math.abs(ratio - 1) > c.clipRange() ? 1.0 / m : 0;
      double h = MaskedCategorical.entropy(logp, i, a);
      ent += h / m;
      // d(-min)/d logp: the unclipped term carries the gradient unless the clipped one is smaller
      double dLogp = s1 <= s2 ? -s1 / m : 0;
      policyRowGradient(logp, i, a, mb.actions()[i], dLogp, h, c.entCoef() / m, dLogits);
      vf += valueTerm(values[i], mb.oldValues()[i], mb.returns()[i], c, m, dValues, i);
    }
    return new LossTerms(pg, vf, ent, kl, clipped, dLogits, dValues);
  }

  // d logp_act / dz_j = 1[j = act] - p_j;  d(-H)/dz_j = p_j (logp_j + H)
  private static void policyRowGradient(double[] logp, int i, int a, int action, double dLogp,
      double h, double entWeight, double[] dLogits) {
    for (int j = 0; j < a; j++) {
      int k = i * a + j;
      if (logp[k] == Double.NEGATIVE_INFINITY) {
        continue; // masked: probability 0, no gradient
      }
      double p = Math.exp(logp[k]);
      dLogits[k] = dLogp * ((j == action ? 1 : 0) - p) + entWeight * p * (logp[k] + h);
    }
  }

  private static double valueTerm(double v, double oldV, double ret, Coefficients c, int m,
      double[] dValues, int i) {
    double change = v - oldV;
    boolean inside = Math.abs(change) <= c.clipRangeVf();
    double pred = inside ? v : oldV + Math.copySign(c.clipRangeVf(), change);
    double err = pred - ret;
    dValues[i] = inside ? c.vfCoef() * 2 * err / m : 0;
    return err * err / m;
  }

  /** (x - mean) / (unbiased std + 1e-8), as SB3 and CleanRL; a single sample is left as is. */
  public static double[] normalise(double[] x) {
    if (x.length < 2) {
      return x.clone();
    }
    double mean = Stats.shareMean(x);
    double std = Math.sqrt(Stats.squaredDeviations(x, mean) / (x.length - 1));
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (x[i] - mean) / (std + 1e-8);
    }
    return out;
  }
}

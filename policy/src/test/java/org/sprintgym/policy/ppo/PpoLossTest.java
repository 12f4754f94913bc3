package org.sprintgym.policy.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PpoLossTest {
  private static final double LN2 = Math.log(2);
  private static final boolean[] ALL = {true, true, true, true};

  // sample 0: uniform logits, action 0, old prob 1/3 -> ratio 1.5, advantage +2: clipped at 1.2
  // sample 1: uniform logits, action 1, old prob 1/2 -> ratio 1, advantage -1: unclipped
  private static Minibatch twoSamples() {
    return new Minibatch(2, 2, ALL, new int[] {0, 1},
        new double[] {Math.log(1.0 / 3), -LN2}, new double[] {2, -1}, new double[] {1.5, 1},
        new double[] {1, 2});
  }

  @Test
  void clippedSurrogateKlAndClipFractionByHand() {
    var c = new PpoLoss.Coefficients(0.2, Double.POSITIVE_INFINITY, 0.0, 0.5, false);
    LossTerms l = PpoLoss.compute(twoSamples(), new double[4], new double[] {1, 2}, c);
    assertEquals(-(2 * 1.2 + -1) / 2, l.policyLoss(), 1e-12);
    assertEquals(0.5, l.clipFraction(), 1e-12);
    assertEquals(((1.5 - 1) - Math.log(1.5)) / 2, l.approxKl(), 1e-12);
    assertEquals(LN2, l.entropy(), 1e-12);
    // clipped sample: no gradient; unclipped: d/dlogp = -A r / m = 0.5, times (onehot - p)
    assertArrayEquals(new double[] {0, 0, -0.25, 0.25}, l.dLogits(), 1e-12);
  }

  @Test
  void valueLossWithAndWithoutClippingByHand() {
    var open = new PpoLoss.Coefficients(0.2, Double.POSITIVE_INFINITY, 0.0, 0.5, false);
    LossTerms l = PpoLoss.compute(twoSamples(), new double[4], new double[] {1, 2}, open);
    assertEquals((0.25 + 1) / 2, l.valueLoss(), 1e-12);
    assertArrayEquals(new double[] {0.5 * 2 * -0.5 / 2, 0.5 * 2 * 1.0 / 2}, l.dValues(), 1e-12);
    // clip 0.2: value 1.5 moved 0.5 from old 1 -> prediction 1.2, error -0.3, no gradient
    var clipped = new PpoLoss.Coefficients(0.2, 0.2, 0.0, 0.5, false);
    LossTerms k = PpoLoss.compute(twoSamples(), new double[4], new double[] {1.5, 2}, clipped);
    assertEquals((0.09 + 1) / 2, k.valueLoss(), 1e-12);
    assertEquals(0.0, k.dValues()[0]);
  }

  @Test
  void advantagesAreNormalisedPerMinibatchWithUnbiasedStd() {
    double[] n = PpoLoss.normalise(new double[] {1, 2, 3, 4});
    double std = Math.sqrt(5.0 / 3);
    assertArrayEquals(new double[] {-1.5 / std, -0.5 / std, 0.5 / std, 1.5 / std}, n, 1e-7);
    // in the loss: ratio 1 everywhere, so d/dlogp_i = -normalised A_i / m and dz_a = that * 1/2
    var mb = new Minibatch(4, 2, new boolean[8], new int[] {0, 0, 0, 0}, new double[] {-LN2,
        -LN2, -LN2, -LN2}, new double[] {1, 2, 3, 4}, new double[4], new double[4]);
    var mbAllowed = new Minibatch(4, 2, fill(8), mb.actions(), mb.oldLogProbs(), mb.advantages(),
        mb.returns(), mb.oldValues());
    var c = new PpoLoss.Coefficients(0.2, Double.POSITIVE_INFINITY, 0.0, 0.5, true);
    LossTerms l = PpoLoss.compute(mbAllowed, new double[8], new double[4], c);
    for (int i = 0; i < 4; i++) {
      assertEquals(-n[i] / 4 * 0.5, l.dLogits()[i * 2], 1e-9);
    }
  }

  @Test
  void gradientsMatchFiniteDifferencesWithEntropyAndMask() {
    boolean[] mask = {true, false, true, true, true, true};
    var mb = new Minibatch(2, 3, mask, new int[] {2, 1}, new double[] {-0.9, -1.2},
        new double[] {0.7, -0.4}, new double[] {0.3, -0.2}, new double[] {0.1, 0.0});
    double[] logits = {0.2, 5.0, -0.1, 0.4, 0.1, -0.3};
    double[] values = {0.25, -0.1};
    var c = new PpoLoss.Coefficients(0.2, Double.POSITIVE_INFINITY, 0.05, 0.5, false);
    LossTerms l = PpoLoss.compute(mb, logits, values, c);
    double h = 1e-6;
    for (int k = 0; k < logits.length; k++) {
      double[] up = logits.clone();
      double[] down = logits.clone();
      up[k] += h;
      down[k] -= h;
      double fd = (PpoLoss.compute(mb, up, values, c).total(0.05, 0.5)
          - PpoLoss.compute(mb, down, values, c).total(0.05, 0.5)) / (2 * h);
      assertEquals(fd, l.dLogits()[k], 1e-6, "dLogits[" + k + "]");
    }
    assertEquals(0.0, l.dLogits()[1], "a masked action gets no gradient");
    for (int k = 0; k < values.length; k++) {
      double[] up = values.clone();
      double[] down = values.clone();
      up[k] += h;
      down[k] -= h;
      double fd = (PpoLoss.compute(mb, logits, up, c).total(0.05, 0.5)
          - PpoLoss.compute(mb, logits, down, c).total(0.05, 0.5)) / (2 * h);
      assertEquals(fd, l.dValues()[k], 1e-6, "dValues[" + k + "]");
    }
  }

  private static boolean[] fill(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }
}

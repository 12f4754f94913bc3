package org.sprintgym.policy.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.sprintgym.policy.nn.HostArrays;

class OptimiserTest {

  @Test
  void gradientNormAfterClippingIsAtMostTheLimit() {
    var g = Nd4j.createFromArray(3.0, 4.0);
    assertEquals(5.0, GradientClip.clipGlobalNorm(g, 0.5), 1e-12);
    assertTrue(g.norm2Number().doubleValue() <= 0.5);
    assertArrayEquals(new double[] {0.3, 0.4}, g.toDoubleVector(), 1e-6); // direction kept
    var small = Nd4j.createFromArray(0.1, 0.2);
    GradientClip.clipGlobalNorm(small, 0.5);
    assertArrayEquals(new double[] {0.1, 0.2}, small.toDoubleVector(), 0.0);
  }

  @Test
  void learningRateDecaysLinearlyAsSb3() {
    // 4 rollouts of 25 steps in a 100-step run: progress is read after each rollout is collected
    var s = new LinearSchedule(1e-3, 100, true);
    assertEquals(7.5e-4, s.at(25), 1e-15);
    assertEquals(5e-4, s.at(50), 1e-15);
    assertEquals(2.5e-4, s.at(75), 1e-15);
    assertEquals(0.0, s.at(100), 0.0);
    assertEquals(0.0, s.at(120), 0.0); // SB3 would go negative past the end; floored here
    assertEquals(1e-3, new LinearSchedule(1e-3, 100, false).at(100), 0.0);
    assertThrows(IllegalArgumentException.class, () -> s.at(-1));
    assertThrows(IllegalArgumentException.class, () -> new LinearSchedule(1, 0, true));
  }

  @Test
  void adamFirstStepsByHand() {
    var p = Nd4j.createFromArray(1.0);
    var g = Nd4j.createFromArray(0.5);
    var adam = new Adam(p, 1e-5);
    adam.step(p, g, 0.1);
    // m = .05, v = .00025; m_hat = .5, sqrt(v_hat) = .5 -> step = .1 * .5 / (.5 + 1e-5)
    assertEquals(1.0 - 0.1 * 0.5 / (0.5 + 1e-5), p.getDouble(0), 1e-12);
    adam.step(p, Nd4j.createFromArray(-0.5), 0.1);
    // m = .9*.05 - .05 = -.005, v = .999*.00025 + .00025 = .00049975
    double mHat = -0.005 / (1 - 0.81);
    double vHat = 0.00049975 / (1 - 0.999 * 0.999);
    assertEquals(1.0 - 0.1 * 0.5 / (0.5 + 1e-5) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-5),
        p.getDouble(0), 1e-12);
    assertEquals(2, adam.steps());
  }

  @Test
  void hostAndNativeAdamAndClipAgreeOnFloats() {
    var rng = org.sprintgym.policy.Rng.seeded(4);
    float[] p0 = new float[1000];
    float[] g0 = new float[1000];
    for (int i = 0; i < p0.length; i++) {
      p0[i] = (float) rng.nextGaussian();
      g0[i] = (float) rng.nextGaussian();
    }
    var hostP = Nd4j.createFromArray(p0);
    var nativeP = Nd4j.createFromArray(p0).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    var hostAdam = new Adam(hostP, 1e-5);
    var nativeAdam = new Adam(nativeP, 1e-5);
    assertTrue(HostArrays.usable(hostP) && !HostArrays.usable(nativeP));
    for (int t = 0; t < 3; t++) {
      var hg = Nd4j.createFromArray(g0).muli(t + 1);
      var ng = hg.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
      assertEquals(GradientClip.clipGlobalNorm(ng, 5.0), GradientClip.clipGlobalNorm(hg, 5.0),
          1e-3);
      assertTrue(hg.norm2Number().doubleValue() <= 5.0 + 1e-5);
      hostAdam.step(hostP, hg, 0.01);
      nativeAdam.step(nativeP, ng, 0.01);
    }
    assertArrayEquals(nativeP.toDoubleVector(), hostP.castTo(
        org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleVector(), 1e-5);
  }

  @Test
  void explainedVarianceByHand() {
    // Var(returns) = 42/27, Var(returns - values) = 6/27
    assertEquals(1 - 6.0 / 42, PpoTrainer.explainedVariance(new double[] {1, 2, 3},
        new double[] {1, 2, 4}), 1e-12);
    assertTrue(Double.isNaN(PpoTrainer.explainedVariance(new double[] {1, 2},
        new double[] {3, 3})));
  }

  @Test
  void configRejectsBadValues() {
    var ok = PpoConfig.rlZooCartPole();
    assertEquals(256, ok.rolloutSize());
    assertEquals(391, ok.updatesFor(100_000));
    assertThrows(IllegalArgumentException.class, () -> new PpoConfig(8, 32, 512, 20, 0.98, 0.8,
        1e-3, true, 0.2, true, Double.POSITIVE_INFINITY, 0, 0.5, 0.5, true, 1e-5,
        ok.actorHidden(), ok.criticHidden()));
    assertThrows(IllegalArgumentException.class, () -> new PpoConfig(8, 32, 256, 20, 1.5, 0.8,
        1e-3, true, 0.2, true, Double.POSITIVE_INFINITY, 0, 0.5, 0.5, true, 1e-5,
        ok.actorHidden(), ok.criticHidden()));
    assertThrows(IllegalArgumentException.class, () -> new PpoConfig(8, 32, 256, 20, 0.98, 0.8,
        1e-3, true, 0.2, true, 0.0, 0, 0.5, 0.5, true, 1e-5, ok.actorHidden(),
        ok.criticHidden()));
  }

  @Test
  void optimisationCanBeChangedWithoutTouchingAnythingElse() {
    var zoo = PpoConfig.rlZooCartPole();
    var flat = zoo.withOptimisation(7, 5e-4, false);
    assertTrue(zoo.annealLearningRate());
    assertEquals(false, flat.annealLearningRate());
    assertEquals(7, flat.epochs());
    assertEquals(5e-4, flat.learningRate());
    // every other field kept
    assertEquals(zoo, flat.withOptimisation(zoo.epochs(), zoo.learningRate(), true));
    assertThrows(IllegalArgumentException.class, () -> zoo.withOptimisation(0, 1e-3, true));
  }
}

package org.sprintgym.policy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

class ActorCriticTest {
  static final ActorCriticSpec SPEC = new ActorCriticSpec(3, 3, java.util.List.of(5, 4),
      java.util.List.of(4));

  static float[] observations(int n, long seed) {
    Rng r = Rng.seeded(seed);
    float[] o = new float[n * 3];
    for (int i = 0; i < o.length; i++) {
      o[i] = (float) r.nextGaussian();
    }
    return o;
  }

  @Test
  void backpropMatchesFiniteDifferencesOnBase() {
    var net = ActorCritic.create(SPEC, DataType.DOUBLE, Rng.seeded(3));
    checkGradients(net);
  }

  @Test
  void backpropMatchesFiniteDifferencesOnAnAdapterAndLeavesBaseGradientsAlone() {
    var net = ActorCritic.create(SPEC, DataType.DOUBLE, Rng.seeded(3));
    Adapter a = net.addAdapter("a", new LoraConfig(2, 3.0, false), Rng.seeded(4));
    a.parameters().values().addi(0.1); // B non-zero so A gets gradients too
    net.activate("a");
    checkGradients(net);
    assertEquals(0.0, net.baseParameters().gradients().norm2Number().doubleValue());
  }

  @Test
  void adapterWithTrainedHeadsHasCorrectGradients() {
    var net = ActorCritic.create(SPEC, DataType.DOUBLE, Rng.seeded(3));
    Adapter a = net.addAdapter("h", new LoraConfig(1, 2.0, true), Rng.seeded(4));
    a.parameters().values().addi(0.05);
    net.activate("h");
    checkGradients(net);
  }

  // loss = sum(L * logits) + sum(V * values) for fixed random L, V: dLoss/dOutputs = L, V
  private static void checkGradients(ActorCritic net) {
    int n = 4;
    INDArray x = Tensors.matrix(observations(n, 9), n, 3, DataType.DOUBLE);
    double[] lw = toDoubles(observations(n, 10)); // 4 x 3 weights for the logits
    double[] vw = {0.3, -0.7, 1.1, 0.2};
    INDArray dl = Tensors.matrix(lw, n, 3, DataType.DOUBLE);
    INDArray dv = Tensors.matrix(vw, n, 1, DataType.DOUBLE);
    net.forward(x);
    net.backward(dl, dv);
    ParameterBlock p = net.trainableParameters();
    double[] analytic = Tensors.toDoubles(p.gradients());
    double h = 1e-6;
    for (int k = 0; k < p.size(); k++) {
      double old = p.values().getDouble(k);
      p.values().putScalar(k, old + h);
      double up = loss(net, x, dl, dv);
      p.values().putScalar(k, old - h);
      double down = loss(net, x, dl, dv);
      p.values().putScalar(k, old);
      assertEquals((up - down) / (2 * h), analytic[k], 1e-6, "parameter " + k);
    }
  }

  private static double loss(ActorCritic net, INDArray x, INDArray dl, INDArray dv) {
    ActorCritic.Forward f = net.forward(x);
    return f.logits().mul(dl).sumNumber().doubleValue()
        + f.values().mul(dv).sumNumber().doubleValue();
  }

  private static double[] toDoubles(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  @Test
  void orthogonalInitHasOrthonormalRowsTimesGain() {
    double[] w = OrthogonalInit.matrix(3, 5, 2.0, Rng.seeded(1)); // rows orthogonal
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double dot = 0;
        for (int k = 0; k < 5; k++) {
          dot += w[i * 5 + k] * w[j * 5 + k];
        }
        assertEquals(i == j ? 4.0 : 0.0, dot, 1e-9);
      }
    }
    var net = ActorCritic.create(ActorCriticSpec.of(4, 2, 64, 64), DataType.FLOAT, Rng.seeded(1));
    // policy head: 64x2 with gain 0.01 -> each output column has norm 0.01
    INDArray head = net.allLayers().get(2).weight();
    assertEquals(0.01, head.getColumn(0).norm2Number().doubleValue(), 1e-6);
    assertEquals(0.0, net.allLayers().get(2).bias().norm2Number().doubleValue());
    assertEquals(1.0, net.allLayers().get(5).weight().norm2Number().doubleValue(), 1e-5);
  }

  @Test
  void sameInitSeedSameNetwork() {
    var a = ActorCritic.create(SPEC, DataType.FLOAT, Rng.seeded(5));
    var b = ActorCritic.create(SPEC, DataType.FLOAT, Rng.seeded(5));
    var c = ActorCritic.create(SPEC, DataType.FLOAT, Rng.seeded(6));
    assertEquals(a.baseParameters().values(), b.baseParameters().values());
    assertTrue(!a.baseParameters().values().equals(c.baseParameters().values()));
  }

  @Test
  void greedyActionsRespectMasks() {
    var net = ActorCritic.create(SPEC, DataType.FLOAT, Rng.seeded(5));
    boolean[] masks = {false, true, false, true, false, false};
    var batch = new ObservationBatch(2, 3, 3, observations(2, 1), masks);
    PolicyOutput g = net.act(batch, ActionMode.GREEDY, Rng.seeded(1));
    assertArrayEquals(new int[] {1, 0}, g.actions());
    assertArrayEquals(new double[] {0, 0}, g.logProbs(), 1e-6); // the only allowed action
    Rng r = Rng.seeded(2);
    for (int t = 0; t < 50; t++) {
      assertArrayEquals(new int[] {1, 0}, net.act(batch, ActionMode.SAMPLE, r).actions());
    }
    assertThrows(IllegalArgumentException.class,
        () -> net.act(ObservationBatch.unmasked(1, 4, 3, new float[4]), ActionMode.GREEDY, r));
  }

  @Test
  void maskedCategoricalByHand() {
    double[] logp = MaskedCategorical.logSoftmax(new double[] {0, 7, Math.log(3)},
        new boolean[] {true, false, true}, 1, 3);
    assertArrayEquals(new double[] {Math.log(0.25), Double.NEGATIVE_INFINITY, Math.log(0.75)},
        logp, 1e-12);
    assertEquals(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)),
        MaskedCategorical.entropy(logp, 0, 3), 1e-12);
  }
}

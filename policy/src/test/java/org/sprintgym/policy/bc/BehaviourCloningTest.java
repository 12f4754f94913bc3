package org.sprintgym.policy.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;

class BehaviourCloningTest {

  @Test
  void maskedCrossEntropyByHand() {
    // row 0: p = (1/4, 3/4), expert 1; row 1: middle action masked, p = (1/4, 0, 3/4), expert 0
    var ce = BehaviourCloning.crossEntropy(new double[] {0, Math.log(3), 0, 0},
        new boolean[] {true, true, true, true}, new int[] {1, 0}, 2, 2);
    assertEquals((-Math.log(0.75) - Math.log(0.5)) / 2, ce.loss(), 1e-12);
    assertArrayEquals(new double[] {0.125, -0.125, -0.25, 0.25}, ce.dLogits(), 1e-12);
    var masked = BehaviourCloning.crossEntropy(new double[] {0, 5, Math.log(3)},
        new boolean[] {true, false, true}, new int[] {0}, 1, 3);
    assertEquals(-Math.log(0.25), masked.loss(), 1e-12);
    assertArrayEquals(new double[] {-0.75, 0, 0.75}, masked.dLogits(), 1e-12);
  }

  @Test
  void clonesASimpleExpertRule() {
    Rng r = Rng.seeded(3);
    int n = 512;
    float[] obs = new float[n * 4];
    int[] actions = new int[n];
    boolean[] masks = new boolean[n * 3];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 4; k++) {
        obs[i * 4 + k] = (float) r.nextGaussian();
      }
      actions[i] = obs[i * 4] > 0 ? 2 : 0; // the expert never uses action 1
      java.util.Arrays.fill(masks, i * 3, i * 3 + 3, true);
    }
    var data = new Demonstrations(n, 4, 3, obs, masks, actions);
    var net = ActorCritic.create(ActorCriticSpec.of(4, 3, 32, 32), DataType.FLOAT, Rng.seeded(1));
    var bc = new BehaviourCloning(net, 3e-3, 64, 0.5, Rng.seeded(2));
    double first = bc.epoch(data);
    double last = first;
    for (int e = 0; e < 30; e++) {
      last = bc.epoch(data);
    }
    assertTrue(last < first / 3, "loss " + first + " -> " + last);
    int[] chosen = net.act(new ObservationBatch(n, 4, 3, obs, masks), ActionMode.GREEDY,
        Rng.seeded(1)).actions();
    int agree = 0;
    for (int i = 0; i < n; i++) {
      agree += chosen[i] == actions[i] ? 1 : 0;
    }
    assertTrue(agree >= 0.95 * n, "agreement " + agree + "/" + n);
    assertThrows(IllegalArgumentException.class, () -> new Demonstrations(1, 4, 3, new float[4],
        new boolean[] {true, false, true}, new int[] {1}));
  }

  @Test
  void withReturnsTheCriticIsFittedToThemAndWithoutItIsLeftAlone() {
    Rng r = Rng.seeded(5);
    int n = 256;
    float[] obs = new float[n * 4];
    int[] actions = new int[n];
    boolean[] masks = new boolean[n * 3];
    float[] returns = new float[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 4; k++) {
        obs[i * 4 + k] = (float) r.nextGaussian();
      }
      actions[i] = obs[i * 4] > 0 ? 2 : 0;
      returns[i] = 0.5f * obs[i * 4 + 1] + 0.2f;
      java.util.Arrays.fill(masks, i * 3, i * 3 + 3, true);
    }
    var withValues = ActorCritic.create(ActorCriticSpec.of(4, 3, 32, 32), DataType.FLOAT,
        Rng.seeded(1));
    var without = ActorCritic.create(ActorCriticSpec.of(4, 3, 32, 32), DataType.FLOAT,
        Rng.seeded(1));
    double before = valueError(withValues, obs, returns, n);
    double[] untouched = without.values(obs, n);
    var bcValues = new BehaviourCloning(withValues, 3e-3, 64, 0.5, Rng.seeded(2));
    var bcPlain = new BehaviourCloning(without, 3e-3, 64, 0.5, Rng.seeded(2));
    for (int e = 0; e < 30; e++) {
      bcValues.epoch(new Demonstrations(n, 4, 3, obs, masks, actions, returns));
      bcPlain.epoch(new Demonstrations(n, 4, 3, obs, masks, actions));
    }
    double after = valueError(withValues, obs, returns, n);
    assertTrue(after < before / 5, "value error " + before + " -> " + after);
    assertArrayEquals(untouched, without.values(obs, n), 0.0);
    assertThrows(IllegalArgumentException.class, () -> new Demonstrations(n, 4, 3, obs, masks,
        actions, new float[n - 1]));
  }

  private static double valueError(ActorCritic net, float[] obs, float[] returns, int n) {
    double[] v = net.values(obs, n);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (v[i] - returns[i]) * (v[i] - returns[i]);
    }
    return sum / n;
  }
}

package org.sprintgym.policy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

class HostPolicyTest {

  @Test
  void javaSnapshotMatchesTheNd4jNetworkWithAnAdapter() {
    var net = ActorCritic.create(ActorCriticSpec.of(4, 3, 16, 8), DataType.FLOAT, Rng.seeded(2));
    LoraTest.perturb(net.addAdapter("a", new LoraConfig(2, 4.0, true), Rng.seeded(3)), 4);
    net.activate("a");
    boolean[] masks = new boolean[10 * 3];
    java.util.Arrays.fill(masks, true);
    masks[4] = false;
    var batch = new ObservationBatch(10, 4, 3, LoraTest.floats(40, 5), masks);
    PolicyOutput expected = net.act(batch, ActionMode.GREEDY, Rng.seeded(1));
    PolicyOutput actual = HostPolicy.of(net).act(batch, ActionMode.GREEDY, Rng.seeded(1));
    assertArrayEquals(expected.actions(), actual.actions());
    assertArrayEquals(expected.logProbs(), actual.logProbs(), 1e-5);
    assertArrayEquals(expected.values(), actual.values(), 1e-5);
  }
}

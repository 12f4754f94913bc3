package org.sprintgym.policy.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.bench.CartPole;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.Tensors;
import org.sprintgym.sim.env.VectorEnv;

class ThreadInvarianceTest {
  static final PpoConfig SMALL = new PpoConfig(4, 16, 32, 2, 0.98, 0.8, 1e-3, true, 0.2, true,
      0.5, 0.01, 0.5, 0.5, true, 1e-5, List.of(16), List.of(16));

  @Test
  void sameSeedSameParametersWithOneOrThreeEnvThreads() {
    assertArrayEquals(train(1), train(3));
  }

  private static float[] train(int threads) {
    var seeds = new Seeds(21);
    var net = ActorCritic.create(new ActorCriticSpec(4, 2, SMALL.actorHidden(),
        SMALL.criticHidden()), DataType.FLOAT, seeds.rng(Seeds.INIT));
    try (var envs = VectorEnv.of(i -> new CartPole(), 4, seeds.seed(Seeds.ENV), threads)) {
      var trainer = PpoTrainer.start(SMALL, net, envs, 3 * 64, seeds);
      while (!trainer.finished()) {
        trainer.update();
      }
    }
    return Tensors.toFloats(net.baseParameters().values());
  }
}

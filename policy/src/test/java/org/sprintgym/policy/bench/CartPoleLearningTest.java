package org.sprintgym.policy.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.Evaluation;
import org.sprintgym.policy.ppo.PpoConfig;

/**
 * A cheap version of the CartPole known answer (the full one is {@code sprintgym bench
 * cartpole}): RL Zoo's settings for 12,288 steps must lift the greedy return of seed 1 (187.5
 * when this test was written) far above a random policy's ~22.
 */
class CartPoleLearningTest {

  @BeforeAll
  static void oneNativeThread() {
    NativeThreads.limit(1);
  }

  @Test
  void ppoLearnsCartPoleInAShortRun() {
    var untrained = ActorCritic.create(ActorCriticSpec.of(4, 2, 64, 64), DataType.FLOAT,
        Rng.seeded(1));
    double random = Evaluation.run(untrained, i -> new CartPole(), 20, 20, 9,
        ActionMode.SAMPLE, Rng.seeded(2)).mean();
    var r = CartPoleKnownAnswer.run(PpoConfig.rlZooCartPole(), 1, 12_288, 20, u -> { });
    assertTrue(random < 60, "an untrained policy should fail quickly, got " + random);
    assertTrue(r.evalMeanReturn() >= 100, "greedy return after 12k steps: " + r.evalMeanReturn());
  }
}

package org.sprintgym.policy.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * Behaviour cloning of the scripted expert on stage 1: trained on the expert's states from one run
 * seed, measured on states of episodes from another seed it never saw.
 */
class HeldOutCloningTest {
  static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(32);

  @BeforeAll
  static void oneNativeThread() {
    NativeThreads.limit(1);
  }

  @Test
  void clonesTheExpertOnHeldOutStageOneStates() {
    var runner = new EpisodeRunner(CFG, SituationLibrary.of(CFG));
    var types = EpisodeType.ofStage(1);
    var expert = Baselines.of("expert").orElseThrow();
    Demonstrations train = ExpertTraces.collect(runner, types, expert, 200, 1);
    Demonstrations heldOut = ExpertTraces.collect(runner, types, expert, 100, 2);
    var seeds = new Seeds(3);
    var net = ActorCritic.create(ActorCriticSpec.of(train.observationSize(), train.actionCount(),
        64, 64), DataType.FLOAT, seeds.rng(Seeds.INIT));
    double before = BehaviourCloning.agreement(net, heldOut);
    var bc = new BehaviourCloning(net, 3e-3, 64, 0.5, seeds.rng(Seeds.MINIBATCH_SHUFFLE));
    for (int epoch = 0; epoch < 15; epoch++) {
      bc.epoch(train);
    }
    double trained = BehaviourCloning.agreement(net, train);
    double held = BehaviourCloning.agreement(net, heldOut);
    System.out.printf("behaviour cloning, stage 1: %d training and %d held-out samples;"
        + " agreement %.3f before, %.3f on training states, %.3f on held-out states%n",
        train.size(), heldOut.size(), before, trained, held);
    assertTrue(before < 0.5, "an untrained network should not already agree: " + before);
    assertTrue(held >= 0.90, "held-out agreement " + held);
  }

  @Test
  void agreementCountsExactMatches() {
    var runner = new EpisodeRunner(CFG, SituationLibrary.of(CFG));
    var expert = Baselines.of("expert").orElseThrow();
    Demonstrations data = ExpertTraces.collect(runner, List.of(EpisodeType.RESEARCH), expert, 5,
        9);
    int a = data.actionCount();
    int firstAllowedMatches = 0;
    for (int i = 0; i < data.size(); i++) {
      int first = 0;
      while (!data.masks()[i * a + first]) {
        first++;
      }
      firstAllowedMatches += first == data.actions()[i] ? 1 : 0;
    }
    assertEquals((double) firstAllowedMatches / data.size(),
        BehaviourCloning.agreement(new FirstAllowed(data.observationSize(), a), data), 1e-12);
    assertThrows(IllegalArgumentException.class,
        () -> ExpertTraces.collect(runner, List.of(EpisodeType.RESEARCH), expert, 0, 9));
  }

  /** Always the lowest allowed action. */
  private record FirstAllowed(int observationSize, int actionCount) implements Policy {
    @Override
    public PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng) {
      int[] actions = new int[batch.size()];
      for (int i = 0; i < actions.length; i++) {
        while (!batch.masks()[i * actionCount + actions[i]]) {
          actions[i]++;
        }
      }
      return new PolicyOutput(actions, new double[actions.length], new double[0]);
    }
  }
}

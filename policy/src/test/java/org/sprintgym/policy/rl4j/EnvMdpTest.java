package org.sprintgym.policy.rl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.rl4j.space.Box;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.bench.CartPole;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.Evaluation;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;

class EnvMdpTest {
  static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(32);
  static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);

  static Env elicitation() {
    return new EpisodeEnv(CFG, LIBRARY, List.of(EpisodeType.ELICITATION));
  }

  @BeforeAll
  static void oneNativeThread() {
    NativeThreads.limit(1);
  }

  @Test
  void nearestAllowedActionByIndexLowerOnTies() {
    boolean[] mask = {false, true, false, false, true, false};
    assertEquals(1, MaskedActions.nearestAllowed(1, mask));
    assertEquals(1, MaskedActions.nearestAllowed(0, mask));
    assertEquals(1, MaskedActions.nearestAllowed(2, mask));
    assertEquals(4, MaskedActions.nearestAllowed(3, mask));
    assertEquals(4, MaskedActions.nearestAllowed(5, mask));
    assertThrows(IllegalArgumentException.class, () -> MaskedActions.nearestAllowed(6, mask));
    assertThrows(IllegalArgumentException.class,
        () -> MaskedActions.nearestAllowed(0, new boolean[3]));
  }

  @Test
  void transitionsEqualTheEnvsForTheSameSeedAndActions() {
    var mdp = new EnvMdp(i -> elicitation(), 11);
    Env reference = elicitation();
    var actions = new SplittableRandom(5);
    for (int episode = 0; episode < 20; episode++) {
      Box first = mdp.reset();
      Reset r = reference.reset(mdp.episodeSeed(episode));
      assertArrayEquals(doubles(r.observation()), first.toArray(), 0.0);
      boolean[] mask = r.actionMask();
      boolean done = false;
      while (!done) {
        int requested = actions.nextInt(mdp.getActionSpace().getSize());
        var reply = mdp.step(requested);
        int executed = MaskedActions.nearestAllowed(requested, mask);
        Step s = reference.step(executed);
        assertArrayEquals(doubles(s.observation()), reply.getObservation().toArray(), 0.0);
        assertEquals(s.reward(), reply.getReward(), 0.0);
        assertEquals(s.done(), reply.isDone());
        assertEquals(s.done(), mdp.isDone());
        @SuppressWarnings("unchecked")
        var info = (Map<String, Object>) reply.getInfo();
        assertEquals(s.terminated(), info.get(EnvMdp.TERMINATED));
        assertEquals(s.truncated(), info.get(EnvMdp.TRUNCATED));
        assertEquals(executed, info.get(EnvMdp.EXECUTED_ACTION));
        mask = s.actionMask();
        done = s.done();
      }
      assertThrows(IllegalStateException.class, () -> mdp.step(0));
    }
    assertEquals(20, mdp.episodes());
  }

  @Test
  void cartPoleTruncationEndsTheEpisodeAndInstancesGetTheirOwnSeeds() {
    var mdp = new EnvMdp(i -> new CartPole(), 3);
    assertEquals(4, mdp.getObservationSpace().getShape()[0]);
    assertEquals(2, mdp.getActionSpace().getSize());
    Box a = mdp.reset();
    Box b = mdp.newInstance().reset();
    assertFalse(java.util.Arrays.equals(a.toArray(), b.toArray()));
    assertNotEquals(mdp.episodeSeed(0), mdp.episodeSeed(1));
    // a balancing rule keeps the pole up until the 500-step limit truncates
    var env = new EnvMdp(i -> new CartPole(), 1);
    double[] o = env.reset().toArray();
    int steps = 0;
    boolean truncated = false;
    while (!env.isDone()) {
      var reply = env.step(o[2] + 0.5 * o[3] > 0 ? 1 : 0);
      o = reply.getObservation().toArray();
      steps++;
      truncated = (Boolean) ((Map<?, ?>) reply.getInfo()).get(EnvMdp.TRUNCATED);
    }
    assertEquals(CartPole.MAX_EPISODE_STEPS, steps);
    assertTrue(truncated);
  }

  @Test
  void dqnSettingsRejectBadValues() {
    assertThrows(IllegalArgumentException.class, () -> DqnSettings.episodes(0, 1));
    var ok = DqnSettings.episodes(1000, 1);
    assertThrows(IllegalArgumentException.class, () -> new DqnSettings(2, 64, 1e-3, 100, 10, 8,
        32, 10, 0, 0.99, 0.05, 10, true, 1));
    assertThrows(IllegalArgumentException.class, () -> new DqnSettings(2, 64, -1, 100, 10, 64,
        32, 10, 0, 0.99, 0.05, 10, true, 1));
    assertThrows(IllegalArgumentException.class, () -> new DqnSettings(2, 64, 1e-3, 100, 10, 64,
        32, 10, 0, 1.5, 0.05, 10, true, 1));
    assertEquals(500, ok.epsilonSteps());
  }

  @Test
  void dqnOnElicitationBeatsTheRandomPolicy() {
    var mdp = new EnvMdp(i -> elicitation(), 21);
    var trained = Rl4jDqn.train(mdp, DqnSettings.episodes(2_000, 7));
    assertTrue(trained.steps() >= 2_000, "steps " + trained.steps());
    double dqn = Evaluation.run(trained.policy(), i -> elicitation(), 200, 20, 99,
        ActionMode.GREEDY, Rng.seeded(1)).mean();
    double random = Evaluation.run(new UniformPolicy(), i -> elicitation(), 200, 20, 99,
        ActionMode.SAMPLE, Rng.seeded(1)).mean();
    System.out.printf("elicitation, 200 held-out episodes: DQN %.3f, random %.3f%n", dqn, random);
    assertTrue(dqn > random + 0.05, "DQN " + dqn + " vs random " + random);
  }

  /** Uniform over the allowed actions. */
  static final class UniformPolicy implements Policy {
    @Override
    public int observationSize() {
      return 62;
    }

    @Override
    public int actionCount() {
      return 84;
    }

    @Override
    public PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng) {
      int n = batch.size();
      int a = batch.actionCount();
      int[] actions = new int[n];
      for (int i = 0; i < n; i++) {
        int allowed = 0;
        for (int j = 0; j < a; j++) {
          allowed += batch.masks()[i * a + j] ? 1 : 0;
        }
        int pick = (int) (rng.nextDouble() * allowed);
        for (int j = 0; j < a; j++) {
          if (batch.masks()[i * a + j] && pick-- == 0) {
            actions[i] = j;
            break;
          }
        }
      }
      return new PolicyOutput(actions, new double[n], new double[0]);
    }
  }

  private static double[] doubles(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }
}

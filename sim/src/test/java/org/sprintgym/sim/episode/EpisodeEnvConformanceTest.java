package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.env.VectorStep;
import org.sprintgym.sim.episode.baseline.Baselines;

/** Gymnasium env-checker style checks, for every episode type. */
class EpisodeEnvConformanceTest {
  static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(32);
  static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);

  static EpisodeEnv env(EpisodeType t) {
    return new EpisodeEnv(CFG, LIBRARY, List.of(t));
  }

  static EpisodeEnv mixed() {
    return new EpisodeEnv(CFG, LIBRARY, List.of(EpisodeType.values()));
  }

  /** A trajectory under a random policy whose draws come from {@code policySeed}. */
  static List<Object> trajectory(EpisodeEnv env, long seed, long policySeed) {
    var out = new ArrayList<Object>();
    var random = new SplittableRandom(policySeed);
    Reset r = env.reset(seed);
    out.add(r.observation());
    out.add(r.actionMask());
    float[] obs = r.observation();
    boolean[] mask = r.actionMask();
    Step s;
    do {
      int a = Baselines.random().act(obs, mask, random);
      s = env.step(a);
      out.add(a);
      out.add(s.observation());
      out.add(s.actionMask());
      out.add(s.reward());
      out.add(s.terminated());
      out.add(s.truncated());
      obs = s.observation();
      mask = s.actionMask();
    } while (!s.done());
    out.add(s.info().get("judge"));
    out.add(s.info().get("outcome"));
    return out;
  }

  static void assertSameTrajectory(List<Object> a, List<Object> b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      if (x instanceof float[] f) {
        assertArrayEquals(f, (float[]) y, "item " + i);
      } else if (x instanceof boolean[] m) {
        assertArrayEquals(m, (boolean[]) y, "item " + i);
      } else {
        assertEquals(x, y, "item " + i);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void resetWithTheSameSeedTwiceGivesEqualObservations(EpisodeType t) {
    EpisodeEnv env = env(t);
    for (long seed = 0; seed < 20; seed++) {
      Reset a = env.reset(seed);
      Reset b = env(t).reset(seed);
      Reset c = env.reset(seed);
      assertArrayEquals(a.observation(), b.observation());
      assertArrayEquals(a.observation(), c.observation());
      assertArrayEquals(a.actionMask(), c.actionMask());
      assertEquals(a.info(), c.info());
    }
    assertFalse(java.util.Arrays.equals(env.reset(1).observation(), env.reset(2).observation()));
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void sameSeedAndSameActionsGiveIdenticalTrajectories(EpisodeType t) {
    for (long seed = 0; seed < 30; seed++) {
      assertSameTrajectory(trajectory(env(t), seed, seed * 7 + 1),
          trajectory(env(t), seed, seed * 7 + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void observationsStayInsideTheirDeclaredBoundsAndTheTypeIsShown(EpisodeType t) {
    EpisodeEnv env = env(t);
    var space = env.observationSpace();
    for (long seed = 0; seed < 200; seed++) {
      for (Object o : trajectory(env, seed, seed)) {
        if (o instanceof float[] f) {
          assertTrue(space.contains(f), "seed " + seed + ": " + java.util.Arrays.toString(f));
          assertEquals(t, Observations.typeOf(f));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void maskedActionsAreRejectedWithAClearError(EpisodeType t) {
    EpisodeEnv env = env(t);
    Reset r = env.reset(3);
    int masked = -1;
    for (int i = 0; i < r.actionMask().length; i++) {
      if (!r.actionMask()[i]) {
        masked = i;
        break;
      }
    }
    int bad = masked;
    var e = assertThrows(IllegalArgumentException.class, () -> env.step(bad));
    assertTrue(e.getMessage().contains("masked out") && e.getMessage().contains(t.key()),
        e.getMessage());
    assertTrue(e.getMessage().contains(EpisodeAction.of(bad).key()), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> env.step(-1));
    assertThrows(IllegalArgumentException.class, () -> env.step(EpisodeAction.count()));
    // a probe, once taken, is masked: it has nothing more to reveal
    int probe = TypeSpecs.of(t).slots().get(0).probe().ordinal();
    Step s = env.step(probe);
    assertFalse(s.actionMask()[probe]);
    if (!s.done()) {
      assertThrows(IllegalArgumentException.class, () -> env.step(probe));
    }
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void maskAllowsExactlyTheTypesActionsAtReset(EpisodeType t) {
    boolean[] mask = env(t).reset(5).actionMask();
    var allowed = new java.util.HashSet<EpisodeAction>();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        allowed.add(EpisodeAction.of(i));
      }
    }
    assertEquals(new java.util.HashSet<>(TypeSpecs.of(t).actions()), allowed);
  }

  @Test
  void stepBeforeResetAndAfterTheEndAreRefused() {
    EpisodeEnv env = env(EpisodeType.ELICITATION);
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(1);
    Step s = env.step(EpisodeAction.SIGNAL_READY.ordinal());
    assertTrue(s.terminated());
    assertFalse(s.truncated());
    assertThrows(IllegalStateException.class, () -> env.step(EpisodeAction.ASK_DATA.ordinal()));
  }

  @Test
  void theStepLimitTruncatesWithoutTerminating() {
    EpisodeEnv env = env(EpisodeType.IMPLEMENTATION);
    env.reset(9);
    Step s;
    int steps = 0;
    // checkpoint calls never end an implementation episode: alternating them runs into the limit
    int[] cycle = {EpisodeAction.CHECKPOINT_CONTINUE.ordinal(),
        EpisodeAction.CHECKPOINT_PIVOT.ordinal()};
    do {
      s = env.step(cycle[steps % 2]);
      steps++;
    } while (!s.done() && steps < 100);
    assertTrue(s.truncated());
    assertFalse(s.terminated());
    assertTrue(s.reward() != 0, "the reward is paid on truncation too");
    assertEquals(TypeSpecs.of(EpisodeType.IMPLEMENTATION).stepLimit(), steps);
  }

  @Test
  void vectorEnvOnOneAndTwoThreadsMatchesSteppingOneByOne() {
    List<float[]> one = vectorRun(1);
    List<float[]> two = vectorRun(2);
    assertEquals(one.size(), two.size());
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(one.get(i), two.get(i), "row " + i);
    }
    // stepping env 0 alone with the vector env's seeds gives its column
    try (var v = VectorEnv.of(i -> mixed(), 4, 77, 1)) {
      VectorStep s = v.reset();
      EpisodeEnv solo = mixed();
      assertArrayEquals(solo.reset(v.episodeSeed(0, 0)).observation(), s.observation(0));
    }
  }

  private static List<float[]> vectorRun(int threads) {
    var rows = new ArrayList<float[]>();
    try (var v = VectorEnv.of(i -> mixed(), 6, 77, threads)) {
      VectorStep s = v.reset();
      var random = new SplittableRandom(5);
      for (int t = 0; t < 60; t++) {
        int[] actions = new int[6];
        for (int i = 0; i < 6; i++) {
          boolean[] mask = java.util.Arrays.copyOfRange(s.actionMasks(), i * s.actionCount(),
              (i + 1) * s.actionCount());
          actions[i] = Baselines.random().act(s.observation(i), mask, random);
        }
        s = v.step(actions);
        rows.add(s.observations());
        float[] rewards = new float[6];
        for (int i = 0; i < 6; i++) {
          rewards[i] = (float) s.rewards()[i] + (s.terminated()[i] ? 10 : 0)
              + (s.truncated()[i] ? 100 : 0);
        }
        rows.add(rewards);
      }
    }
    return rows;
  }

  @Test
  void tenThousandRandomEpisodesAcrossAllTypesRunCleanly() {
    var runner = new EpisodeRunner(CFG, LIBRARY);
    List<EpisodeType> types = List.of(EpisodeType.values());
    int perType = (10_000 + types.size() - 1) / types.size();
    var run = runner.run(types, Baselines.random(), "random", perType, 2026, 1, false);
    assertTrue(run.results().size() >= 10_000);
    int[] byType = new int[types.size()];
    for (var r : run.results()) {
      assertTrue(r.terminated() ^ r.truncated(), "ends one way: " + r);
      assertTrue(Double.isFinite(r.episodeReturn()) && r.episodeReturn() > -0.5
          && r.episodeReturn() < 1.5, "return " + r.episodeReturn());
      assertTrue(r.judge() >= 0 && r.judge() <= 1);
      byType[r.type().ordinal()]++;
    }
    for (int n : byType) {
      assertEquals(perType, n);
    }
    assertNotEquals(0, run.decisions());
  }
}

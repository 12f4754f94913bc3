package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.baseline.Baselines;

/** The long-horizon sprint seat: length, determinism, reward and the references' order. */
class SprintSeatEnvTest {
  private static EpisodeConfig config;
  private static SituationLibrary library;

  @BeforeAll
  static void library() {
    config = EpisodeConfig.defaults().withWorlds(12);
    library = SituationLibrary.of(config);
  }

  /** Total reward, decisions and the actions of one episode. */
  private record Played(double total, int decisions, List<Integer> actions, Step last) {}

  private static Played play(SprintSeatEnv env, String policy, long seed) {
    BaselinePolicy p = policy.equals("oracle") ? Oracle.policyFor(env, seed)
        : Baselines.of(policy).orElseThrow();
    var r = env.reset(seed);
    var random = new SplittableRandom(seed);
    float[] obs = r.observation();
    boolean[] mask = r.actionMask();
    var actions = new ArrayList<Integer>();
    double total = 0;
    Step st;
    do {
      int a = p.act(obs, mask, random);
      assertTrue(mask[a], "policy chose a masked action");
      actions.add(a);
      st = env.step(a);
      total += st.reward();
      obs = st.observation();
      mask = st.actionMask();
    } while (!st.done());
    return new Played(total, actions.size(), actions, st);
  }

  private static double mean(String policy, int n) {
    var env = SprintSeatEnv.of(config, library);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += play(env, policy, 300 + i).total();
    }
    return s / n;
  }

  @Test
  void aSprintTakesDozensOfDecisionsAndEndsWithTheSprintsOutcome() {
    var env = SprintSeatEnv.of(config, library);
    for (long seed = 1; seed <= 10; seed++) {
      Played p = play(env, "expert", seed);
      assertTrue(p.decisions() >= 30, "only " + p.decisions() + " decisions");
      assertTrue(p.last().terminated());
      double passed = (Double) p.last().info().get("passed_qa");
      assertTrue(passed >= 0 && passed <= 1);
      int situations = (Integer) p.last().info().get("situations");
      assertEquals(3 * (Integer) p.last().info().get("stories"), situations);
    }
  }

  @Test
  void withoutShapingTheReturnIsTheNumberOfStoriesThatPassedQa() {
    var env = new SprintSeatEnv(config, library, 3, 0.0);
    Played p = play(env, "balanced", 5);
    assertEquals(3 * (Double) p.last().info().get("passed_qa"), p.total(), 1e-12);
  }

  @Test
  void sameSeedSameEpisode() {
    Played a = play(SprintSeatEnv.of(config, library), "random", 42);
    Played b = play(SprintSeatEnv.of(config, library), "random", 42);
    assertEquals(a.actions(), b.actions());
    assertEquals(a.total(), b.total());
  }

  @Test
  void oracleAboveExpertAboveRandom() {
    double o = mean("oracle", 40);
    double e = mean("expert", 40);
    double r = mean("random", 40);
    assertTrue(o > e, "oracle " + o + " not above expert " + e);
    assertTrue(e > r + 0.05, "expert " + e + " barely above random " + r);
  }

  @Test
  void badSettingsAndMisuseAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SprintSeatEnv(config, library, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new SprintSeatEnv(config, library, 3, 2));
    var env = SprintSeatEnv.of(config, library);
    assertThrows(IllegalStateException.class, () -> env.step(0));
    play(env, "expert", 3);
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }
}

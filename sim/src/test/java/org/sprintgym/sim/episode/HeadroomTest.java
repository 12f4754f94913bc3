package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * The ordering that makes the episodes worth learning, on fixed seeds: the oracle (hidden truth)
 * above the scripted expert on every type, with room left between them, and the expert above
 * random; ending at once never pays.
 */
class HeadroomTest {
  private static final int PER_TYPE = 200;
  private static final List<EpisodeType> TYPES = List.of(EpisodeType.values());
  private static EpisodeRunner runner;

  @BeforeAll
  static void library() {
    EpisodeConfig cfg = EpisodeConfig.defaults().withWorlds(16);
    runner = new EpisodeRunner(cfg, SituationLibrary.of(cfg));
  }

  private static double mean(EpisodeRunner.Run run, EpisodeType t) {
    return run.results().stream().filter(r -> r.type() == t)
        .mapToDouble(EpisodeRunner.Result::episodeReturn).average().orElseThrow();
  }

  private static EpisodeRunner.Run run(String policy) {
    return runner.run(TYPES, Baselines.of(policy).orElseThrow(), policy, PER_TYPE, 11, 1, false);
  }

  @Test
  void oracleAboveExpertAboveRandomOnEveryType() {
    var oracle = run("oracle");
    var expert = run("expert");
    var random = run("random");
    var endNow = run("end_now");
    for (EpisodeType t : TYPES) {
      double o = mean(oracle, t);
      double e = mean(expert, t);
      double r = mean(random, t);
      assertTrue(o > e + 0.02, t + ": oracle " + o + " leaves no room above expert " + e);
      assertTrue(e > r + 0.1, t + ": expert " + e + " barely beats random " + r);
      double normalisedEnd = (mean(endNow, t) - r) / (o - r);
      assertTrue(normalisedEnd <= 0.05, t + ": ending at once scores " + normalisedEnd
          + " normalised, above random + 0.05");
    }
  }

  @Test
  void oraclePlanIsDeterministicAndNeverWorseThanItsFirstGuessOnTheSameSeed() {
    var a = run("oracle");
    var b = run("oracle");
    assertEquals(a.results(), b.results());
  }

  @Test
  void oracleRefusesToActOnObservationsAlone() {
    assertThrows(IllegalStateException.class,
        () -> Oracle.POLICY.act(new float[Observations.SIZE],
            new boolean[EpisodeAction.count()], new SplittableRandom(1)));
  }

  @Test
  void truncationEndsAnEpisodeForGoodWhileCartPoleKeepsAFuture() {
    // the last reward already prices in a truncated situation: trainers must not bootstrap it
    assertEquals(false, EpisodeEnv.of(EpisodeType.ONBOARDING_SUPPORT).truncationHasFuture());
  }

  @Test
  void probeAnswersMislead() {
    // over many resets some probe of a fact that holds reports nothing, and some of a fact that
    // does not hold reports it: answers are evidence, not the truth
    var env = EpisodeEnv.of(EpisodeType.ELICITATION);
    int missed = 0;
    int falseAlarms = 0;
    for (long s = 0; s < 400; s++) {
      env.reset(s);
      HiddenTruth t = env.truth();
      for (int i = 0; i < t.facts().length; i++) {
        missed += t.facts()[i] && !t.reported(i) ? 1 : 0;
        falseAlarms += !t.facts()[i] && t.reported(i) ? 1 : 0;
      }
    }
    assertTrue(missed > 20 && falseAlarms > 20, missed + " misses, " + falseAlarms
        + " false alarms");
  }
}

package org.sprintgym.policy.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sprintgym.policy.Seeds;

/**
 * PPO from scratch learns an episode type at deliberately tiny settings (the full-size check is
 * {@code sprintgym bench learn}): after 24k steps of elicitation its greedy held-out return is
 * well above random's on the same episodes, and the held-out report places it on the normalised
 * scale between random (0) and the oracle (1).
 */
class EpisodeLearningTest {

  @Test
  @SuppressWarnings("unchecked")
  void ppoFromScratchLearnsElicitationWellAboveRandom() {
    try (var session = TrainingSession.fresh("elicitation", 3, 24_000,
        EnvCatalog.defaultConfig("elicitation"))) {
      while (!session.finished()) {
        session.update();
      }
      var seeds = new Seeds(3);
      Map<String, Object> eval = HeldOutEvaluation.run(session.net(), "elicitation", 200,
          seeds.seed(Seeds.EVAL), seeds.rng(Seeds.EVAL));
      double greedy = (Double) ((Map<String, Object>) eval.get("greedy")).get("mean_return");
      double random = (Double) ((Map<String, Object>) eval.get("random")).get("mean_return");
      double oracle = (Double) ((Map<String, Object>) eval.get("oracle")).get("mean_return");
      assertTrue(greedy > random + 0.2, "greedy " + greedy + " vs random " + random);
      assertTrue(oracle > greedy, "oracle " + oracle + " is the ceiling, greedy " + greedy);
      double norm = (Double) ((Map<String, Object>) eval.get("normalised")).get("greedy");
      assertEquals((greedy - random) / (oracle - random), norm, 1e-12);
    }
  }
}

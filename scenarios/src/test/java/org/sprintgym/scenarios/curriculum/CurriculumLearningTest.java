package org.sprintgym.scenarios.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.evaluation.curriculum.CurriculumJob;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.sim.io.Json;

/**
 * The curriculum learns, in a deliberately tiny run: one stage of research episodes from a random
 * base (no warm start), an adapter with its own heads behind the paired judge gate. The stage's
 * trained adapter must beat its untrained start on the same evaluation episodes by a clear margin,
 * and the gate must keep updates: an adapter that trains but never moves would fail both.
 */
class CurriculumLearningTest {
  static final String LEARNING = """
      name: learning
      kind: curriculum
      seed: 3
      curriculum:
        worlds: 8
        behaviour_cloning: {episodes_per_type: 2, epochs: 0}
        lora: {rank: 4, train_heads: true}
        ppo: {num_envs: 4, n_steps: 64, minibatch_size: 64, epochs: 4, learning_rate: 0.003,
              hidden: [32]}
        evaluation: {every_episodes: 1000, seeds: 2, episodes_per_type: 20, window: 1,
                     reference_episodes_per_type: 40}
        validation: {every_episodes: 1000, seeds: 2, episodes_per_type: 20, min_improvement: 0,
                     basis: paired, metric: judge}
        remedial: {rounds: 0}
        stages:
          - {stage: 1, episodes: 3000, mix: {research: 1}}
      """;

  @Test
  void aTinyStageFromScratchBeatsItsStartAndKeepsUpdates(@TempDir Path tmp) throws Exception {
    Scenario s = CurriculumRunTest.load(tmp, LEARNING);
    Path out = tmp.resolve("run");
    CurriculumJob.run(CurriculumRunTest.request(s, out, false), new PrintWriter(new StringWriter()));
    JsonNode stage = Json.mapper().readTree(out.resolve("report.json").toFile()).get("stages")
        .get(0);
    JsonNode gain = stage.get("comparison").get("trained_minus_untrained");
    assertThat(gain.get("mean").asDouble()).isGreaterThan(0.05);
    assertThat(gain.get("ci95").get(0).asDouble()).isGreaterThan(0.0);
    assertThat(gain.get("trained_beats_start").asBoolean()).isTrue();
    assertThat(stage.get("updates_kept").asInt()).isGreaterThanOrEqualTo(1);
  }
}

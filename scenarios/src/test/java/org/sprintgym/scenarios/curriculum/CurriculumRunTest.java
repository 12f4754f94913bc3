package org.sprintgym.scenarios.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.evaluation.curriculum.CriterionMeter;
import org.sprintgym.evaluation.curriculum.CurriculumJob;
import org.sprintgym.evaluation.curriculum.CurriculumRun;
import org.sprintgym.evaluation.curriculum.CurriculumSpec;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.Json;

class CurriculumRunTest {

  /** Two stages with the smallest settings that still train, evaluate and gate. */
  static final String TINY = """
      name: tiny
      kind: curriculum
      seed: 7
      curriculum:
        worlds: 4
        behaviour_cloning: {episodes_per_type: 2, epochs: 1}
        lora: {rank: 2}
        ppo: {num_envs: 2, n_steps: 8, minibatch_size: 16, epochs: 1, learning_rate: 0.01,
              hidden: [16]}
        evaluation: {every_episodes: 8, seeds: 2, episodes_per_type: 1, window: 1,
                     reference_episodes_per_type: 4}
        validation: {every_episodes: 8, seeds: 1, episodes_per_type: 1, min_improvement: 0.05}
        remedial: {rounds: 0}
        stages:
          - {stage: 1, episodes: 16}
          - {stage: 2, episodes: 8, mix: {triage: 2, recovery: 1, scope_change: 1}}
      """;

  /** Stops a run right after a checkpoint, as a kill would. */
  static final class Killed extends RuntimeException {}

  static CurriculumJob.Request request(Scenario s, Path dir, boolean resume) {
    return new CurriculumJob.Request(s.curriculum().orElseThrow(), s.seed(), s.name(), dir,
        resume, false, java.util.Map.of(), java.util.Map.of());
  }

  static Scenario load(Path dir, String yaml, String... sets) throws Exception {
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, yaml);
    return ScenarioLoader.load(f, List.of(sets));
  }

  @Test
  void tinyCurriculumWritesAdaptersRegistryAndReportAndResumesExactly(@TempDir Path tmp)
      throws Exception {
    Scenario s = load(tmp, TINY);
    CurriculumSpec spec = s.curriculum().orElseThrow();
    var log = new PrintWriter(new StringWriter());
    Path a = tmp.resolve("a");
    Path tb = tmp.resolve("tb");
    CurriculumJob.run(new CurriculumJob.Request(spec, s.seed(), s.name(), a, false, false,
        java.util.Map.of(), java.util.Map.of(), tb), log);
    for (String f : List.of("adapters/v1.adapter", "adapters/v2.adapter", "metrics.jsonl",
        "report.json", "report.md", "report.html", "run.json", "registry.json", "profiles.json")) {
      assertThat(a.resolve(f)).isRegularFile();
    }
    JsonNode report = Json.mapper().readTree(a.resolve("report.json").toFile());
    JsonNode s1 = report.get("stages").get(0);
    assertThat(s1.get("stage").asInt()).isEqualTo(1);
    assertThat(s1.get("episodes").asLong()).isGreaterThanOrEqualTo(16);
    assertThat(s1.get("criteria")).extracting(c -> c.get("name").asText())
        .containsExactly("elicitation", "decomposition", "self_correction", "stories_pass_qa");
    JsonNode elicitation = s1.get("criteria").get(0);
    assertThat(elicitation.get("threshold").asDouble()).isEqualTo(0.81); // normalised scale: the expert's level less 0.05
    assertThat(elicitation.get("ci95").get(0).asDouble())
        .isLessThanOrEqualTo(elicitation.get("value").asDouble());
    assertThat(s1.get("not_measured").has("stories_pass_qa")).isFalse();
    assertThat(s1.get("baselines").fieldNames()).toIterable()
        .containsExactly("random", "conservative", "balanced", "aggressive", "expert",
            "untrained");
    assertThat(s1.get("baselines").get("random").has("stories_pass_qa")).isTrue();
    // the random policy graduates no stage: it fails a criterion of each
    for (JsonNode stage : report.get("stages")) {
      assertThat(stage.get("comparison").get("baselines_failing_a_criterion"))
          .extracting(JsonNode::asText).contains("random");
    }
    JsonNode s2 = report.get("stages").get(1);
    assertThat(s2.get("criteria")).extracting(c -> c.get("name").asText())
        .contains("velocity_drop");
    assertThat(s1.get("comparison").get("p_value").asDouble()).isBetween(0.0, 1.0);
    assertThat(report.get("no_regression").has("elicitation")).isTrue();
    JsonNode registry = Json.mapper().readTree(a.resolve("registry.json").toFile());
    assertThat(registry.get(1).get("adapter").asText()).isEqualTo("v1");
    assertThat(registry.get(2).get("parent").asText()).isEqualTo("v1");
    assertThat(registry.get(2).get("stage").asInt()).isEqualTo(2);
    // keys in a fixed order (files must be byte-identical from one JVM to the next)
    assertThat(Files.readAllLines(a.resolve("metrics.jsonl")).get(0))
        .startsWith("{\"event\":\"behaviour_cloning\",\"epoch\":1,\"loss\":");
    assertThat(Files.readString(a.resolve("registry.json")))
        .containsPattern("\"rank\" : 2,\\s*\"alpha\"");
    // every evaluation records the gate's decision; a worse validation is never kept
    List<JsonNode> evals = new ArrayList<>();
    for (String line : Files.readAllLines(a.resolve("metrics.jsonl"))) {
      JsonNode n = Json.mapper().readTree(line);
      if (n.get("event").asText().equals("evaluation")) {
        evals.add(n);
        if (n.get("gate").asBoolean()
            && n.get("validation_return").asDouble() < n.get("best_validation_return").asDouble()) {
          assertThat(n.get("update_kept").asBoolean()).isFalse();
        }
      }
    }
    assertThat(evals).hasSizeGreaterThanOrEqualTo(3);
    // the report counts the gate's decisions as the registry does
    assertThat(s1.get("updates_kept").asInt() + s1.get("updates_rolled_back").asInt())
        .isEqualTo(registry.get(1).get("validation_gates").asInt());
    assertThat(s1.get("updates_kept").asInt()).isEqualTo(registry.get(1).get("updates_kept").asInt());
    // a share's interval (Wilson) stays inside [0, 1]; judge scores are on the normalised scale
    JsonNode qa = s1.get("criteria").get(3);
    assertThat(qa.get("name").asText()).isEqualTo("stories_pass_qa");
    assertThat(qa.get("ci95").get(0).asDouble()).isBetween(0.0, qa.get("value").asDouble());
    assertThat(qa.get("ci95").get(1).asDouble()).isBetween(qa.get("value").asDouble(), 1.0);
    assertThat(s1.get("comparison").get("normalised_scale").get("elicitation").get("oracle")
        .asDouble()).isGreaterThan(s1.get("comparison").get("normalised_scale")
        .get("elicitation").get("random").asDouble());
    assertThat(s1.get("learning_curve").get(0).get("score_ci95")).hasSize(2);
    // the adapter against its untrained start, paired by episode
    JsonNode paired = s1.get("comparison").get("trained_minus_untrained");
    assertThat(paired.get("episodes").asInt()).isEqualTo(2 * 5); // 2 seeds x 5 types x 1
    assertThat(paired.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(
        paired.get("mean").asDouble());
    // progress.csv: SB3's column names then the stage and round, one row per PPO update, global
    // steps rising, stages in order
    List<java.util.Map<String, String>> csv = org.sprintgym.policy.log.ProgressCsv.read(
        a.resolve("progress.csv"));
    assertThat(Files.readAllLines(a.resolve("progress.csv")).get(0)).isEqualTo(String.join(",",
        org.sprintgym.policy.log.Sb3Row.COLUMNS) + ",curriculum/stage,curriculum/round");
    long updates = Files.readAllLines(a.resolve("metrics.jsonl")).stream()
        .filter(l -> l.startsWith("{\"event\":\"update\"")).count();
    assertThat(csv).hasSize((int) updates);
    long previous = 0;
    int stage = 1;
    for (var row : csv) {
      long steps = Long.parseLong(row.get("time/total_timesteps"));
      assertThat(steps).isGreaterThan(previous);
      previous = steps;
      assertThat(Integer.parseInt(row.get("curriculum/stage"))).isGreaterThanOrEqualTo(stage);
      stage = Integer.parseInt(row.get("curriculum/stage"));
    }
    assertThat(stage).isEqualTo(2);
    // TensorBoard: the same updates on the same global step axis, with the stage as a scalar
    Path events;
    try (var files = Files.list(tb)) {
      events = files.findFirst().orElseThrow();
    }
    var stages = org.sprintgym.policy.log.EventFileReader.read(events).scalars().stream()
        .filter(x -> x.tag().equals("curriculum/stage")).toList();
    assertThat(stages).hasSize(csv.size());
    assertThat(stages.get(stages.size() - 1).step()).isEqualTo(previous);

    // the same run killed after its third checkpoint and resumed ends identically
    Path b = tmp.resolve("b");
    Files.createDirectories(b);
    assertThrows(Killed.class, () -> new CurriculumRun(spec, s.seed(), b, log, count -> {
      if (count >= 3) {
        throw new Killed();
      }
    }).run(false));
    CurriculumJob.run(request(s, b, true), log);
    assertThat(Files.readAllLines(b.resolve("metrics.jsonl")))
        .isEqualTo(Files.readAllLines(a.resolve("metrics.jsonl")));
    assertThat(Files.readAllBytes(b.resolve("adapters/v2.adapter")))
        .isEqualTo(Files.readAllBytes(a.resolve("adapters/v2.adapter")));
    assertThat(org.sprintgym.policy.log.ProgressCsv.read(b.resolve("progress.csv")))
        .hasSameSizeAs(csv);
    JsonNode reportB = Json.mapper().readTree(b.resolve("report.json").toFile());
    assertThat(reportB.get("stages")).isEqualTo(report.get("stages"));

    var out = new StringWriter();
    int code = org.sprintgym.cli.SprintGymCli.execute(new String[] {"status", b.toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("stage 1:", "stage 2:", "adapter registry:",
        "v2    parent v1", "strategy profiles", "expert");
  }

  @Test
  void pretrainingTrainsTheBaseWithPpoBeforeStageOne(@TempDir Path tmp) throws Exception {
    String yaml = TINY.replace("epochs: 1}", "epochs: 0}") + "  pretraining: {ppo_steps: 32}\n";
    Scenario s = load(tmp, yaml);
    assertThat(s.curriculum().orElseThrow().pretrainingSteps()).isEqualTo(32);
    Path a = tmp.resolve("a");
    CurriculumJob.run(request(s, a, false), new PrintWriter(new StringWriter()));
    List<String> updates = Files.readAllLines(a.resolve("metrics.jsonl")).stream()
        .filter(l -> l.startsWith("{\"event\":\"update\"")).toList();
    // 2 envs x 8 steps per rollout: two updates of the base, then stage 1's
    assertThat(updates.get(0)).contains("\"stage\":0");
    assertThat(updates.get(1)).contains("\"stage\":0");
    assertThat(updates.get(2)).contains("\"stage\":1");
    var csv = org.sprintgym.policy.log.ProgressCsv.read(a.resolve("progress.csv"));
    assertThat(csv.get(1).get("curriculum/stage")).isEqualTo("0");
    assertThat(csv.get(2).get("curriculum/stage")).isEqualTo("1");
    assertThat(csv.get(2).get("time/total_timesteps")).isEqualTo("48");
    // a different number of steps trains a different base: stage 1 starts elsewhere
    Path b = tmp.resolve("b");
    CurriculumJob.run(request(load(tmp, yaml.replace("ppo_steps: 32", "ppo_steps: 16")), b,
        false), new PrintWriter(new StringWriter()));
    assertThat(Files.readAllBytes(b.resolve("adapters/v1.adapter")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("adapters/v1.adapter")));
    var e = assertThrows(InputError.class, () -> load(tmp, TINY + "  pretraining: {steps: 5}\n"));
    assertThat(e.getMessage()).contains("steps", "ppo_steps");
    e = assertThrows(InputError.class, () -> load(tmp, TINY + "  pretraining: {ppo_steps: -1}\n"));
    assertThat(e.getMessage()).contains("ppo_steps");
    e = assertThrows(InputError.class,
        () -> load(tmp, TINY + "  pretraining: {ppo_steps: 8, learning_rate: 2}\n"));
    assertThat(e.getMessage()).contains("learning_rate");
    e = assertThrows(InputError.class,
        () -> load(tmp, TINY + "  pretraining: {ppo_steps: 8, epochs: 0}\n"));
    assertThat(e.getMessage()).contains("epochs");
    // its own learning rate and epochs, annealed; the stages' settings otherwise
    var own = load(tmp, TINY + "  pretraining: {ppo_steps: 8, learning_rate: 0.0005, epochs: 7}\n")
        .curriculum().orElseThrow();
    var pre = own.pretraining().config(own.ppo());
    assertThat(pre.learningRate()).isEqualTo(0.0005);
    assertThat(pre.epochs()).isEqualTo(7);
    assertThat(pre.annealLearningRate()).isTrue();
    assertThat(own.ppo().annealLearningRate()).isFalse();
    var same = s.curriculum().orElseThrow();
    assertThat(same.pretraining().config(same.ppo()).learningRate())
        .isEqualTo(same.ppo().learningRate());
    assertThat(same.pretraining().config(same.ppo()).epochs()).isEqualTo(same.ppo().epochs());
  }

  @Test
  void badCurriculumSectionsAreInputErrorsNamingTheField(@TempDir Path tmp) {
    var e = assertThrows(InputError.class, () -> load(tmp, TINY.replace("worlds: 4",
        "worlds: 4\n  wrolds: 5")));
    assertThat(e.getMessage()).contains("wrolds");
    e = assertThrows(InputError.class, () -> load(tmp, TINY.replace("{stage: 2, episodes: 8,",
        "{stage: 3, episodes: 8,")));
    assertThat(e.getMessage()).contains("stage 3");
    e = assertThrows(InputError.class, () -> load(tmp, TINY.replace("triage: 2", "elicitation: 2")));
    assertThat(e.getMessage()).contains("elicitation");
    e = assertThrows(InputError.class, () -> load(tmp, TINY + "backlog: {generate: {stories: 3}}\n"));
    assertThat(e.getMessage()).contains("not used by kind: curriculum");
    e = assertThrows(InputError.class, () -> load(tmp, TINY,
        "curriculum.ppo.minibatch_size=999"));
    assertThat(e.getMessage()).contains("minibatch");
    e = assertThrows(InputError.class, () -> load(tmp, TINY,
        "curriculum.criteria.elicitaton=0.5"));
    assertThat(e.getMessage()).contains("elicitaton");
  }

  @Test
  void thresholdOverridesReachTheCriteriaAndTheMixAddsRehearsal(@TempDir Path tmp)
      throws Exception {
    CurriculumSpec spec = load(tmp, TINY, "curriculum.criteria.elicitation=0.9",
        "curriculum.rehearsal_share=0.5").curriculum().orElseThrow();
    var meter = new CriterionMeter(spec.thresholds(), 1);
    assertThat(meter.criteria(1).get(0).threshold()).isEqualTo(0.9);
    var run = new CurriculumRun(spec, 1, tmp.resolve("x"), new PrintWriter(new StringWriter()));
    var mix = run.trainingMix(spec.stages().get(1));
    long stage1 = mix.stream().filter(t -> t.stage() == 1).count();
    long triage = mix.stream().filter(t -> t == org.sprintgym.sim.episode.EpisodeType.TRIAGE)
        .count();
    assertThat(stage1).isEqualTo(50); // half rehearsal
    assertThat(triage).isEqualTo(25); // half of the stage's 50, weight 2 of 4
  }

  @Test
  void runJsonRecordsTheCoefficientTablesTheWorldsAreSimulatedWith(@TempDir Path tmp)
      throws Exception {
    String oneStage = TINY.replace(
        "      - {stage: 2, episodes: 8, mix: {triage: 2, recovery: 1, scope_change: 1}}\n", "")
        + "sim: {coefficients: {quality: {rework_shape: 3.0}}}\n";
    Scenario s = load(tmp, oneStage);
    Path a = tmp.resolve("a");
    CurriculumJob.run(request(s, a, false), new PrintWriter(new StringWriter()));
    JsonNode tables = Json.mapper().readTree(a.resolve("run.json").toFile())
        .get("coefficient_tables");
    assertThat(tables.get("sim.coefficients.quality").get("rework_shape").asDouble())
        .isEqualTo(3.0);
    assertThat(tables.get("sim.coefficients.work").get("risk_bias").asDouble())
        .isEqualTo(org.sprintgym.sim.config.SimConfig.defaults().coefficients().riskBias());
    assertThat(tables.has("episode.rewards")).isTrue();
    assertThat(tables.get("episode.judge").get("missed_purpose").asDouble()).isEqualTo(0.25);
    assertThat(tables.has("episode.outcome") && tables.has("episode.cues")
        && tables.has("episode.situations")).isTrue();
    assertThat(tables.fieldNames()).toIterable()
        .containsExactlyElementsOf(s.coefficientTables().keySet());
  }
}

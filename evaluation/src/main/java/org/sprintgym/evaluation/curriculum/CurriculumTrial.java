package org.sprintgym.evaluation.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.report.CriterionResult;
import org.sprintgym.evaluation.report.CurriculumReport;
import org.sprintgym.evaluation.report.StageReport;
import org.sprintgym.sim.io.Json;

/**
 * One trial of a hyperparameter search: a curriculum with some training settings
 * overridden and every stage's episodes set to the trial's budget, run into its own folder, reduced
 * to one metric of its report. Every trial trains from the scenario's seed, so configurations are
 * compared on the same worlds and evaluation seeds (common random numbers).
 */
public final class CurriculumTrial {
  /** The metric that counts graduated stages. */
  public static final String GRADUATED_STAGES = "graduated_stages";
  /**
   * The metric of learning itself: the mean return of the training episodes of the last stage
   * (episode-weighted over its PPO updates, from metrics.jsonl). Unlike the criteria it moves
   * even when the validation gate rolls every update back.
   */
  public static final String TRAINING_RETURN = "training_return";

  private CurriculumTrial() {}

  /** {@code spec} with every stage trained for {@code episodes} (mixes kept). */
  public static CurriculumSpec withBudget(CurriculumSpec c, int episodes) {
    List<CurriculumSpec.StageSpec> stages = c.stages().stream()
        .map(s -> new CurriculumSpec.StageSpec(s.stage(), episodes, s.mix())).toList();
    return new CurriculumSpec(stages, c.worlds(), c.bc(), c.lora(), c.ppo(), c.rehearsalShare(),
        c.evaluation(), c.validation(), c.remedialRounds(), c.remedialEpisodes(),
        c.noRegressionTolerance(), c.thresholds(), c.difficulty(), c.pretraining(), c.rewards(),
        c.sim(), c.episode());
  }

  /**
   * Trains {@code spec} (already overridden) from {@code seed} with {@code episodes} per stage
   * into {@code dir}, replacing what is there, and returns {@code metric} of its report.
   */
  public static double run(CurriculumSpec spec, long seed, String name, int episodes,
      String metric, Path dir, Map<String, Object> provenance, Map<String, Object> versions) {
    return run(spec, seed, name, episodes, metric, dir, provenance, versions, null);
  }

  /** As above, writing TensorBoard event files into {@code tensorboard} unless it is null. */
  public static double run(CurriculumSpec spec, long seed, String name, int episodes,
      String metric, Path dir, Map<String, Object> provenance, Map<String, Object> versions,
      Path tensorboard) {
    CurriculumReport report = CurriculumJob.run(new CurriculumJob.Request(
        withBudget(spec, episodes), seed, name, dir, false, true, provenance, versions,
        tensorboard), new PrintWriter(Writer.nullWriter()));
    return metric.equals(TRAINING_RETURN) ? trainingReturn(dir.resolve(RunFiles.METRICS))
        : metric(report, metric);
  }

  /** Episode-weighted mean training return of the last stage's updates; NaN if none. */
  static double trainingReturn(Path metrics) {
    var json = Json.mapper();
    int lastStage = 0;
    double sum = 0;
    long episodes = 0;
    try {
      for (String line : Files.readAllLines(metrics, StandardCharsets.UTF_8)) {
        JsonNode n = json.readTree(line);
        if (!"update".equals(n.path("event").asText()) || !n.path("mean_episode_return").isNumber()) {
          continue;
        }
        if (n.path("stage").asInt() != lastStage) {
          lastStage = n.path("stage").asInt();
          sum = 0;
          episodes = 0;
        }
        long e = n.path("episodes").asLong();
        sum += e * n.path("mean_episode_return").asDouble();
        episodes += e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + metrics, e);
    }
    return episodes == 0 ? Double.NaN : sum / episodes;
  }

  /**
   * A metric of a report: {@link #GRADUATED_STAGES}, or a criterion's measured value (from the
   * last stage that reports it); NaN when the report does not carry it.
   */
  public static double metric(CurriculumReport report, String metric) {
    if (metric.equals(GRADUATED_STAGES)) {
      return report.stages().stream().filter(StageReport::graduated).count();
    }
    double value = Double.NaN;
    for (StageReport s : report.stages()) {
      for (CriterionResult c : s.criteria()) {
        if (c.name().equals(metric)) {
          value = c.value();
        }
      }
    }
    return value;
  }
}

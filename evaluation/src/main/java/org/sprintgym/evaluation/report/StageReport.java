package org.sprintgym.evaluation.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * One curriculum stage in a report.
 *
 * @param stage 1..4
 * @param name e.g. {@code stable team}
 * @param graduated whether every criterion passed
 * @param episodes training episodes spent on the stage (remedial rounds included)
 * @param criteria each criterion's result
 * @param baselines per baseline policy, per criterion, the value it reached on the same seeds
 * @param learningCurve (episodes, mean evaluation score) as training went on
 * @param verdict one sentence: why it graduated, or why not
 * @param notMeasured criteria of the stage that could not be measured, with the reason
 * @param comparison the trained policy against the best baseline (Mann-Whitney), empty if none
 * @param updatesKept training updates the validation gate kept
 * @param updatesRolledBack training updates the validation gate rolled back
 * @param baselineScores per baseline (and the untrained adapter), its mean judge score of the
 *     stage's own types on the evaluation seeds: the reference lines of the learning curve
 * @param successRates per policy (the trained adapter first), the share of the stage's own
 *     evaluation episodes at or above their type's graduation bar, with a Wilson interval
 * @param findings plain sentences on what a reader must not miss (trained below expert, ...)
 */
public record StageReport(
    int stage,
    String name,
    boolean graduated,
    long episodes,
    List<CriterionResult> criteria,
    Map<String, Map<String, Double>> baselines,
    List<LearningCurvePoint> learningCurve,
    String verdict,
    Map<String, String> notMeasured,
    Map<String, Object> comparison,
    int updatesKept,
    int updatesRolledBack,
    Map<String, Double> baselineScores,
    Map<String, Proportion> successRates,
    List<String> findings) {

  public StageReport {
    Requires.inRange(stage, 1, 4, "stage");
    Requires.nonBlank(name, "stage name");
    criteria = List.copyOf(criteria);
    var b = new LinkedHashMap<String, Map<String, Double>>();
    baselines.forEach((k, v) -> b.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    baselines = Collections.unmodifiableMap(b);
    learningCurve = List.copyOf(learningCurve);
    verdict = verdict == null ? "" : verdict;
    notMeasured = Collections.unmodifiableMap(new LinkedHashMap<>(notMeasured));
    comparison = Collections.unmodifiableMap(new LinkedHashMap<>(comparison));
    Requires.nonNegative(updatesKept, "updates kept");
    Requires.nonNegative(updatesRolledBack, "updates rolled back");
    baselineScores = Collections.unmodifiableMap(new LinkedHashMap<>(baselineScores));
    successRates = Collections.unmodifiableMap(new LinkedHashMap<>(successRates));
    findings = List.copyOf(findings);
  }

  /** A stage whose criteria were all measured, with no baseline comparison. */
  public StageReport(int stage, String name, boolean graduated, long episodes,
      List<CriterionResult> criteria, Map<String, Map<String, Double>> baselines,
      List<LearningCurvePoint> learningCurve, String verdict) {
    this(stage, name, graduated, episodes, criteria, baselines, learningCurve, verdict, Map.of(),
        Map.of(), 0, 0, Map.of(), Map.of(), List.of());
  }

  /**
   * One point of a learning curve.
   *
   * @param episodes training episodes of the stage so far
   * @param score mean judge score of the stage's types on the evaluation seeds
   * @param scoreCi95 {lo, hi}: t interval over the evaluation seeds, cut to [0, 1]
   * @param trainingReturn mean return of the training episodes since the previous point (NaN if
   *     none ended)
   * @param trainingReturnCi95 {lo, hi}: t interval over the PPO updates since the previous point
   */
  public record LearningCurvePoint(long episodes, double score, double[] scoreCi95,
      double trainingReturn, double[] trainingReturnCi95) {
    public LearningCurvePoint {
      scoreCi95 = scoreCi95 == null ? new double[] {score, score} : scoreCi95.clone();
      trainingReturnCi95 = trainingReturnCi95 == null
          ? new double[] {trainingReturn, trainingReturn} : trainingReturnCi95.clone();
    }

    /** A point with the score alone. */
    public LearningCurvePoint(long episodes, double score) {
      this(episodes, score, null, Double.NaN, null);
    }
  }
}

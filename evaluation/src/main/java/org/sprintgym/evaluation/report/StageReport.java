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
 */
public record StageReport(
    int stage,
    String name,
    boolean graduated,
    long episodes,
    List<CriterionResult> criteria,
    Map<String, Map<String, Double>> baselines,
    List<CurvePoint> learningCurve,
    String verdict,
    Map<String, String> notMeasured,
    Map<String, Object> comparison) {

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
  }

  /** A stage whose criteria were all measured, with no baseline comparison. */
  public StageReport(int stage, String name, boolean graduated, long episodes,
      List<CriterionResult> criteria, Map<String, Map<String, Double>> baselines,
      List<CurvePoint> learningCurve, String verdict) {
    this(stage, name, graduated, episodes, criteria, baselines, learningCurve, verdict, Map.of(),
        Map.of());
  }

  /** One point of a learning curve. */
  public record CurvePoint(long episodes, double score) {}
}

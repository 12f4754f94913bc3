package org.sprintgym.evaluation.curriculum;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished stage as the report and {@code status} need it.
 *
 * @param rolling per criterion, per evaluation seed, the rolling mean when the stage ended
 * @param untrained per criterion, the stage's starting adapter's value
 * @param untrainedJudges the starting adapter's judge score per evaluation episode of the stage
 */
public record StageOutcome(int stage, boolean graduated, long episodes, long steps, int rounds,
    int kept, int rollbacks, int evaluations, Map<String, List<Double>> rolling,
    List<CurvePoint> curve, String verdict, Map<String, Double> untrained,
    List<Double> untrainedJudges) {

  public StageOutcome {
    untrainedJudges = untrainedJudges == null ? List.of() : List.copyOf(untrainedJudges);
    var r = new LinkedHashMap<String, List<Double>>();
    if (rolling != null) {
      rolling.forEach((k, v) -> r.put(k, List.copyOf(v)));
    }
    rolling = Collections.unmodifiableMap(r);
    curve = curve == null ? List.of() : List.copyOf(curve);
    untrained = untrained == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(untrained));
  }
}

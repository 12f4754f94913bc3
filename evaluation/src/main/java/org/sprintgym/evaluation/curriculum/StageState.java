package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the stage being trained stands at a checkpoint. Immutable: each step of the run returns
 * the next state.
 *
 * @param round remedial round of the stage (0: the main round)
 * @param stageEpisodes training episodes of the stage so far, remedial rounds included
 * @param roundEpisodes training episodes of the current round
 * @param stageSteps environment steps of the stage so far
 * @param evaluations evaluations of the stage so far (also numbers the training chunks)
 * @param sinceGate training episodes since the last validation gate (not yet kept or rolled back)
 * @param gates validation gates passed in this stage
 * @param untrained per criterion, its value for the stage's starting adapter
 * @param bestValidation validation return of the last kept update (null before the first)
 * @param kept updates kept by the validation gate in this stage
 * @param rollbacks updates rolled back by the validation gate in this stage
 * @param recent per criterion, per evaluation seed, the values in the rolling window
 * @param curve the stage's learning curve, one point per evaluation
 * @param untrainedJudges judge score of each of the stage's own evaluation episodes for the
 *     starting adapter (the report pairs the trained adapter with it, episode by episode)
 */
public record StageState(int round, long stageEpisodes, long roundEpisodes, long stageSteps,
    int evaluations, long sinceGate, int gates, Map<String, Double> untrained,
    Double bestValidation, int kept, int rollbacks, Map<String, List<List<Double>>> recent,
    List<CurvePoint> curve, List<Double> untrainedJudges) {

  public StageState {
    untrainedJudges = untrainedJudges == null ? List.of() : List.copyOf(untrainedJudges);
    untrained = untrained == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(untrained));
    var r = new LinkedHashMap<String, List<List<Double>>>();
    if (recent != null) {
      recent.forEach((k, v) -> r.put(k, v.stream().map(List::copyOf).toList()));
    }
    recent = Collections.unmodifiableMap(r);
    curve = curve == null ? List.of() : List.copyOf(curve);
  }

  /** A stage before any training. */
  public static StageState start() {
    return new StageState(0, 0, 0, 0, 0, 0, 0, Map.of(), null, 0, 0, Map.of(), List.of(),
        List.of());
  }

  /** The stage's starting adapter measured: its criteria and validation return. */
  StageState started(Map<String, Double> untrainedValues, List<Double> judges,
      double validation) {
    return new StageState(round, stageEpisodes, roundEpisodes, stageSteps, evaluations, sinceGate,
        gates, untrainedValues, validation, kept, rollbacks, recent, curve, judges);
  }

  /** After a training chunk of {@code episodes} episodes and {@code steps} env steps. */
  StageState trained(long episodes, long steps) {
    return new StageState(round, stageEpisodes + episodes, roundEpisodes + episodes,
        stageSteps + steps, evaluations, sinceGate + episodes, gates, untrained, bestValidation,
        kept, rollbacks, recent, curve, untrainedJudges);
  }

  /** After a validation gate kept ({@code keep}) or rolled back the update. */
  StageState gated(boolean keep, double best) {
    return new StageState(round, stageEpisodes, roundEpisodes, stageSteps, evaluations, 0,
        gates + 1, untrained, best, kept + (keep ? 1 : 0), rollbacks + (keep ? 0 : 1), recent,
        curve, untrainedJudges);
  }

  /** After an evaluation: the tracker's windows and one more curve point. */
  StageState evaluated(Map<String, List<List<Double>>> windows, CurvePoint point) {
    var c = new ArrayList<>(curve);
    c.add(point);
    return new StageState(round, stageEpisodes, roundEpisodes, stageSteps, evaluations + 1,
        sinceGate, gates, untrained, bestValidation, kept, rollbacks, windows, c,
        untrainedJudges);
  }

  /** The next remedial round. */
  StageState nextRound() {
    return new StageState(round + 1, stageEpisodes, 0, stageSteps, evaluations, sinceGate, gates,
        untrained, bestValidation, kept, rollbacks, recent, curve, untrainedJudges);
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.stats.Stats;

/**
 * The learning curve's points: the PPO updates' training returns collected between two
 * evaluations (episode-weighted mean, with a 95% interval over the updates' means), and the
 * evaluation's judge score with a 95% interval over its seeds, clipped to the score's [0, 1].
 */
final class ReturnCurve {
  /** (episodes, mean return) of the PPO updates since the last evaluation. */
  private final List<double[]> sinceEvaluation = new ArrayList<>();

  /** Collects one update's training return (an update in which no episode ended adds none). */
  void add(UpdateStats s) {
    if (s.episodes() > 0 && Double.isFinite(s.meanEpisodeReturn())) {
      sinceEvaluation.add(new double[] {s.episodes(), s.meanEpisodeReturn()});
    }
  }

  /** The point of an evaluation after {@code episodes}; clears the updates collected. */
  CurvePoint point(long episodes, StageEvaluator.Evaluation e) {
    double[] seeds = Arrays.stream(e.seedJudges()).filter(Double::isFinite).toArray();
    var score = Stats.meanInterval(seeds.length == 0 ? new double[] {e.judge()} : seeds, 0.95);
    Double ret = null;
    Double lo = null;
    Double hi = null;
    if (!sinceEvaluation.isEmpty()) {
      double n = sinceEvaluation.stream().mapToDouble(u -> u[0]).sum();
      ret = sinceEvaluation.stream().mapToDouble(u -> u[0] * u[1]).sum() / n;
      var ci = Stats.meanInterval(sinceEvaluation.stream().mapToDouble(u -> u[1]).toArray(),
          0.95);
      lo = ci.low();
      hi = ci.high();
    }
    sinceEvaluation.clear();
    return new CurvePoint(episodes, e.judge(), Math.max(0, score.low()),
        Math.min(1, score.high()), ret, lo, hi);
  }
}

package org.sprintgym.sim.episode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.sim.episode.judge.JudgeResult;

/**
 * The info map of an episode's last step (see {@link EpisodeEnv}): the simulated outcome, the
 * judge's verdict with each component's score and reason, and the reward's parts, every value a
 * string, number, boolean or a list or map of those, so an env server writes it as it stands.
 */
final class FinalStepInfo {
  private FinalStepInfo() {}

  /** The last step's info of an episode of {@code type}. */
  static Map<String, Object> of(EpisodeType type, Outcome outcome,
      JudgeResult verdict, RewardBreakdown reward) {
    Map<String, Object> info = new HashMap<>();
    info.put("type", type.key());
    info.put("outcome", outcome.score());
    info.put("outcome_components", outcome.components());
    info.put("problems", outcome.problems());
    info.put("judge", verdict.score());
    info.put("judge_result", verdict.toMap());
    var scores = new LinkedHashMap<String, Double>();
    var reasons = new LinkedHashMap<String, String>();
    for (JudgeResult.Component c : verdict.components()) {
      scores.put(c.name(), c.score());
      reasons.put(c.name(), c.reason());
    }
    info.put("judge_components", scores);
    info.put("judge_reasons", reasons);
    info.put("reward_components", reward.toMap());
    return info;
  }
}

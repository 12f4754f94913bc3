package org.sprintgym.sim.episode;

/**
 * The composite reward and its parts:
 * {@code total = outcomeWeight x outcome + behaviourWeight x judge + efficiency + phaseBonus}.
 *
 * @param stage the type's stage
 * @param outcomeWeight the stage's outcome weight
 * @param behaviourWeight the stage's behaviour weight
 * @param outcome the outcome score in [0, 1]
 * @param judge the judge score in [0, 1]
 * @param efficiency the efficiency penalty (<= 0)
 * @param phaseBonus the phase bonus (>= 0)
 * @param total the reward
 */
public record RewardBreakdown(int stage, double outcomeWeight, double behaviourWeight,
    double outcome, double judge, double efficiency, double phaseBonus, double total) {

  /**
   * The reward of an episode. Every action beyond the fewest that could have handled the
   * situation ({@link Replay#excessActions()}) costs time, {@code efficiencyPerAction x pressure}
   * each (at most {@code efficiencyCap} in all): the same needless question is cheap on the first
   * day of a sprint and dear on the last, so how much to find out first is a trade-off that depends
   * on the sprint's state, not a fixed routine. The actions the situation needed are its own work
   * and cost nothing here (their time is in the outcome's velocity); ending before doing them saves
   * nothing.
   *
   * @param excess actions beyond the fewest needed
   * @param pressure the situation's time pressure ({@link SituationContext#timePressure()})
   * @param phaseEarned whether the episode earned the phase bonus
   *     ({@link Replay#earnsPhaseBonus(double)})
   */
  public static RewardBreakdown compose(int stage, RewardWeights w, double outcome, double judge,
      int excess, double pressure, boolean terminated, boolean phaseEarned) {
    double ow = w.outcomeWeight(stage);
    double bw = w.behaviourWeight(stage);
    double eff = -Math.min(w.efficiencyCap(), w.efficiencyPerAction() * pressure * excess);
    double phase = terminated && phaseEarned ? w.phaseBonus() : 0;
    return new RewardBreakdown(stage, ow, bw, outcome, judge, eff, phase,
        ow * outcome + bw * judge + eff + phase);
  }

  /** The parts as a plain, insertion-ordered map (for JSON and env servers). */
  public java.util.Map<String, Object> toMap() {
    var m = new java.util.LinkedHashMap<String, Object>();
    m.put("stage", stage);
    m.put("outcome_weight", outcomeWeight);
    m.put("behaviour_weight", behaviourWeight);
    m.put("outcome", outcome);
    m.put("judge", judge);
    m.put("efficiency", efficiency);
    m.put("phase_bonus", phaseBonus);
    m.put("total", total);
    return m;
  }
}

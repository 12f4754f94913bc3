package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * Every weight of the composite reward (DESIGN.md, "Rewards"):
 * {@code reward = outcomeWeight(stage) x outcome + behaviourWeight(stage) x judge + efficiency
 * + phaseBonus}.
 *
 * @param outcomeByStage outcome weight for stages 1..4 (dojo: 0.3, 0.4, 0.5, 0.6)
 * @param behaviourByStage behaviour (judge) weight for stages 1..4 (dojo: 0.7, 0.6, 0.5, 0.4)
 * @param outcomeComponents weights of the outcome's components, summing to 1 (dojo's: story
 *     accepted 0.30, tests passing 0.20, few iterations 0.15, velocity kept 0.15, no rework 0.10,
 *     coverage 0.10)
 * @param efficiencyPerAction time cost of each action after the first, at time pressure 1
 * @param efficiencyCap the largest efficiency penalty of one episode
 * @param phaseBonus bonus for ending the episode oneself after gathering information first
 */
public record RewardWeights(double[] outcomeByStage, double[] behaviourByStage,
    Map<String, Double> outcomeComponents, double efficiencyPerAction, double efficiencyCap,
    double phaseBonus) {

  /** The outcome components, in dojo's order. */
  public static final java.util.List<String> COMPONENTS = java.util.List.of("story_accepted",
      "tests_passing", "few_iterations", "velocity_kept", "no_rework", "coverage");

  public RewardWeights {
    outcomeByStage = outcomeByStage.clone();
    behaviourByStage = behaviourByStage.clone();
    if (outcomeByStage.length != 4 || behaviourByStage.length != 4) {
      throw new IllegalArgumentException("stage weights need 4 values each but got "
          + outcomeByStage.length + " and " + behaviourByStage.length);
    }
    for (int s = 0; s < 4; s++) {
      Requires.unit(outcomeByStage[s], "outcome weight of stage " + (s + 1));
      Requires.unit(behaviourByStage[s], "behaviour weight of stage " + (s + 1));
    }
    outcomeComponents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomeComponents));
    if (!outcomeComponents.keySet().equals(new java.util.HashSet<>(COMPONENTS))) {
      throw new IllegalArgumentException("outcome components must be exactly " + COMPONENTS
          + " but were " + outcomeComponents.keySet());
    }
    double sum = 0;
    for (var e : outcomeComponents.entrySet()) {
      sum += Requires.unit(e.getValue(), "outcome weight " + e.getKey());
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("outcome component weights must sum to 1 but sum to " + sum);
    }
    Requires.nonNegative(efficiencyPerAction, "efficiency_per_action");
    Requires.nonNegative(efficiencyCap, "efficiency_cap");
    Requires.nonNegative(phaseBonus, "phase_bonus");
  }

  /** dojo's weights. */
  public static RewardWeights defaults() {
    var c = new LinkedHashMap<String, Double>();
    c.put("story_accepted", 0.30);
    c.put("tests_passing", 0.20);
    c.put("few_iterations", 0.15);
    c.put("velocity_kept", 0.15);
    c.put("no_rework", 0.10);
    c.put("coverage", 0.10);
    return new RewardWeights(new double[] {0.3, 0.4, 0.5, 0.6}, new double[] {0.7, 0.6, 0.5, 0.4},
        c, 0.05, 0.5, 0.05);
  }

  public double outcomeWeight(int stage) {
    return outcomeByStage[stage - 1];
  }

  public double behaviourWeight(int stage) {
    return behaviourByStage[stage - 1];
  }

  @Override
  public double[] outcomeByStage() {
    return outcomeByStage.clone();
  }

  @Override
  public double[] behaviourByStage() {
    return behaviourByStage.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RewardWeights w && java.util.Arrays.equals(outcomeByStage, w.outcomeByStage)
        && java.util.Arrays.equals(behaviourByStage, w.behaviourByStage)
        && outcomeComponents.equals(w.outcomeComponents)
        && efficiencyPerAction == w.efficiencyPerAction && efficiencyCap == w.efficiencyCap
        && phaseBonus == w.phaseBonus;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(outcomeByStage) * 31 + outcomeComponents.hashCode();
  }
}

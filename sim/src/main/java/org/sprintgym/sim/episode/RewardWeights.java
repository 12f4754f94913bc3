package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * Every weight of the composite reward (README, "The environment and the curriculum"):
 * {@code reward = outcomeWeight(stage) x outcome + behaviourWeight(stage) x judge + efficiency
 * + phaseBonus}.
 *
 * @param outcomeByStage outcome weight for stages 1..4 (dojo: 0.3, 0.4, 0.5, 0.6)
 * @param behaviourByStage behaviour (judge) weight for stages 1..4 (dojo: 0.7, 0.6, 0.5, 0.4)
 * @param outcomeComponents weights of the outcome's components, summing to 1 (dojo's: story
 *     accepted 0.30, tests passing 0.20, few iterations 0.15, velocity kept 0.15, no rework 0.10,
 *     coverage 0.10)
 * @param efficiencyPerAction time cost of each action beyond the fewest the situation needed, at
 *     time pressure 1
 * @param efficiencyCap the largest efficiency penalty of one episode
 * @param phaseBonus bonus for ending the episode oneself after a focused information phase that
 *     served its purpose (see {@link Replay#earnsPhaseBonus(double)})
 */
public record RewardWeights(double[] outcomeByStage, double[] behaviourByStage,
    Map<String, Double> outcomeComponents, double efficiencyPerAction, double efficiencyCap,
    double phaseBonus) implements Coefficients {

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

  /**
   * The weights as one flat table ({@code episode.rewards}): {@code outcome.stage1..4},
   * {@code behaviour.stage1..4}, {@code component.NAME} for each of {@link #COMPONENTS} (summing to
   * 1), {@code efficiency_per_action}, {@code efficiency_cap}, {@code phase_bonus}.
   */
  public static final CoefficientTable TABLE = describe();

  private static CoefficientTable describe() {
    var t = CoefficientTable.named("episode.rewards");
    double[] outcome = {0.3, 0.4, 0.5, 0.6};
    for (int s = 1; s <= 4; s++) {
      t.entry("outcome.stage" + s, outcome[s - 1], 0, 1,
          "outcome weight of stage " + s + "; dojo's curriculum weights (0.3 rising to 0.6)");
    }
    double[] behaviour = {0.7, 0.6, 0.5, 0.4};
    for (int s = 1; s <= 4; s++) {
      t.entry("behaviour.stage" + s, behaviour[s - 1], 0, 1, "behaviour (judge) weight of stage "
          + s + "; dojo's curriculum weights (0.7 falling to 0.4)");
    }
    double[] component = {0.30, 0.20, 0.15, 0.15, 0.10, 0.10};
    for (int i = 0; i < COMPONENTS.size(); i++) {
      t.entry("component." + COMPONENTS.get(i), component[i], 0, 1,
          "weight of outcome component " + COMPONENTS.get(i) + "; dojo's outcome weights (sum 1)");
    }
    t.entry("efficiency_per_action", 0.10, 0, 10,
        "time cost per action beyond the fewest the situation needed, at time pressure 1; design"
            + " choice (0.05 on every action after the first let ending at once beat random)");
    t.entry("efficiency_cap", 0.5, 0, 10, "largest efficiency penalty of an episode; design choice");
    t.entry("phase_bonus", 0.05, 0, 10,
        "bonus for ending the episode oneself after a focused information phase that served its"
            + " purpose; design choice");
    return t.build();
  }

  /** dojo's weights. */
  public static RewardWeights defaults() {
    return from(Map.of());
  }

  /** The defaults with the given flat keys of {@link #TABLE} replaced, validated. */
  public static RewardWeights from(Map<String, Double> values) {
    var v = TABLE.resolve(values);
    double[] outcome = new double[4];
    double[] behaviour = new double[4];
    for (int s = 1; s <= 4; s++) {
      outcome[s - 1] = v.get("outcome.stage" + s);
      behaviour[s - 1] = v.get("behaviour.stage" + s);
    }
    var c = new LinkedHashMap<String, Double>();
    for (String k : COMPONENTS) {
      c.put(k, v.get("component." + k));
    }
    try {
      return new RewardWeights(outcome, behaviour, c, v.get("efficiency_per_action"),
          v.get("efficiency_cap"), v.get("phase_bonus"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(TABLE.name() + ": " + e.getMessage(), e);
    }
  }

  /** These weights with the flat key {@code key} set to {@code value} (validated). */
  public RewardWeights with(String key, double value) {
    return from(TABLE.resolve(values(), Map.of(key, value)));
  }

  /** The weights as the flat map of {@link #TABLE}, in its order. */
  public Map<String, Double> values() {
    var out = new LinkedHashMap<String, Double>();
    for (int s = 1; s <= 4; s++) {
      out.put("outcome.stage" + s, outcomeByStage[s - 1]);
    }
    for (int s = 1; s <= 4; s++) {
      out.put("behaviour.stage" + s, behaviourByStage[s - 1]);
    }
    for (String k : COMPONENTS) {
      out.put("component." + k, outcomeComponents.get(k));
    }
    out.put("efficiency_per_action", efficiencyPerAction);
    out.put("efficiency_cap", efficiencyCap);
    out.put("phase_bonus", phaseBonus);
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
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

package org.sprintgym.sim.config;

import java.util.List;
import org.sprintgym.agents.Requires;

/**
 * Profile swapping: members covering another role (AAT {@code profile_swapping}).
 *
 * @param mode none, constrained or free
 * @param allowedScenarios scenarios in which a constrained swap may happen, from {@link #SCENARIOS}
 * @param contextSwitchSlowdown a swapped member's work takes this many times longer (1.20), in [1, 3]
 * @param proficiency a swapped member's skill in the new role as a share of their own (0.70), in (0, 1]
 * @param knowledgeDecaySprints sprints after which a swapped member returns to their role (1), in [1, 20]
 * @param crossTrainingProbability chance per sprint that the team swaps a member deliberately to
 *     cross-train (scenario {@code deliberate_cross_training}), in [0, 1]
 */
public record SwapSettings(
    SwapMode mode,
    List<String> allowedScenarios,
    double contextSwitchSlowdown,
    double proficiency,
    int knowledgeDecaySprints,
    double crossTrainingProbability) {

  /** The scenarios AAT names. */
  public static final List<String> SCENARIOS = List.of("critical_production_incident",
      "specialist_unavailable", "deliberate_cross_training", "team_member_departure");

  public SwapSettings {
    Requires.nonNull(mode, "profile_swapping.mode");
    allowedScenarios = List.copyOf(allowedScenarios);
    for (String s : allowedScenarios) {
      if (!SCENARIOS.contains(s)) {
        throw new IllegalArgumentException("profile_swapping.allowed_scenarios: unknown scenario '"
            + s + "' (allowed: " + String.join(", ", SCENARIOS) + ")");
      }
    }
    Requires.inRange(contextSwitchSlowdown, 1.0, 3.0, "profile_swapping.penalties.context_switch_slowdown");
    if (!(proficiency > 0 && proficiency <= 1)) {
      throw new IllegalArgumentException(
          "profile_swapping.penalties.proficiency_reduction must be in (0, 1] but was " + proficiency);
    }
    Requires.inRange(knowledgeDecaySprints, 1, 20, "profile_swapping.penalties.knowledge_decay_sprints");
    Requires.unit(crossTrainingProbability, "profile_swapping.cross_training_probability");
  }

  /** AAT's default penalties and scenarios with the given mode. */
  public static SwapSettings aatDefault(SwapMode mode) {
    return new SwapSettings(mode, SCENARIOS.subList(0, 3), 1.20, 0.70, 1, 0.10);
  }

  public boolean allows(String scenario) {
    return switch (mode) {
      case NONE -> false;
      case FREE -> true;
      case CONSTRAINED -> allowedScenarios.contains(scenario);
    };
  }

  public SwapSettings withMode(SwapMode m) {
    return new SwapSettings(m, allowedScenarios, contextSwitchSlowdown, proficiency,
        knowledgeDecaySprints, crossTrainingProbability);
  }
}

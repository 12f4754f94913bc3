package org.sprintgym.sim.config;

import java.util.Map;

/**
 * Sprint planning's model numbers (see {@code world.SprintPlanning}, {@code world.StoryCard} and
 * {@code world.SprintProcess}): how much the team commits to, how refinement questions uncover
 * hidden criteria, and how a story splits into a task DAG. The share of planned hours committed
 * ({@code commitment_factor}) and the task-size limits are {@link SimConfig}'s own settings.
 *
 * @param velocityWindow recent sprints whose mean velocity enters the commitment (a whole number)
 * @param planningDays days of the sprint the capacity estimate leaves out for ceremonies
 * @param devLeadDevelopmentShare share of the dev lead's time planned for development tasks
 * @param refinementHorizon refinement looks at the backlog's first stories up to this many times
 *     the commitment target, in points
 * @param commitFillShare a story that would cross the target is still taken while less than this
 *     share of the target is committed
 * @param aimBase chance a refinement question aims at an undiscovered hidden criterion, fixed part
 * @param aimPerSkill ... added per unit of the asker's domain skill
 * @param revealChance chance an aimed (or lucky) question reveals the criterion it hits
 * @param questionClarity ambiguity decays as {@code exp(-question_clarity x questions asked)}
 *     (perceived ambiguity, and residual ambiguity of a story without hidden criteria)
 * @param residualAmbiguityFloor residual ambiguity of a story with hidden criteria, as a share of
 *     its written ambiguity: this floor ...
 * @param residualAmbiguityPerUndiscovered ... plus this times the share still undiscovered
 * @param tasksBase tasks per story: {@code round(tasks_base + points / points_per_task +
 *     tasks_jitter x U)}, clamped to the configured limits
 * @param pointsPerTask ... points per extra task
 * @param tasksJitter ... spread of the uniform draw
 * @param plannedHoursPerDiscovered planned hours grow by this share per discovered criterion
 * @param taskWeightFloor a task's share of the planned hours is drawn as {@code floor + U}
 * @param plannerOptimism extra log-mean effort per unit of the planner's missing skill
 * @param dependencyChanceNext chance a task depends on the task just before it
 * @param dependencyChanceOther chance a task depends on each earlier task
 */
public record PlanningCoefficients(double velocityWindow, double planningDays,
    double devLeadDevelopmentShare, double refinementHorizon, double commitFillShare,
    double aimBase, double aimPerSkill, double revealChance, double questionClarity,
    double residualAmbiguityFloor, double residualAmbiguityPerUndiscovered, double tasksBase,
    double pointsPerTask, double tasksJitter, double plannedHoursPerDiscovered,
    double taskWeightFloor, double plannerOptimism, double dependencyChanceNext,
    double dependencyChanceOther) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.planning")
      .entry("velocity_window", 3, 1, 50,
          "sprints of velocity averaged into the commitment (yesterday's weather), a whole number;"
          + " modelling choice")
      .entry("planning_days", 0.5, 0, 1,
          "sprint days the capacity estimate leaves out for ceremonies; modelling choice")
      .entry("dev_lead_development_share", 0.5, 0, 1,
          "share of the dev lead's time planned for tasks (the rest is leading); modelling choice")
      .entry("refinement_horizon", 1.5, 0, 10,
          "backlog refined ahead, as a multiple of the commitment target; modelling choice")
      .entry("commit_fill_share", 0.8, 0, 1,
          "a story crossing the target is still taken below this share of it; modelling choice")
      .entry("aim_base", 0.15, 0, 1,
          "chance a refinement question aims at a hidden criterion, fixed part; modelling choice")
      .entry("aim_per_skill", 0.5, 0, 1,
          "... added per unit of the asker's domain skill; modelling choice")
      .entry("reveal_chance", 0.75, 0, 1,
          "chance a question that hits a hidden criterion reveals it; modelling choice")
      .entry("question_clarity", 0.15, 0, 5,
          "ambiguity decay per question asked, exp(-x questions); modelling choice")
      .entry("residual_ambiguity_floor", 0.3, 0, 1,
          "share of a story's ambiguity left once every hidden criterion is found; modelling choice")
      .entry("residual_ambiguity_per_undiscovered", 0.7, 0, 1,
          "... added times the share of hidden criteria still undiscovered; modelling choice")
      .entry("tasks_base", 1, 0, 10, "tasks per story, fixed part; modelling choice")
      .entry("points_per_task", 2.5, 0.1, 100, "story points per extra task; modelling choice")
      .entry("tasks_jitter", 0.8, 0, 10,
          "spread of the uniform draw added to the task count; modelling choice")
      .entry("planned_hours_per_discovered", 0.1, 0, 5,
          "planned hours added per discovered criterion, as a share; modelling choice")
      .entry("task_weight_floor", 0.5, 0.01, 10,
          "a task's weight in the story's hours is floor + U(0, 1); modelling choice")
      .entry("planner_optimism", 0.15, 0, 2,
          "extra log-mean effort per unit of the planner's missing skill; modelling choice")
      .entry("dependency_chance_next", 0.35, 0, 1,
          "chance a task depends on the one before it; modelling choice")
      .entry("dependency_chance_other", 0.1, 0, 1,
          "chance a task depends on each other earlier task; modelling choice")
      .build();

  public PlanningCoefficients {
    TABLE.inOrder(velocityWindow, planningDays, devLeadDevelopmentShare, refinementHorizon,
        commitFillShare, aimBase, aimPerSkill, revealChance, questionClarity,
        residualAmbiguityFloor, residualAmbiguityPerUndiscovered, tasksBase, pointsPerTask,
        tasksJitter, plannedHoursPerDiscovered, taskWeightFloor, plannerOptimism,
        dependencyChanceNext, dependencyChanceOther).forEach(TABLE::check);
    TABLE.checkWhole("velocity_window", velocityWindow);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static PlanningCoefficients from(Map<String, Double> values) {
    return TABLE.build(PlanningCoefficients.class, values);
  }

  public static PlanningCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public PlanningCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  /** {@link #velocityWindow} as the count it is. */
  public int velocitySprints() {
    return (int) velocityWindow;
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

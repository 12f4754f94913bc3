package org.sprintgym.sim.config;

import java.util.Map;

/**
 * What a disturbance does once it strikes (see {@code world.Disturbances},
 * {@code world.BlastRadius} and one class per type in {@code world}). How often each type strikes and the blast-radius
 * limits are AAT's and live in {@link DisturbanceSettings}; these are the model's own numbers.
 * Hours grow with the drawn severity s as {@code base + per_severity x s}; a {@code *_severity}
 * key is the severity from which an extra effect starts (values above 1 switch it off); a
 * {@code *_quality_hit} is the relative drop of the coverage proxy per unit of severity.
 *
 * @param severityFloor drawn severities lie in [floor, 1]: {@code floor + (1 - floor) x U},
 *     rounded to 0.01
 * @param minScale a disturbance of which less than this share fits the blast radius is not
 *     injected
 * @param incidentHoursBase production incident: hours per responder, fixed part (rounded to half
 *     hours)
 * @param incidentHoursPerSeverity ... added per unit of severity
 * @param incidentQualityHit production incident: coverage drop per unit of severity
 * @param incidentSecondResponderSeverity from this severity on, two responders are pulled
 * @param incidentRoleSwapSeverity from this severity on, the incident triggers a profile swap
 * @param flakyRerunHoursBase flaky test: hours of one re-run, fixed part
 * @param flakyRerunHoursPerSeverity ... added per unit of severity
 * @param flakyQualityHit flaky test: coverage drop per unit of severity
 * @param flakySecondFailureSeverity above this severity the flaky test fails a second QA run
 * @param flakyThirdFailureSeverity above this severity it fails a third
 * @param scopeCreepTwoPointsSeverity scope creep: from this severity on the unplanned card has 2
 *     points (1 below)
 * @param scopeCreepThreePointsSeverity ... and from this one on, 3 points
 * @param scopeCreepAmbiguity ambiguity of the unplanned card
 * @param mergeConflictHoursBase merge conflict: task-hours of each integration task, fixed part
 * @param mergeConflictHoursPerSeverity ... added per unit of severity
 * @param mergeConflictQualityHit merge conflict: coverage drop per unit of severity
 * @param dependencyBreakHoursBase dependency break: task-hours of the fix, fixed part
 * @param dependencyBreakHoursPerSeverity ... added per unit of severity
 * @param dependencyBreakQualityHit dependency break: coverage drop per unit of severity
 * @param dependencyBreakSecondCardSeverity above this severity a second card is blocked
 * @param juniorReworkShareBase junior misunderstanding: rework as a share of the task's planned
 *     hours, fixed part
 * @param juniorReworkSharePerSeverity ... added per unit of severity
 * @param debtSlowdownBase architectural debt: how many times longer work in the area takes, fixed
 *     part
 * @param debtSlowdownPerSeverity ... added per unit of severity
 * @param debtRefactorHoursBase architectural debt: task-hours of the refactoring, fixed part
 * @param debtRefactorHoursPerSeverity ... added per unit of severity
 * @param debtAllowance hours the slowdown may cost, as a share of the refactoring's hours
 * @param debtQualityHit architectural debt: coverage drop per unit of severity
 */
public record DisturbanceCoefficients(double severityFloor, double minScale,
    double incidentHoursBase, double incidentHoursPerSeverity, double incidentQualityHit,
    double incidentSecondResponderSeverity, double incidentRoleSwapSeverity,
    double flakyRerunHoursBase, double flakyRerunHoursPerSeverity, double flakyQualityHit,
    double flakySecondFailureSeverity, double flakyThirdFailureSeverity,
    double scopeCreepTwoPointsSeverity, double scopeCreepThreePointsSeverity,
    double scopeCreepAmbiguity,
    double mergeConflictHoursBase, double mergeConflictHoursPerSeverity,
    double mergeConflictQualityHit,
    double dependencyBreakHoursBase, double dependencyBreakHoursPerSeverity,
    double dependencyBreakQualityHit, double dependencyBreakSecondCardSeverity,
    double juniorReworkShareBase, double juniorReworkSharePerSeverity,
    double debtSlowdownBase, double debtSlowdownPerSeverity, double debtRefactorHoursBase,
    double debtRefactorHoursPerSeverity, double debtAllowance, double debtQualityHit)
    implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE =
      CoefficientTable.named("sim.coefficients.disturbances")
      .entry("severity_floor", 0.1, 0, 1,
          "smallest drawn severity (severities are uniform in [floor, 1]); design choice")
      .entry("min_scale", 0.2, 0, 1,
          "below this share of its plan left in the blast radius a disturbance is not injected;"
          + " design choice (AAT names the limits, not this cut-off)")
      .entry("incident_hours_base", 4, 0, 80,
          "production incident: hours per responder, fixed part; design choice (half a day)")
      .entry("incident_hours_per_severity", 12, 0, 80,
          "production incident: responder hours per unit of severity; design choice")
      .entry("incident_quality_hit", 0.04, 0, 1,
          "production incident: coverage drop per unit of severity (tests a hotfix skips);"
          + " design choice")
      .entry("incident_second_responder_severity", 0.5, 0, 2,
          "production incident: severity from which a second responder is pulled; design choice")
      .entry("incident_role_swap_severity", 0.6, 0, 2,
          "production incident: severity from which it triggers AAT's"
          + " critical_production_incident profile swap; design choice")
      .entry("flaky_rerun_hours_base", 1.5, 0, 40,
          "flaky test: hours of one spurious re-run, fixed part; design choice")
      .entry("flaky_rerun_hours_per_severity", 2.5, 0, 40,
          "flaky test: re-run hours per unit of severity; design choice")
      .entry("flaky_quality_hit", 0.06, 0, 1,
          "flaky test: coverage drop per unit of severity (the quarantined test); design choice")
      .entry("flaky_second_failure_severity", 0.5, 0, 2,
          "flaky test: above this severity a second clean QA run fails; design choice")
      .entry("flaky_third_failure_severity", 0.85, 0, 2,
          "flaky test: above this severity a third clean QA run fails; design choice")
      .entry("scope_creep_two_points_severity", 0.4, 0, 2,
          "scope creep: severity from which the unplanned card has 2 points (1 below);"
          + " design choice")
      .entry("scope_creep_three_points_severity", 0.75, 0, 2,
          "scope creep: severity from which the unplanned card has 3 points; design choice")
      .entry("scope_creep_ambiguity", 0.3, 0, 1,
          "scope creep: ambiguity of the unplanned card (asked for in a hurry); design choice")
      .entry("merge_conflict_hours_base", 2, 0, 80,
          "merge conflict: task-hours of each of the two integration tasks, fixed part;"
          + " design choice")
      .entry("merge_conflict_hours_per_severity", 6, 0, 80,
          "merge conflict: integration task-hours per unit of severity; design choice")
      .entry("merge_conflict_quality_hit", 0.02, 0, 1,
          "merge conflict: coverage drop per unit of severity; design choice")
      .entry("dependency_break_hours_base", 3, 0, 80,
          "dependency break: task-hours of the fix, fixed part; design choice")
      .entry("dependency_break_hours_per_severity", 9, 0, 80,
          "dependency break: fix task-hours per unit of severity; design choice")
      .entry("dependency_break_quality_hit", 0.02, 0, 1,
          "dependency break: coverage drop per unit of severity; design choice")
      .entry("dependency_break_second_card_severity", 0.6, 0, 2,
          "dependency break: above this severity a second card is blocked; design choice")
      .entry("junior_rework_share_base", 0.3, 0, 5,
          "junior misunderstanding: rework as a share of the task's planned hours, fixed part;"
          + " design choice")
      .entry("junior_rework_share_per_severity", 0.5, 0, 5,
          "junior misunderstanding: rework share per unit of severity; design choice")
      .entry("debt_slowdown_base", 1.3, 1, 5,
          "architectural debt: slowdown of work in the area, fixed part; design choice")
      .entry("debt_slowdown_per_severity", 0.5, 0, 5,
          "architectural debt: slowdown per unit of severity (1.3-1.8 by default); design choice")
      .entry("debt_refactor_hours_base", 4, 0, 80,
          "architectural debt: task-hours of the refactoring, fixed part; design choice")
      .entry("debt_refactor_hours_per_severity", 8, 0, 80,
          "architectural debt: refactoring task-hours per unit of severity; design choice")
      .entry("debt_allowance", 0.75, 0, 5,
          "architectural debt: hours the slowdown may cost, as a share of the refactoring;"
          + " design choice")
      .entry("debt_quality_hit", 0.03, 0, 1,
          "architectural debt: coverage drop per unit of severity; design choice")
      .build();

  public DisturbanceCoefficients {
    TABLE.inOrder(severityFloor, minScale, incidentHoursBase, incidentHoursPerSeverity,
        incidentQualityHit, incidentSecondResponderSeverity, incidentRoleSwapSeverity,
        flakyRerunHoursBase, flakyRerunHoursPerSeverity, flakyQualityHit,
        flakySecondFailureSeverity, flakyThirdFailureSeverity, scopeCreepTwoPointsSeverity,
        scopeCreepThreePointsSeverity, scopeCreepAmbiguity, mergeConflictHoursBase,
        mergeConflictHoursPerSeverity, mergeConflictQualityHit, dependencyBreakHoursBase,
        dependencyBreakHoursPerSeverity, dependencyBreakQualityHit,
        dependencyBreakSecondCardSeverity, juniorReworkShareBase, juniorReworkSharePerSeverity,
        debtSlowdownBase, debtSlowdownPerSeverity, debtRefactorHoursBase,
        debtRefactorHoursPerSeverity, debtAllowance, debtQualityHit).forEach(TABLE::check);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static DisturbanceCoefficients from(Map<String, Double> values) {
    return TABLE.build(DisturbanceCoefficients.class, values);
  }

  public static DisturbanceCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public DisturbanceCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

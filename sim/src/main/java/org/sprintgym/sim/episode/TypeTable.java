package org.sprintgym.sim.episode;

import org.sprintgym.sim.config.CoefficientTable;

/**
 * The names, ranges and sources of {@link TypeCoefficients}' keys, in the order of its components;
 * the defaults are the numbers the type specs were built with. Per type: the step limit, how dear
 * an action's time is there (a multiple of the sprint's time pressure), the amount each work
 * action builds and the slack of the fewest work actions; elicitation's own sharpened-cue noise.
 */
final class TypeTable {
  private TypeTable() {}

  private static final String LIMIT = "actions after which the episode is truncated, a whole"
      + " number; design choice (a few more than an expert needs)";
  private static final String AS_IS = "multiple of the sprint's time pressure an action costs"
      + " here: the pressure as it is; design choice";
  private static final String URGENT = "multiple of the sprint's time pressure an action costs"
      + " here: a disturbance is urgent (x2); design choice";
  private static final String SHORT = "multiple of the sprint's time pressure an action costs"
      + " here: a short loan or a team a member short counts every hour (x3); design choice";
  private static final String SLACK = "share of the largest work action below which the rest of"
      + " the true work needs no further action when the fewest actions are counted; design"
      + " choice";
  private static final double LIMIT_MIN = 2;
  private static final double LIMIT_MAX = 100;
  private static final double COST_MIN = 0.1;
  private static final double COST_MAX = 10;

  static final CoefficientTable TABLE = CoefficientTable.named("episode.types")
      .entry("elicitation.step_limit", 14, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("elicitation.time_cost", 1, COST_MIN, COST_MAX, AS_IS)
      .entry("elicitation.sharp_noise", 0.22, 0.001, 1,
          "standard deviation of a criterion's cue after an example was requested (an example"
              + " narrows the PO's intent down but does not spell out every criterion, so an"
              + " expert still misreads some); design choice")
      .entry("decomposition.step_limit", 16, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("decomposition.time_cost", 1, COST_MIN, COST_MAX, AS_IS)
      .entry("decomposition.create_task_small_amount", 0.25, 0.01, Observations.WORK_SCALE,
          "share of the work estimate a small task covers; design choice")
      .entry("decomposition.create_task_medium_amount", 0.5, 0.01, Observations.WORK_SCALE,
          "share of the work estimate a medium task covers; design choice")
      .entry("decomposition.create_task_large_amount", 0.85, 0.01, Observations.WORK_SCALE,
          "share of the work estimate a large task covers; design choice")
      .entry("decomposition.minimal_work_slack", 0.15, 0, 0.9, SLACK)
      .entry("implementation.step_limit", 16, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("implementation.time_cost", 1, COST_MIN, COST_MAX, AS_IS)
      .entry("implementation.write_code_amount", 0.34, 0.01, Observations.WORK_SCALE,
          "share of the work estimate one write_code builds (three make about one estimate);"
              + " design choice")
      .entry("implementation.minimal_work_slack", 0.15, 0, 0.9, SLACK)
      .entry("self_monitoring.step_limit", 12, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("self_monitoring.time_cost", 1, COST_MIN, COST_MAX, AS_IS)
      .entry("research.step_limit", 12, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("research.time_cost", 2.5, COST_MIN, COST_MAX,
          "multiple of the sprint's time pressure an action costs here: reading a source takes"
              + " hours (x2.5); design choice")
      .entry("triage.step_limit", 10, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("triage.time_cost", 2, COST_MIN, COST_MAX, URGENT)
      .entry("recovery.step_limit", 14, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("recovery.time_cost", 2, COST_MIN, COST_MAX, URGENT)
      .entry("recovery.fix_amount", 0.5, 0.01, Observations.WORK_SCALE,
          "share of the work estimate one fix builds; design choice")
      .entry("recovery.minimal_work_slack", 0.15, 0, 0.9, SLACK)
      .entry("scope_change.step_limit", 8, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("scope_change.time_cost", 2, COST_MIN, COST_MAX, URGENT)
      .entry("borrowing_arrival.step_limit", 12, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("borrowing_arrival.time_cost", 3, COST_MIN, COST_MAX, SHORT)
      .entry("context_switching.step_limit", 10, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("context_switching.time_cost", 3, COST_MIN, COST_MAX, SHORT)
      .entry("cross_team_dependency.step_limit", 10, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("cross_team_dependency.time_cost", 3, COST_MIN, COST_MAX, SHORT)
      .entry("knowledge_handoff.step_limit", 14, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("knowledge_handoff.time_cost", 0.75, COST_MIN, COST_MAX,
          "multiple of the sprint's time pressure an action costs here: the leaver's notice"
              + " period makes its time cheaper (x0.75); design choice")
      .entry("onboarding_support.step_limit", 12, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("onboarding_support.time_cost", 1, COST_MIN, COST_MAX, AS_IS)
      .entry("compensation.step_limit", 10, LIMIT_MIN, LIMIT_MAX, LIMIT)
      .entry("compensation.time_cost", 3, COST_MIN, COST_MAX, SHORT)
      .build();
}

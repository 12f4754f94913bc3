package org.sprintgym.sim.config;

import java.util.Map;

/**
 * Where the sprint's hours go besides the board, and the pace of a new hire (see
 * {@code world.SprintProcess} and {@code world.Worker}): the ceremonies' hours per member, the
 * rework after a product-owner rejection and the speed of a member still onboarding. How many
 * sprints onboarding lasts is AAT's ({@code team.turnover.onboarding_sprints}).
 *
 * @param standUpHours hours of the daily stand-up per member (days 2 on; it shortens the first
 *     checkpoint of the day)
 * @param planningMeetingHours hours of the planning meeting per member ...
 * @param poPlanningMeetingHours ... and for the product owner
 * @param reviewMeetingHours hours of the sprint review per member
 * @param retrospectiveHours hours of the retrospective per member
 * @param firstSessionWorkShare with one session a day, the share of the sprint's first session
 *     left for work after refinement and planning
 * @param criterionReworkShape shape of the gamma distribution of rework hours per criterion the
 *     PO found missing; the mean stays the work table's {@code rework_hours_per_criterion}
 * @param unknownBuilderSkill skill assumed at the review for a story whose drivers are gone
 * @param onboardingSpeed working speed of a member while onboarding, as a share of their own
 */
public record FlowCoefficients(double standUpHours, double planningMeetingHours,
    double poPlanningMeetingHours, double reviewMeetingHours, double retrospectiveHours,
    double firstSessionWorkShare, double criterionReworkShape, double unknownBuilderSkill,
    double onboardingSpeed) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.flow")
      .entry("stand_up_hours", 0.25, 0, 4,
          "daily stand-up per member; the Scrum Guide's 15-minute daily scrum")
      .entry("planning_meeting_hours", 1.0, 0, 8,
          "planning meeting per member; modelling choice")
      .entry("po_planning_meeting_hours", 0.5, 0, 8,
          "planning meeting for the product owner; modelling choice")
      .entry("review_meeting_hours", 1.0, 0, 8, "sprint review per member; modelling choice")
      .entry("retrospective_hours", 1.0, 0, 8, "retrospective per member; modelling choice")
      .entry("first_session_work_share", 0.5, 0, 1,
          "one session a day: share of the first session left after the ceremonies;"
          + " modelling choice")
      .entry("criterion_rework_shape", 2.0, 0.1, 100,
          "gamma shape of rework hours per criterion the PO found missing; modelling choice")
      .entry("unknown_builder_skill", 0.5, 0, 1,
          "skill assumed at the review when no driver of the story is on the team;"
          + " modelling choice (an average member)")
      .entry("onboarding_speed", 0.6, 0.05, 1,
          "speed of a member while onboarding, share of their own; modelling choice")
      .build();

  public FlowCoefficients {
    TABLE.inOrder(standUpHours, planningMeetingHours, poPlanningMeetingHours, reviewMeetingHours,
        retrospectiveHours, firstSessionWorkShare, criterionReworkShape, unknownBuilderSkill,
        onboardingSpeed).forEach(TABLE::check);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static FlowCoefficients from(Map<String, Double> values) {
    return TABLE.build(FlowCoefficients.class, values);
  }

  public static FlowCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public FlowCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

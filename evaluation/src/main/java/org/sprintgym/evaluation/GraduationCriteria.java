package org.sprintgym.evaluation;

import java.util.List;
import org.sprintgym.evaluation.GraduationCriterion.Direction;

/** dojo's default graduation criteria per curriculum stage (rolling mean of 20 evaluations). */
public final class GraduationCriteria {
  private GraduationCriteria() {}

  public static final int WINDOW = 20;

  /** Every default criterion of every stage. */
  public static List<GraduationCriterion> defaults() {
    return List.of(
        c("elicitation", 1, Direction.AT_LEAST, 0.70, "judge score of elicitation episodes"),
        c("decomposition", 1, Direction.AT_LEAST, 0.65, "judge score of decomposition episodes"),
        c("self_correction", 1, Direction.AT_LEAST, 0.50,
            "judge score of self-monitoring episodes (catching and correcting own mistakes)"),
        c("stories_pass_qa", 1, Direction.AT_LEAST, 2.0 / 3.0,
            "share of the trainee's stories passing QA in a full sprint"),
        c("triage_accuracy", 2, Direction.AT_LEAST, 0.70, "judge score of triage episodes"),
        c("velocity_drop", 2, Direction.BELOW, 0.30,
            "velocity lost in disturbance sprints relative to calm ones"),
        c("adaptation", 2, Direction.AT_LEAST, 0.65, "judge score of recovery and scope-change episodes"),
        c("actions_to_contribution", 3, Direction.BELOW, 3.0 + 1e-9,
            "actions before a productive contribution when borrowed (at most 3)"),
        c("orientation", 3, Direction.AT_LEAST, 0.70,
            "judge score of borrowing-arrival and context-switching episodes"),
        c("receiving_velocity_gain", 3, Direction.AT_LEAST, 1e-9,
            "velocity the borrowed member adds to the receiving team (must be positive)"),
        c("departure_velocity_dip", 4, Direction.BELOW, 0.20,
            "velocity dip after the trainee departs, with its knowledge handed off"));
  }

  /** The default criteria of one stage. */
  public static List<GraduationCriterion> forStage(int stage) {
    return defaults().stream().filter(c -> c.stage() == stage).toList();
  }

  private static GraduationCriterion c(String name, int stage, Direction d, double t, String desc) {
    return new GraduationCriterion(name, stage, d, t, WINDOW, desc);
  }
}

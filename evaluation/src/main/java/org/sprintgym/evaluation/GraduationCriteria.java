package org.sprintgym.evaluation;

import java.util.List;
import org.sprintgym.evaluation.GraduationCriterion.Direction;
import org.sprintgym.sim.episode.EpisodeTypeDefinition;
import org.sprintgym.sim.episode.EpisodeTypes;

/**
 * dojo's default graduation criteria per curriculum stage (rolling mean of 20 evaluations). A
 * judge-score criterion takes its stage and threshold from the episode type definitions whose
 * graduation criterion it is ({@link EpisodeTypes}), so the two cannot drift apart; the other
 * criteria (sprint trials, action counts) are defined here.
 */
public final class GraduationCriteria {
  private GraduationCriteria() {}

  public static final int WINDOW = 20;

  private static final List<GraduationCriterion> DEFAULTS = build(EpisodeTypes.all());

  /** Every default criterion of every stage. */
  public static List<GraduationCriterion> defaults() {
    return DEFAULTS;
  }

  /** The default criteria of one stage. */
  public static List<GraduationCriterion> forStage(int stage) {
    return defaults().stream().filter(c -> c.stage() == stage).toList();
  }

  private static List<GraduationCriterion> build(List<EpisodeTypeDefinition> types) {
    return List.of(
        judged(types, "elicitation", "judge score of elicitation episodes"),
        judged(types, "decomposition", "judge score of decomposition episodes"),
        judged(types, "self_correction",
            "judge score of self-monitoring episodes (catching and correcting own mistakes)"),
        c("stories_pass_qa", 1, Direction.AT_LEAST, 2.0 / 3.0,
            "share of the trainee's stories passing QA in a full sprint"),
        judged(types, "triage_accuracy", "judge score of triage episodes"),
        c("velocity_drop", 2, Direction.BELOW, 0.30,
            "velocity lost in disturbance sprints relative to calm ones"),
        judged(types, "adaptation", "judge score of recovery and scope-change episodes"),
        c("actions_to_contribution", 3, Direction.BELOW, 3.0 + 1e-9,
            "actions before a productive contribution when borrowed (at most 3)"),
        judged(types, "orientation",
            "judge score of borrowing-arrival and context-switching episodes"),
        c("receiving_velocity_gain", 3, Direction.AT_LEAST, 1e-9,
            "velocity the borrowed member adds to the receiving team (must be positive)"),
        c("departure_velocity_dip", 4, Direction.BELOW, 0.20,
            "velocity dip after the trainee departs, with its knowledge handed off"));
  }

  /**
   * The judge-score criterion {@code name}: at least the graduation threshold, in the stage, of
   * the definitions among {@code types} whose criterion it is; they must name one and agree.
   */
  static GraduationCriterion judged(List<EpisodeTypeDefinition> types, String name,
      String desc) {
    var own = types.stream().filter(d -> d.criterion().equals(name)).toList();
    if (own.isEmpty()) {
      throw new IllegalStateException("graduation criterion " + name
          + " is no episode type's criterion in EpisodeTypes");
    }
    EpisodeTypeDefinition first = own.get(0);
    for (EpisodeTypeDefinition d : own) {
      if (d.stage() != first.stage() || d.graduationThreshold() != first.graduationThreshold()) {
        throw new IllegalStateException("graduation criterion " + name + " has stage "
            + first.stage() + ", threshold " + first.graduationThreshold() + " in "
            + first.type().key() + " but stage " + d.stage() + ", threshold "
            + d.graduationThreshold() + " in " + d.type().key());
      }
    }
    return c(name, first.stage(), Direction.AT_LEAST, first.graduationThreshold(), desc);
  }

  private static GraduationCriterion c(String name, int stage, Direction d, double t, String desc) {
    return new GraduationCriterion(name, stage, d, t, WINDOW, desc);
  }
}

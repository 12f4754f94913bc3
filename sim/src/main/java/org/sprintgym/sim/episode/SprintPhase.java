package org.sprintgym.sim.episode;

import java.util.EnumSet;
import org.sprintgym.sim.backlog.ElicitationDimension;
import org.sprintgym.sim.world.TeamSimulation;

/**
 * How a stage-1 type takes part when the seat plays a whole sprint ({@link SprintSeatEnv},
 * {@link SprintTrials}): when in the sprint its situation comes, and what the closed situation
 * changes in the live world.
 *
 * @param beforeSprint whether the situation comes on day 0, before the sprint's work starts
 * @param effect what the closed situation changes in the live world
 */
public record SprintPhase(boolean beforeSprint, Effect effect) {
  /** What a closed situation changes in the live sprint. */
  @FunctionalInterface
  public interface Effect {
    void apply(TeamSimulation sim, String storyId, Replay replay, double judge);
  }

  public SprintPhase {
    java.util.Objects.requireNonNull(effect, "a sprint phase needs an effect");
  }

  /** Refinement: the criteria the questions uncovered are written into the story. */
  static SprintPhase refine() {
    return new SprintPhase(true, (sim, id, r, judge) -> {
      var dims = EnumSet.noneOf(ElicitationDimension.class);
      for (int i = 0; i < r.found.length; i++) {
        if (r.found[i]) {
          dims.add(ElicitationDimension.values()[i]);
        }
      }
      sim.refine(id, dims, r.length);
    });
  }

  /** Planning: the plan's quality (its judge score) shapes how the story's work goes. */
  static SprintPhase plan() {
    return new SprintPhase(true, (sim, id, r, judge) -> sim.planWith(id, judge));
  }

  /** Building: every problem that was there and went undetected becomes a defect. */
  static SprintPhase build() {
    return new SprintPhase(false, (sim, id, r, judge) -> sim.injectDefects(id, missed(r)));
  }

  /** Problems that were there and that the trainee left undetected. */
  static int missed(Replay r) {
    int n = 0;
    for (int i = 0; i < r.found.length; i++) {
      n += r.record.truth().fact(i) && !r.found[i] ? 1 : 0;
    }
    return n;
  }
}

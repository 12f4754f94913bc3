package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.Seniority;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * A junior builds a task against the wrong criteria. Nobody notices until the story's QA review,
 * which sends it back with rework for the junior, sized by the task and the severity.
 */
final class JuniorMisunderstanding implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.JUNIOR_MISUNDERSTANDING;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<TaskState> juniorTasks = new ArrayList<>();
    for (StoryCard c : w.board.cards()) {
      if (c.state != CardState.IN_PROGRESS) {
        continue;
      }
      for (TaskState t : c.tasks) {
        Worker owner = w.workers.get(t.owner);
        if (owner != null && owner.member.seniority() == Seniority.JUNIOR && !t.rework()
            && t.impact == null && t.started()) {
          juniorTasks.add(t);
        }
      }
    }
    if (juniorTasks.isEmpty()) {
      return Optional.empty();
    }
    TaskState t = juniorTasks.get(rnd.nextInt(juniorTasks.size()));
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    double hours = t.plannedHours()
        * (c.juniorReworkShareBase() + c.juniorReworkSharePerSeverity() * severity)
        * Disturbance.people(w);
    String junior = t.owner;
    return Optional.of(new Strike(hours, 0.0, t.id() + " by " + junior, (impact, scale) -> {
      w.disturbances.addMisunderstanding(t.card(), impact, junior, hours * scale);
      w.event("criteria_misunderstood", t.card(), t, w.workers.get(junior), "");
    }));
  }
}

package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * A dependency breaks (an upstream API, a library upgrade): one card, two when severe, is blocked
 * until a fix task is done; every open task of the blocked cards depends on the fix.
 */
final class DependencyBreak implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.DEPENDENCY_BREAKS;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<StoryCard> open = new ArrayList<>();
    for (StoryCard c : w.board.cards()) {
      if ((c.state == CardState.IN_PROGRESS || c.state == CardState.TODO) && hasOpenTask(c)) {
        open.add(c);
      }
    }
    if (open.isEmpty()) {
      return Optional.empty();
    }
    DisturbanceCoefficients k = w.config.disturbanceCoefficients();
    int first = rnd.nextInt(open.size());
    List<StoryCard> hit = new ArrayList<>();
    hit.add(open.get(first));
    if (severity > k.dependencyBreakSecondCardSeverity() && open.size() > 1) {
      hit.add(open.get((first + 1 + rnd.nextInt(open.size() - 1)) % open.size()));
    }
    double hours = (k.dependencyBreakHoursBase() + k.dependencyBreakHoursPerSeverity() * severity)
        * Disturbance.people(w);
    var target = new StringBuilder();
    for (StoryCard c : hit) {
      target.append(target.length() == 0 ? "" : ",").append(c.storyId());
    }
    double quality = k.dependencyBreakQualityHit() * severity;
    return Optional.of(new Strike(hours, quality, target.toString(), (impact, scale) -> {
      TaskState fix = w.disturbances.addTask(hit.get(0), "D", hours * scale, impact, null, false);
      for (StoryCard c : hit) {
        for (TaskState t : c.tasks) {
          if (t != fix && !t.done) {
            t.dependencies.add(fix);
            w.event("task_blocked", c, t, null, fix.id());
          }
        }
      }
    }));
  }

  private static boolean hasOpenTask(StoryCard c) {
    for (TaskState t : c.tasks) {
      if (!t.done) {
        return true;
      }
    }
    return false;
  }
}

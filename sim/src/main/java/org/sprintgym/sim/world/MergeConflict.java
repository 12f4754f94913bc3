package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * A merge conflict between two pairs working on different stories (the same area first): each
 * driver gets an integration task on their own card, the second waiting for the first merge.
 */
final class MergeConflict implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.MERGE_CONFLICT;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<StoryCard> active = new ArrayList<>();
    for (StoryCard c : w.board.cards()) {
      if (c.state == CardState.IN_PROGRESS && !author(c).isEmpty()) {
        active.add(c);
      }
    }
    if (active.size() < 2) {
      return Optional.empty();
    }
    StoryCard a = active.get(rnd.nextInt(active.size()));
    StoryCard b = null;
    for (StoryCard c : active) {
      if (c != a && !author(c).equals(author(a)) && (b == null
          || (c.codebaseArea().equals(a.codebaseArea()) && !b.codebaseArea().equals(a.codebaseArea())))) {
        b = c;
      }
    }
    if (b == null) {
      return Optional.empty();
    }
    StoryCard other = b;
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    double each = (c.mergeConflictHoursBase() + c.mergeConflictHoursPerSeverity() * severity)
        * Disturbance.people(w);
    double quality = c.mergeConflictQualityHit() * severity;
    return Optional.of(new Strike(2 * each, quality, a.storyId() + "<->" + b.storyId(),
        (impact, scale) -> {
          TaskState first = w.disturbances.addTask(a, "I", each * scale, impact, author(a), true);
          TaskState second = w.disturbances.addTask(other, "I", each * scale, impact, author(other), true);
          second.dependencies.add(first);
          w.event("task_blocked", other, second, null, first.id());
          w.event("merge_conflict", a, first, w.workers.get(author(a)), other.storyId());
        }));
  }

  /** Who drove the card's most recently started task. */
  private static String author(StoryCard c) {
    String who = "";
    double last = Double.NEGATIVE_INFINITY;
    for (TaskState t : c.tasks) {
      if (t.started() && !t.owner.isEmpty() && t.startedAt >= last) {
        last = t.startedAt;
        who = t.owner;
      }
    }
    return who;
  }
}

package org.sprintgym.sim.world;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * Scope creep: the product owner brings an unplanned card (1-3 points by severity) that they want
 * in this sprint, at the top priority, in the area of a card already on the board.
 */
final class ScopeCreep implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.SCOPE_CREEP;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<StoryCard> cards = w.board.cards();
    Story like;
    if (!cards.isEmpty()) {
      like = cards.get(rnd.nextInt(cards.size())).story;
    } else if (!w.productBacklog.isEmpty()) {
      like = w.productBacklog.get(0).story;
    } else {
      return Optional.empty();
    }
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    int points = severity < c.scopeCreepTwoPointsSeverity() ? 1
        : severity < c.scopeCreepThreePointsSeverity() ? 2 : 3;
    int priority = cards.isEmpty() ? 1 : Math.max(1, cards.get(0).priority());
    String id = "CR-" + w.teamId + "-" + w.sprint;
    var story = new Story(id, "Unplanned request like " + like.id(),
        "The product owner needs this in the current sprint.", List.of("works as the PO asked"),
        points, priority, List.of(), List.of("scope_creep"), like.domain(), like.language(), "",
        c.scopeCreepAmbiguity(), List.of(), like.technicalRisk(), like.codebaseArea(), List.of());
    var card = new StoryCard(story, w.config.planning());
    Disturbances d = w.disturbances;
    d.planning().decompose(card, d.planning().planQuality(card));
    card.refined = true;
    double people = Disturbance.people(w);
    double hours = 0;
    for (TaskState t : card.tasks) {
      hours += t.trueHours * people;
    }
    return Optional.of(new Strike(hours, 0.0, id, (impact, scale) -> {
      for (TaskState t : card.tasks) {
        t.impact = impact;
        t.remainingHours = t.trueHours * people * scale; // person-hours, like all disturbance work
        w.event("task_planned", card, t, null, depsOf(t));
      }
      w.board.add(card);
      d.tally().committedPoints += points;
      d.tally().storiesCommitted++;
      w.event("story_added", card, null, null, "scope_creep " + points);
    }));
  }

  static String depsOf(TaskState t) {
    var sb = new StringBuilder("deps=");
    for (int i = 0; i < t.dependencies.size(); i++) {
      sb.append(i > 0 ? "," : "").append(t.dependencies.get(i).id());
    }
    return sb.toString();
  }
}

package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.backlog.HiddenCriterion;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.world.WorldCut;

/**
 * Cuts one episode's situation out of a simulated world: picks the world, the story at hand
 * (upcoming for refinement and planning, in flight for the rest when there is one), the trainee
 * seat (a senior developer or the dev lead), the sprint day and, in stage 2, the disturbance.
 */
final class SituationCutter {
  private SituationCutter() {}

  static SituationContext cut(EpisodeType type, SituationLibrary library, SplittableRandom r) {
    SituationLibrary.World world = library.world(r.nextInt(library.worlds()));
    WorldCut cut = world.cut();
    boolean planningTime = type == EpisodeType.ELICITATION || type == EpisodeType.DECOMPOSITION;
    Story story;
    List<HiddenCriterion> hidden;
    boolean useCarried = !planningTime && !cut.carried().isEmpty() && r.nextBoolean();
    if (useCarried || cut.upcoming().isEmpty()) {
      var card = cut.carried().get(r.nextInt(cut.carried().size()));
      story = card.story();
      hidden = new ArrayList<>();
      for (int i = 0; i < story.hiddenCriteria().size(); i++) {
        if (!card.discovered().get(i)) {
          hidden.add(story.hiddenCriteria().get(i));
        }
      }
    } else {
      // the next few stories up for refinement
      story = cut.upcoming().get(r.nextInt(Math.min(8, cut.upcoming().size())));
      hidden = story.hiddenCriteria();
    }
    List<Member> seats = new ArrayList<>();
    for (Member m : cut.members()) {
      if (m.role() == Role.DEV_LEAD
          || (m.role() == Role.DEVELOPER && m.seniority() == Seniority.SENIOR)) {
        seats.add(m);
      }
    }
    Member trainee = seats.isEmpty() ? cut.members().get(0) : seats.get(r.nextInt(seats.size()));
    String area = story.codebaseArea();
    double knowledge = cut.knowledge().getOrDefault(trainee.id(), Map.of()).getOrDefault(area, 0.0);
    double holder = 0;
    for (var e : cut.knowledge().entrySet()) {
      if (!e.getKey().equals(trainee.id())) {
        holder = Math.max(holder, e.getValue().getOrDefault(area, 0.0));
      }
    }
    int days = 10;
    int day = planningTime ? 0 : r.nextInt(days);
    DisturbanceKind disturbance = switch (type) {
      case TRIAGE, RECOVERY -> DisturbanceKind.draw(r);
      case SCOPE_CHANGE -> r.nextDouble() < 0.55 ? DisturbanceKind.SCOPE_CREEP
          : DisturbanceKind.ARCHITECTURAL_DEBT;
      default -> DisturbanceKind.NONE;
    };
    double velocity = Math.min(2.0, cut.recentVelocity(25) / 25.0);
    return new SituationContext(world.index(), story.id(), story.title(), story.domain(), area,
        story.ambiguity(), story.points(), story.technicalRisk(), world.brownfield(), cut.sprint(),
        day, days, trainee.id(), trainee.skill(story.domain()), knowledge, holder, velocity,
        disturbance, !story.dependsOn().isEmpty(), hidden);
  }
}

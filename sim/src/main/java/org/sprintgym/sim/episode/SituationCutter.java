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
 * Cuts one episode's situation out of a simulated world: draws the world, then the type's
 * {@link SituationRecipe} picks the story at hand (upcoming for refinement and planning, in
 * flight for the rest when there is one), the trainee seat (a senior developer or the dev lead)
 * and the sprint day. Stage 2-4 situations come from what the world's own runs produced
 * ({@link WorldRuns}): a disturbance that struck, a member borrowed by another team, a story
 * waiting on another team, a departure, a knowledge loss, a new hire; what those runs measured
 * is the situation's hidden truth. The picking helpers below are shared by every recipe.
 */
final class SituationCutter {
  private SituationCutter() {}

  /** Working days per sprint. */
  static final int DAYS = 10;

  /**
   * A situation of {@code type}: the world is drawn first, then the type's recipe (see
   * {@link EpisodeTypeDefinition#recipe()}) cuts the situation out of it.
   */
  static SituationContext cut(EpisodeType type, SituationLibrary library, SplittableRandom r) {
    SituationRecipe recipe = EpisodeTypes.of(type).recipe();
    int index = r.nextInt(library.worlds());
    if (recipe.source() != SituationSource.TEAM) {
      index %= runWorlds(library);
    }
    return recipe.cut(type, library, library.world(index), r);
  }

  /**
   * A stage-1 situation of {@code type} about open story {@code storyId} of a live world's cut,
   * for seat {@code traineeId} on sprint day {@code day} (a sprint the trainee plays whole).
   */
  static SituationContext forStory(EpisodeType type, SituationLibrary.World world, WorldCut cut,
      String storyId, String traineeId, int day) {
    if (EpisodeTypes.of(type).recipe().source() != SituationSource.TEAM) {
      throw new IllegalArgumentException(type.key() + " is not a stage-1 situation");
    }
    return build(world, cut, pickById(cut, storyId), member(cut, traineeId), day,
        DisturbanceKind.NONE, SituationSource.TEAM, List.of(), Map.of());
  }

  /** The trainee's seat in a team: its first senior developer, else its dev lead. */
  static String traineeSeat(WorldCut cut) {
    for (Member m : cut.members()) {
      if (m.role() == Role.DEVELOPER && m.seniority() == Seniority.SENIOR) {
        return m.id();
      }
    }
    for (Member m : cut.members()) {
      if (m.role() == Role.DEV_LEAD) {
        return m.id();
      }
    }
    return cut.members().get(0).id();
  }

  /** Worlds whose stage 2-4 runs are simulated. */
  static int runWorlds(SituationLibrary library) {
    return Math.min(library.worlds(), SituationLibrary.SITUATION_WORLDS);
  }

  // ---- picking ------------------------------------------------------------------------------

  /** A story and the hidden criteria the team has not discovered yet. */
  record Pick(Story story, List<HiddenCriterion> hidden) {}

  static Pick pickStory(WorldCut cut, boolean inFlight, SplittableRandom r) {
    if (!hasOpen(cut)) {
      throw new IllegalStateException("the cut of sprint " + cut.sprint() + " has no open story");
    }
    boolean useCarried = inFlight && !cut.carried().isEmpty() && r.nextBoolean();
    if (useCarried || cut.upcoming().isEmpty()) {
      return carried(cut.carried().get(r.nextInt(cut.carried().size())));
    }
    // the next few stories up for refinement
    Story s = cut.upcoming().get(r.nextInt(Math.min(8, cut.upcoming().size())));
    return new Pick(s, s.hiddenCriteria());
  }

  static boolean hasOpen(WorldCut cut) {
    return !cut.carried().isEmpty() || !cut.upcoming().isEmpty();
  }

  private static Pick carried(WorldCut.CardCut card) {
    var hidden = new ArrayList<HiddenCriterion>();
    for (int i = 0; i < card.story().hiddenCriteria().size(); i++) {
      if (!card.discovered().get(i)) {
        hidden.add(card.story().hiddenCriteria().get(i));
      }
    }
    return new Pick(card.story(), hidden);
  }

  static Pick pickById(WorldCut cut, String id) {
    for (WorldCut.CardCut c : cut.carried()) {
      if (c.story().id().equals(id)) {
        return carried(c);
      }
    }
    for (Story s : cut.upcoming()) {
      if (s.id().equals(id)) {
        return new Pick(s, s.hiddenCriteria());
      }
    }
    throw new IllegalArgumentException("story " + id + " is not open in the cut");
  }

  /** A story in one of {@code areas} when there is one, else any story in flight. */
  static Pick pickInAreas(WorldCut cut, List<String> areas, SplittableRandom r,
      WorldCut fallback) {
    var ids = new ArrayList<String>();
    cut.carried().forEach(c -> {
      if (areas.contains(c.story().codebaseArea())) {
        ids.add(c.story().id());
      }
    });
    for (Story s : cut.upcoming()) {
      if (areas.contains(s.codebaseArea())) {
        ids.add(s.id());
      }
    }
    double u = r.nextDouble();
    return ids.isEmpty() ? (hasOpen(cut) ? pickStory(cut, true, r) : pickStory(fallback, true, r))
        : pickById(cut, ids.get((int) (u * Math.min(8, ids.size()))));
  }

  static Member seat(WorldCut cut, SplittableRandom r, List<String> not) {
    List<Member> seats = new ArrayList<>();
    for (Member m : cut.members()) {
      if (!not.contains(m.id()) && (m.role() == Role.DEV_LEAD
          || (m.role() == Role.DEVELOPER && m.seniority() == Seniority.SENIOR))) {
        seats.add(m);
      }
    }
    return seats.isEmpty() ? cut.members().get(0) : seats.get(r.nextInt(seats.size()));
  }

  static Member member(WorldCut cut, String id) {
    for (Member m : cut.members()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no member " + id + " in the cut");
  }

  static double bestOther(WorldCut cut, String area, String except) {
    double best = 0;
    for (var e : cut.knowledge().entrySet()) {
      if (!e.getKey().equals(except)) {
        best = Math.max(best, e.getValue().getOrDefault(area, 0.0));
      }
    }
    return best;
  }

  /** Share of the open points in {@code areas}. */
  static double pointsShare(WorldCut cut, List<String> areas) {
    double in = 0;
    double all = 0;
    for (WorldCut.CardCut c : cut.carried()) {
      all += c.story().points();
      in += areas.contains(c.story().codebaseArea()) ? c.story().points() : 0;
    }
    for (Story s : cut.upcoming()) {
      all += s.points();
      in += areas.contains(s.codebaseArea()) ? s.points() : 0;
    }
    return all == 0 ? 0 : in / all;
  }

  static SituationContext build(SituationLibrary.World world, WorldCut cut, Pick p,
      Member trainee, int day, DisturbanceKind disturbance, SituationSource source,
      List<String> subjects, Map<String, Double> measured) {
    return build(world, cut, p, trainee, day, disturbance, source, subjects, measured,
        cut.knowledge().get(trainee.id()));
  }

  static SituationContext build(SituationLibrary.World world, WorldCut cut, Pick p,
      Member trainee, int day, DisturbanceKind disturbance, SituationSource source,
      List<String> subjects, Map<String, Double> measured, Map<String, Double> traineeKnows) {
    Story story = p.story();
    String area = story.codebaseArea();
    double knowledge = traineeKnows == null ? 0.0 : traineeKnows.getOrDefault(area, 0.0);
    double holder = bestOther(cut, area, trainee.id());
    double velocity = Math.min(2.0, cut.recentVelocity(25) / 25.0);
    return new SituationContext(world.index(), story.id(), story.title(), story.domain(), area,
        story.ambiguity(), story.points(), story.technicalRisk(), world.brownfield(), cut.sprint(),
        day, DAYS, trainee.id(), trainee.skill(story.domain(), world.levels()), knowledge, holder, velocity,
        disturbance, !story.dependsOn().isEmpty(), p.hidden(), source, subjects, measured);
  }
}

package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.backlog.HiddenCriterion;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.DisturbanceType;
import org.sprintgym.sim.world.WorldCut;

/**
 * Cuts one episode's situation out of a simulated world: picks the world, the story at hand
 * (upcoming for refinement and planning, in flight for the rest when there is one), the trainee
 * seat (a senior developer or the dev lead) and the sprint day. Stage 2-4 situations come from
 * what the world's own runs produced ({@link WorldRuns}): a disturbance that struck, a member
 * borrowed by another team, a story waiting on another team, a departure, a knowledge loss, a new
 * hire; what those runs measured is the situation's hidden truth.
 */
final class SituationCutter {
  private SituationCutter() {}

  private static final int DAYS = 10;

  /** The simulation each type's situations are cut from. */
  static SituationSource sourceOf(EpisodeType type) {
    return switch (type) {
      case TRIAGE, RECOVERY, SCOPE_CHANGE -> SituationSource.DISTURBED;
      case BORROWING_ARRIVAL, CONTEXT_SWITCHING, CROSS_TEAM_DEPENDENCY -> SituationSource.PORTFOLIO;
      case KNOWLEDGE_HANDOFF, ONBOARDING_SUPPORT, COMPENSATION -> SituationSource.DEPARTURE;
      default -> SituationSource.TEAM;
    };
  }

  static SituationContext cut(EpisodeType type, SituationLibrary library, SplittableRandom r) {
    int index = r.nextInt(library.worlds());
    if (sourceOf(type) != SituationSource.TEAM) {
      index %= runWorlds(library);
    }
    SituationLibrary.World world = library.world(index);
    return switch (sourceOf(type)) {
      case TEAM -> team(type, world, r);
      case DISTURBED -> disturbed(type, library, world, r);
      case PORTFOLIO -> portfolio(type, library, world, r);
      case DEPARTURE -> departure(type, library, world, r);
    };
  }

  /**
   * A stage-1 situation of {@code type} about open story {@code storyId} of a live world's cut,
   * for seat {@code traineeId} on sprint day {@code day} (a sprint the trainee plays whole).
   */
  static SituationContext forStory(EpisodeType type, SituationLibrary.World world, WorldCut cut,
      String storyId, String traineeId, int day) {
    if (sourceOf(type) != SituationSource.TEAM) {
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
  private static int runWorlds(SituationLibrary library) {
    return Math.min(library.worlds(), SituationLibrary.SITUATION_WORLDS);
  }

  /** Stage 1: the default team between sprints. */
  private static SituationContext team(EpisodeType type, SituationLibrary.World world,
      SplittableRandom r) {
    WorldCut cut = world.cut();
    boolean planningTime = type == EpisodeType.ELICITATION || type == EpisodeType.DECOMPOSITION;
    Pick p = pickStory(cut, !planningTime, r);
    Member trainee = seat(cut, r, List.of());
    int day = planningTime ? 0 : r.nextInt(DAYS);
    return build(world, cut, p, trainee, day, DisturbanceKind.NONE, SituationSource.TEAM,
        List.of(), Map.of());
  }

  /** Stage 2: a disturbance the world drew with AAT's probabilities and injected. */
  private static SituationContext disturbed(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    // a world whose backlog ran out before a disturbance struck hands over to the next one
    var run = type == EpisodeType.SCOPE_CHANGE ? library.rescoped(world.index())
        : library.disturbed(world.index());
    for (int i = 1; run.isEmpty() && i < runWorlds(library); i++) {
      world = library.world((world.index() + 1) % runWorlds(library));
      run = type == EpisodeType.SCOPE_CHANGE ? library.rescoped(world.index())
          : library.disturbed(world.index());
    }
    if (run.isEmpty()) {
      throw new IllegalStateException("no world of " + library.worlds() + " drew a disturbance for "
          + type.key() + " in " + WorldRuns.MAX_SPRINTS + " sprints; check the disturbance settings");
    }
    WorldCut cut = run.get().cut();
    List<Map<String, Object>> struck = run.get().struck();
    Map<String, Object> hit = struck.get(r.nextInt(struck.size()));
    DisturbanceType dt = DisturbanceType.valueOf(((String) hit.get("type")).toUpperCase(Locale.ROOT));
    DisturbanceKind kind = DisturbanceKind.values()[dt.ordinal() + 1];
    String target = String.valueOf(hit.get("target"));
    List<String> targets = storiesIn(target, cut);
    Pick p = !targets.isEmpty() ? pickById(cut, targets.get(0))
        : hasOpen(cut) ? pickStory(cut, true, r) : pickStory(world.cut(), true, r);
    Member trainee = seat(cut, r, List.of());
    var m = new HashMap<String, Double>();
    for (String k : List.of("severity", "velocity_impact", "planned_velocity_impact",
        "quality_regression", "scale")) {
      m.put(k, ((Number) hit.get(k)).doubleValue());
    }
    m.put("targets", (double) targets.size());
    m.put("own_code", ownCode(dt, r));
    m.put("struck", (double) struck.size());
    int day = Math.max(0, Math.min(DAYS - 1, ((Number) hit.get("day")).intValue()));
    return build(world, cut, p, trainee, day, kind, SituationSource.DISTURBED, List.of(target), m);
  }

  /** Whether the root cause lies in the team's own code, by the disturbance's nature. */
  private static double ownCode(DisturbanceType t, SplittableRandom r) {
    double u = r.nextDouble(); // drawn always: the stream's use does not depend on the type
    return switch (t) {
      case DEPENDENCY_BREAKS, SCOPE_CREEP -> 0;
      case PRODUCTION_INCIDENT -> u < 0.5 ? 1 : 0;
      default -> 1;
    };
  }

  /** Stage 3: two teams sharing the backlog, a member borrowed, stories waiting on the other team. */
  private static SituationContext portfolio(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    var run = library.borrowed(world.index());
    for (int i = 1; run.isEmpty() && i < runWorlds(library); i++) {
      world = library.world((world.index() + 1) % runWorlds(library));
      run = library.borrowed(world.index());
    }
    if (run.isEmpty()) {
      throw new IllegalStateException("no world of " + library.worlds() + " borrowed a member in "
          + WorldRuns.MAX_SPRINTS + " sprints; check the coordination settings");
    }
    boolean wantWaiting = type == EpisodeType.CROSS_TEAM_DEPENDENCY && r.nextBoolean();
    // stories waiting on another team are rare: half of the situations go looking for one
    for (int i = 1; wantWaiting && run.get().crossTeam().isEmpty() && i < runWorlds(library); i++) {
      var next = library.borrowed((world.index() + 1) % runWorlds(library));
      if (next.isPresent()) {
        world = library.world((world.index() + 1) % runWorlds(library));
        run = next;
      }
    }
    WorldRuns.Borrowed b = run.get();
    Member borrowed = member(b.receiving(), b.member());
    var m = new HashMap<String, Double>();
    m.put("conventions_slowdown", library.config().portfolio().conventionsSlowdown());
    int day = r.nextInt(3);
    switch (type) {
      case BORROWING_ARRIVAL -> {
        Pick p = hasOpen(b.receiving()) ? pickStory(b.receiving(), true, r)
            : pickStory(world.cut(), true, r);
        return build(world, b.receiving(), p, borrowed, day, DisturbanceKind.NONE,
            SituationSource.PORTFOLIO, List.of(b.member()), m);
      }
      case CONTEXT_SWITCHING -> {
        m.put("home_accepted", (double) b.homeAccepted());
        m.put("home_blocked", (double) b.homeBlocked());
        // a home team that ran dry has nothing to resume: the member resumes shared work
        Pick p = hasOpen(b.home()) ? pickStory(b.home(), true, r)
            : hasOpen(b.receiving()) ? pickStory(b.receiving(), true, r)
            : pickStory(world.cut(), true, r);
        var knowledge = b.receiving().knowledge().get(b.member());
        return build(world, b.home(), p, borrowed, day, DisturbanceKind.NONE,
            SituationSource.PORTFOLIO, List.of(b.member()), m, knowledge);
      }
      default -> {
        boolean waiting = !b.crossTeam().isEmpty() && (b.local().isEmpty() || wantWaiting);
        List<String> ids = waiting ? new ArrayList<>(b.crossTeam().keySet()) : b.local();
        Pick p = ids.isEmpty() ? (hasOpen(b.receiving()) ? pickStory(b.receiving(), true, r)
            : pickStory(world.cut(), true, r))
            : pickById(b.receiving(), ids.get(r.nextInt(Math.min(8, ids.size()))));
        m.put("waits_on_other_team", waiting ? 1.0 : 0.0);
        m.put("still_waiting", waiting && b.crossTeam().get(p.story().id()) ? 1.0 : 0.0);
        Member trainee = seat(b.receiving(), r, List.of(b.member()));
        return build(world, b.receiving(), p, trainee, day, DisturbanceKind.NONE,
            SituationSource.PORTFOLIO, List.of(), m);
      }
    }
  }

  /** Stage 4: a developer's departure, the knowledge it took, the replacement. */
  private static SituationContext departure(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    WorldRuns.Departure d = library.departure(world.index());
    String leaver = d.leaver().id();
    var m = new HashMap<String, Double>();
    m.put("lost_areas", (double) d.lost().size());
    switch (type) {
      case KNOWLEDGE_HANDOFF -> {
        WorldCut cut = d.before();
        var held = new ArrayList<String>();
        int sole = 0;
        double others = 1;
        for (var e : cut.knowledge().get(leaver).entrySet()) {
          if (e.getValue() >= 0.5) {
            held.add(e.getKey());
            double best = bestOther(cut, e.getKey(), leaver);
            sole += best < 0.5 ? 1 : 0;
            others = Math.min(others, best);
          }
        }
        m.put("held_areas", (double) held.size());
        m.put("sole_areas", (double) sole);
        m.put("others_best", held.isEmpty() ? 1.0 : others);
        m.put("held_points_share", pointsShare(cut, held));
        Pick p = pickInAreas(cut, held, r, world.cut());
        Member trainee = seat(cut, r, List.of(leaver));
        return build(world, cut, p, trainee, r.nextInt(DAYS), DisturbanceKind.NONE,
            SituationSource.DEPARTURE, List.of(leaver), m);
      }
      case ONBOARDING_SUPPORT -> {
        WorldCut cut = d.afterHire();
        if (d.hire().isEmpty()) {
          throw new IllegalStateException("world " + world.index() + " hired no replacement");
        }
        Member hire = member(cut, d.hire().get(0));
        Pick p = hasOpen(cut) ? pickStory(cut, true, r) : pickStory(world.cut(), true, r);
        m.put("hire_skill", hire.skill(p.story().domain()));
        m.put("hire_knowledge", cut.knowledge().get(hire.id()).getOrDefault(
            p.story().codebaseArea(), 0.0));
        Member trainee = seat(cut, r, List.of(hire.id()));
        return build(world, cut, p, trainee, r.nextInt(3), DisturbanceKind.NONE,
            SituationSource.DEPARTURE, List.of(hire.id()), m);
      }
      default -> {
        WorldCut cut = d.after();
        Pick p = pickInAreas(cut, d.lost(), r, world.cut());
        m.put("story_area_lost", d.lost().contains(p.story().codebaseArea()) ? 1.0 : 0.0);
        m.put("others_best", bestOther(cut, p.story().codebaseArea(), leaver));
        m.put("lost_points_share", pointsShare(cut, d.lost()));
        Member trainee = seat(cut, r, List.of());
        return build(world, cut, p, trainee, r.nextInt(3), DisturbanceKind.NONE,
            SituationSource.DEPARTURE, List.of(leaver), m);
      }
    }
  }

  // ---- picking ------------------------------------------------------------------------------

  /** A story and the hidden criteria the team has not discovered yet. */
  record Pick(Story story, List<HiddenCriterion> hidden) {}

  private static Pick pickStory(WorldCut cut, boolean inFlight, SplittableRandom r) {
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

  private static boolean hasOpen(WorldCut cut) {
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

  private static Pick pickById(WorldCut cut, String id) {
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
  private static Pick pickInAreas(WorldCut cut, List<String> areas, SplittableRandom r,
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

  /** Open stories named in a disturbance's target ("US-001,US-004", "US-002/T1 by dev-3", ...). */
  private static List<String> storiesIn(String target, WorldCut cut) {
    var open = new java.util.HashSet<String>();
    cut.carried().forEach(c -> open.add(c.story().id()));
    cut.upcoming().forEach(s -> open.add(s.id()));
    var out = new ArrayList<String>();
    for (String token : target.split("[ ,:]|<->")) {
      String id = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
      if (open.contains(id) && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static Member seat(WorldCut cut, SplittableRandom r, List<String> not) {
    List<Member> seats = new ArrayList<>();
    for (Member m : cut.members()) {
      if (!not.contains(m.id()) && (m.role() == Role.DEV_LEAD
          || (m.role() == Role.DEVELOPER && m.seniority() == Seniority.SENIOR))) {
        seats.add(m);
      }
    }
    return seats.isEmpty() ? cut.members().get(0) : seats.get(r.nextInt(seats.size()));
  }

  private static Member member(WorldCut cut, String id) {
    for (Member m : cut.members()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no member " + id + " in the cut");
  }

  private static double bestOther(WorldCut cut, String area, String except) {
    double best = 0;
    for (var e : cut.knowledge().entrySet()) {
      if (!e.getKey().equals(except)) {
        best = Math.max(best, e.getValue().getOrDefault(area, 0.0));
      }
    }
    return best;
  }

  /** Share of the open points in {@code areas}. */
  private static double pointsShare(WorldCut cut, List<String> areas) {
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

  private static SituationContext build(SituationLibrary.World world, WorldCut cut, Pick p,
      Member trainee, int day, DisturbanceKind disturbance, SituationSource source,
      List<String> subjects, Map<String, Double> measured) {
    return build(world, cut, p, trainee, day, disturbance, source, subjects, measured,
        cut.knowledge().get(trainee.id()));
  }

  private static SituationContext build(SituationLibrary.World world, WorldCut cut, Pick p,
      Member trainee, int day, DisturbanceKind disturbance, SituationSource source,
      List<String> subjects, Map<String, Double> measured, Map<String, Double> traineeKnows) {
    Story story = p.story();
    String area = story.codebaseArea();
    double knowledge = traineeKnows == null ? 0.0 : traineeKnows.getOrDefault(area, 0.0);
    double holder = bestOther(cut, area, trainee.id());
    double velocity = Math.min(2.0, cut.recentVelocity(25) / 25.0);
    return new SituationContext(world.index(), story.id(), story.title(), story.domain(), area,
        story.ambiguity(), story.points(), story.technicalRisk(), world.brownfield(), cut.sprint(),
        day, DAYS, trainee.id(), trainee.skill(story.domain()), knowledge, holder, velocity,
        disturbance, !story.dependsOn().isEmpty(), p.hidden(), source, subjects, measured);
  }
}

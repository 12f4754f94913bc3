package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.sim.world.WorldCut;

/**
 * Stage 4: a developer announcing their departure, the knowledge it took, the replacement hired.
 * Every departure situation reads the same run; which side of it the situation is cut from (the
 * leaver's last sprint, the new hire's first days, the team after the loss) is the subclass's.
 */
abstract class DepartureRecipe implements SituationRecipe {
  /** The leaver's last sprint: what only they know. */
  static DepartureRecipe handoff() {
    return new Handoff();
  }

  /** The replacement's first days. */
  static DepartureRecipe onboarding() {
    return new Onboarding();
  }

  /** The team after the departure, with what it lost. */
  static DepartureRecipe compensation() {
    return new Compensation();
  }

  @Override
  public final SituationSource source() {
    return SituationSource.DEPARTURE;
  }

  /** The situation, once the departure run and its leaver are fixed. */
  abstract SituationContext finish(SituationLibrary.World world, WorldRuns.Departure d,
      String leaver, Map<String, Double> m, SplittableRandom r);

  @Override
  public final SituationContext cut(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    WorldRuns.Departure d = library.departure(world.index());
    var m = new HashMap<String, Double>();
    m.put("lost_areas", (double) d.lost().size());
    return finish(world, d, d.leaver().id(), m, r);
  }

  private static final class Handoff extends DepartureRecipe {
    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Departure d, String leaver,
        Map<String, Double> m, SplittableRandom r) {
      WorldCut cut = d.before();
      var held = new ArrayList<String>();
      int sole = 0;
      double others = 1;
      for (var e : cut.knowledge().get(leaver).entrySet()) {
        if (e.getValue() >= 0.5) {
          held.add(e.getKey());
          double best = SituationCutter.bestOther(cut, e.getKey(), leaver);
          sole += best < 0.5 ? 1 : 0;
          others = Math.min(others, best);
        }
      }
      m.put("held_areas", (double) held.size());
      m.put("sole_areas", (double) sole);
      m.put("others_best", held.isEmpty() ? 1.0 : others);
      m.put("held_points_share", SituationCutter.pointsShare(cut, held));
      SituationCutter.Pick p = SituationCutter.pickInAreas(cut, held, r, world.cut());
      Member trainee = SituationCutter.seat(cut, r, List.of(leaver));
      return SituationCutter.build(world, cut, p, trainee, r.nextInt(SituationCutter.DAYS),
          DisturbanceKind.NONE, SituationSource.DEPARTURE, List.of(leaver), m);
    }
  }

  private static final class Onboarding extends DepartureRecipe {
    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Departure d, String leaver,
        Map<String, Double> m, SplittableRandom r) {
      WorldCut cut = d.afterHire();
      if (d.hire().isEmpty()) {
        throw new IllegalStateException("world " + world.index() + " hired no replacement");
      }
      Member hire = SituationCutter.member(cut, d.hire().get(0));
      SituationCutter.Pick p = SituationCutter.hasOpen(cut) ? SituationCutter.pickStory(cut, true, r)
          : SituationCutter.pickStory(world.cut(), true, r);
      m.put("hire_skill", hire.skill(p.story().domain(), world.levels()));
      m.put("hire_knowledge", cut.knowledge().get(hire.id()).getOrDefault(
          p.story().codebaseArea(), 0.0));
      Member trainee = SituationCutter.seat(cut, r, List.of(hire.id()));
      return SituationCutter.build(world, cut, p, trainee, r.nextInt(3), DisturbanceKind.NONE,
          SituationSource.DEPARTURE, List.of(hire.id()), m);
    }
  }

  private static final class Compensation extends DepartureRecipe {
    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Departure d, String leaver,
        Map<String, Double> m, SplittableRandom r) {
      WorldCut cut = d.after();
      SituationCutter.Pick p = SituationCutter.pickInAreas(cut, d.lost(), r, world.cut());
      m.put("story_area_lost", d.lost().contains(p.story().codebaseArea()) ? 1.0 : 0.0);
      m.put("others_best", SituationCutter.bestOther(cut, p.story().codebaseArea(), leaver));
      m.put("lost_points_share", SituationCutter.pointsShare(cut, d.lost()));
      Member trainee = SituationCutter.seat(cut, r, List.of());
      return SituationCutter.build(world, cut, p, trainee, r.nextInt(3), DisturbanceKind.NONE,
          SituationSource.DEPARTURE, List.of(leaver), m);
    }
  }
}

package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;

/**
 * Stage 3: two teams sharing the backlog, a member borrowed by the receiving team, stories waiting
 * on the other team. Every portfolio situation starts from a run that borrowed a member; what it
 * then picks (the arrival, the return home, a story across teams) is the subclass's.
 */
abstract class PortfolioRecipe implements SituationRecipe {
  /** The borrowed member arriving at the receiving team. */
  static PortfolioRecipe arrival() {
    return new Arrival();
  }

  /** The borrowed member back on its home team. */
  static PortfolioRecipe returnHome() {
    return new ReturnHome();
  }

  /** A receiving-team story that may wait on the other team. */
  static PortfolioRecipe crossTeam() {
    return new CrossTeam();
  }

  @Override
  public final SituationSource source() {
    return SituationSource.PORTFOLIO;
  }

  /** Whether half of the situations go looking for a story waiting on another team. */
  boolean seeksWaiting() {
    return false;
  }

  /** The situation, once the borrowing run, the borrowed member and the day are fixed. */
  abstract SituationContext finish(SituationLibrary.World world, WorldRuns.Borrowed b,
      Member borrowed, Map<String, Double> m, int day, boolean wantWaiting, SplittableRandom r);

  @Override
  public final SituationContext cut(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    int worlds = SituationCutter.runWorlds(library);
    var run = library.borrowed(world.index());
    for (int i = 1; run.isEmpty() && i < worlds; i++) {
      world = library.world((world.index() + 1) % worlds);
      run = library.borrowed(world.index());
    }
    if (run.isEmpty()) {
      throw new IllegalStateException("no world of " + library.worlds() + " borrowed a member in "
          + WorldRuns.MAX_SPRINTS + " sprints; check the coordination settings");
    }
    boolean wantWaiting = seeksWaiting() && r.nextBoolean();
    // stories waiting on another team are rare: half of the situations go looking for one
    for (int i = 1; wantWaiting && run.get().crossTeam().isEmpty() && i < worlds; i++) {
      var next = library.borrowed((world.index() + 1) % worlds);
      if (next.isPresent()) {
        world = library.world((world.index() + 1) % worlds);
        run = next;
      }
    }
    WorldRuns.Borrowed b = run.get();
    Member borrowed = SituationCutter.member(b.receiving(), b.member());
    var m = new HashMap<String, Double>();
    m.put("conventions_slowdown", library.config().portfolio().conventionsSlowdown());
    int day = r.nextInt(3);
    return finish(world, b, borrowed, m, day, wantWaiting, r);
  }

  /** An open story of the receiving team, else of the library world. */
  static SituationCutter.Pick receivingStory(SituationLibrary.World world, WorldRuns.Borrowed b,
      SplittableRandom r) {
    return SituationCutter.hasOpen(b.receiving()) ? SituationCutter.pickStory(b.receiving(), true, r)
        : SituationCutter.pickStory(world.cut(), true, r);
  }

  private static final class Arrival extends PortfolioRecipe {
    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Borrowed b, Member borrowed,
        Map<String, Double> m, int day, boolean wantWaiting, SplittableRandom r) {
      SituationCutter.Pick p = receivingStory(world, b, r);
      return SituationCutter.build(world, b.receiving(), p, borrowed, day, DisturbanceKind.NONE,
          SituationSource.PORTFOLIO, List.of(b.member()), m);
    }
  }

  private static final class ReturnHome extends PortfolioRecipe {
    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Borrowed b, Member borrowed,
        Map<String, Double> m, int day, boolean wantWaiting, SplittableRandom r) {
      m.put("home_accepted", (double) b.homeAccepted());
      m.put("home_blocked", (double) b.homeBlocked());
      // a home team that ran dry has nothing to resume: the member resumes shared work
      SituationCutter.Pick p = SituationCutter.hasOpen(b.home())
          ? SituationCutter.pickStory(b.home(), true, r) : receivingStory(world, b, r);
      var knowledge = b.receiving().knowledge().get(b.member());
      return SituationCutter.build(world, b.home(), p, borrowed, day, DisturbanceKind.NONE,
          SituationSource.PORTFOLIO, List.of(b.member()), m, knowledge);
    }
  }

  private static final class CrossTeam extends PortfolioRecipe {
    @Override
    boolean seeksWaiting() {
      return true;
    }

    @Override
    SituationContext finish(SituationLibrary.World world, WorldRuns.Borrowed b, Member borrowed,
        Map<String, Double> m, int day, boolean wantWaiting, SplittableRandom r) {
      boolean waiting = !b.crossTeam().isEmpty() && (b.local().isEmpty() || wantWaiting);
      List<String> ids = waiting ? new ArrayList<>(b.crossTeam().keySet()) : b.local();
      SituationCutter.Pick p = ids.isEmpty() ? receivingStory(world, b, r)
          : SituationCutter.pickById(b.receiving(), ids.get(r.nextInt(Math.min(8, ids.size()))));
      m.put("waits_on_other_team", waiting ? 1.0 : 0.0);
      m.put("still_waiting", waiting && b.crossTeam().get(p.story().id()) ? 1.0 : 0.0);
      Member trainee = SituationCutter.seat(b.receiving(), r, List.of(b.member()));
      return SituationCutter.build(world, b.receiving(), p, trainee, day, DisturbanceKind.NONE,
          SituationSource.PORTFOLIO, List.of(), m);
    }
  }
}

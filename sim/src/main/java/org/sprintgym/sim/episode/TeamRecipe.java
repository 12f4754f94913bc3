package org.sprintgym.sim.episode;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.sim.world.WorldCut;

/**
 * Stage 1: the default team between sprints, no disturbance.
 *
 * @param planning whether the situation is refinement or planning (an upcoming story on day 0)
 *     rather than work on a story in flight on a random day
 */
record TeamRecipe(boolean planning) implements SituationRecipe {
  @Override
  public SituationSource source() {
    return SituationSource.TEAM;
  }

  @Override
  public SituationContext cut(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    WorldCut cut = world.cut();
    SituationCutter.Pick p = SituationCutter.pickStory(cut, !planning, r);
    Member trainee = SituationCutter.seat(cut, r, List.of());
    int day = planning ? 0 : r.nextInt(SituationCutter.DAYS);
    return SituationCutter.build(world, cut, p, trainee, day, DisturbanceKind.NONE,
        SituationSource.TEAM, List.of(), Map.of());
  }
}

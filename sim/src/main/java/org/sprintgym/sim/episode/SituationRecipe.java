package org.sprintgym.sim.episode;

import java.util.SplittableRandom;

/**
 * How one episode type's situations are cut out of a library world: which simulation they come
 * from and what is picked from it (story, seat, day, the measurements that become the hidden
 * truth). Each type's {@link EpisodeTypeDefinition} owns one; {@link SituationCutter} draws the
 * world and hands over. A recipe draws from {@code r} in a fixed order, so a situation is a pure
 * function of the library and the stream.
 */
public interface SituationRecipe {
  /** The simulation this recipe cuts from (it decides which runs a library must simulate). */
  SituationSource source();

  /**
   * A situation of {@code type} from {@code world} (or, where that world's run produced nothing
   * usable, a later one).
   */
  SituationContext cut(EpisodeType type, SituationLibrary library, SituationLibrary.World world,
      SplittableRandom r);
}

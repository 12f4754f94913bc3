package org.sprintgym.sim.episode;

import java.util.SplittableRandom;
import org.sprintgym.sim.env.SeedMix;

/**
 * A situation and its hidden truth as {@link EpisodeEnv#reset(long)} draws them under a difficulty
 * cap: below the full difficulty, situations harder than the cap are redrawn (a few times at most;
 * then the easiest one drawn is taken); at 1 the first draw always stands.
 *
 * @param context the situation cut out of a world
 * @param truth the hidden truth drawn for it
 */
record CappedDraw(SituationContext context, SituationModel.Truth truth) {

  /**
   * Draws a situation of {@code spec}'s type from {@code seed}, harder than {@code cap} only if
   * needed: {@code config}'s {@code episode.difficulty} says how hard one is and how many draws
   * are made at most; its cue and situation tables draw the truth.
   */
  static CappedDraw draw(long seed, TypeSpec spec, SituationLibrary library, double cap,
      EpisodeConfig config) {
    EpisodeType type = spec.type();
    DifficultyCoefficients difficulty = config.difficulty();
    int attempts = difficulty.attemptCount();
    int k = spec.slots().size();
    SituationContext context = null;
    SituationModel.Truth t = null;
    double easiest = Double.POSITIVE_INFINITY;
    SituationContext easiestContext = null;
    SituationModel.Truth easiestTruth = null;
    for (int attempt = 0; attempt < attempts; attempt++) {
      long cutSeed = attempt == 0 ? SeedMix.derive(seed, 1) : SeedMix.derive(seed, 1, attempt);
      context = SituationCutter.cut(type, library, new SplittableRandom(cutSeed));
      t = new SituationModel.Truth(k, config.cues(), config.situations());
      spec.model().draw(context, new SplittableRandom(SeedMix.derive(seed, 2)), t);
      double h = difficulty.of(context, t.severity);
      if (h <= cap) {
        easiestContext = null;
        break;
      }
      if (h < easiest) {
        easiest = h;
        easiestContext = context;
        easiestTruth = t;
      }
    }
    if (easiestContext != null) {
      context = easiestContext;
      t = easiestTruth;
    }
    return new CappedDraw(context, t);
  }
}

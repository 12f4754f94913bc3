package org.sprintgym.sim.episode;

import java.util.SplittableRandom;

/**
 * Draws a type's hidden truth for one episode from the situation's context: which facts hold,
 * the true severity, the true amount of work, and the chance that a fact left undiscovered bites.
 */
@FunctionalInterface
public interface SituationModel {

  /** Fills {@code truth} from {@code context}, drawing only from {@code random}. */
  void draw(SituationContext context, SplittableRandom random, Truth truth);

  /**
   * The hidden truth a model fills in while it draws; {@link EpisodeOpening} then freezes it into
   * a {@link HiddenTruth}. Its state is only written and read inside this package (the models are
   * {@link TypeSpecs}'), so nothing outside can change a drawn truth.
   */
  final class Truth {
    /** Whether each fact holds. */
    final boolean[] facts;
    /** How many findings each fact stands for (e.g. hidden criteria in one dimension). */
    final int[] weights;
    /** The true severity in [0, 1] (difficulty, impact, urgency: the type says which). */
    double severity;
    /** The true amount of work, in units of the observable estimate. */
    double workTarget = 1.0;
    /** Chance that one undiscovered fact causes a problem downstream. */
    double biteChance = 0.6;
    /** Chance that probing a fact that holds reports it (the rest of the time it stays hidden). */
    double recall = 0.9;
    /** Chance that probing a fact that does not hold reports it anyway (a misleading answer). */
    double falseAlarm = 0.16;
    /** The probe reliability's defaults a type model starts from ({@code episode.cues}). */
    final CueCoefficients cues;
    /** The coefficients of the type models ({@code episode.situations}). */
    final SituationCoefficients situations;

    Truth(int slots, CueCoefficients cues, SituationCoefficients situations) {
      this.cues = java.util.Objects.requireNonNull(cues, "cues");
      this.situations = java.util.Objects.requireNonNull(situations, "situations");
      facts = new boolean[slots];
      weights = new int[slots];
      java.util.Arrays.fill(weights, 1);
    }

    /** Sets fact {@code i} with probability {@code p}. */
    void bernoulli(int i, double p, SplittableRandom random) {
      facts[i] = random.nextDouble() < Math.max(0, Math.min(1, p));
    }
  }
}

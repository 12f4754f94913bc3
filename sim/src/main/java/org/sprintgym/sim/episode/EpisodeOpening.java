package org.sprintgym.sim.episode;

import java.util.SplittableRandom;
import org.sprintgym.sim.env.SeedMix;

/**
 * What an episode opens with once its situation and hidden truth are drawn: the truth with the
 * probes' answers and the assessment fixed in advance, and the cues the trainee sees. Every draw
 * comes from its own stream of the episode seed (answers 5, cues 3, consequences 4), so the same
 * seed opens the same episode whatever the trainee then does.
 *
 * @param truth the hidden truth, answers included
 * @param cues each fact's first-impression cue
 * @param sharpCues each fact's cue after the type's cue-sharpening action
 * @param severityCue the unassessed view of the situation's severity
 */
record EpisodeOpening(HiddenTruth truth, float[] cues, float[] sharpCues, double severityCue) {

  /**
   * The opening of an episode of {@code spec}'s type seeded {@code seed} in {@code context}, its
   * noise from {@code c} ({@code episode.cues}) and the spec's own sharpened-cue noise if any.
   */
  static EpisodeOpening draw(long seed, TypeSpec spec, SituationContext context,
      SituationModel.Truth t, int k, CueCoefficients c) {
    var draws = new SplittableRandom(SeedMix.derive(seed, 4));
    double[] u = new double[HiddenTruth.DRAWS];
    for (int i = 0; i < u.length; i++) {
      u[i] = draws.nextDouble();
    }
    var answers = new SplittableRandom(SeedMix.derive(seed, 5));
    boolean[] reports = new boolean[k];
    for (int i = 0; i < k; i++) {
      double a = answers.nextDouble();
      reports[i] = t.facts[i] ? a < t.recall : a < t.falseAlarm;
    }
    double assessedSeverity = unit(t.severity + c.assessNoise() * gaussian(answers));
    var truth = new HiddenTruth(t.facts, t.weights, t.severity, t.workTarget, t.biteChance, u,
        reports, assessedSeverity);
    var noise = new SplittableRandom(SeedMix.derive(seed, 3));
    double sharpNoise = spec.sharpNoise(c);
    // an ambiguous story blurs every first impression: the cue alone is a weaker guide there, and
    // what the situation itself says (its priors) matters more
    double cueNoise = c.cueNoise() + c.cueNoiseAmbiguity() * context.ambiguity();
    float[] cues = new float[k];
    float[] sharpCues = new float[k];
    for (int i = 0; i < k; i++) {
      double f = t.facts[i] ? 1 : 0;
      cues[i] = unit(c.cueBase() + c.cuePerFact() * f + cueNoise * gaussian(noise));
      sharpCues[i] = unit(c.sharpBase() + c.sharpPerFact() * f + sharpNoise * gaussian(noise));
    }
    double severityCue = unit(t.severity + c.severityCueNoise() * gaussian(noise));
    return new EpisodeOpening(truth, cues, sharpCues, severityCue);
  }

  private static float unit(double v) {
    return (float) Math.max(0, Math.min(1, v));
  }

  /** Box-Muller from the given stream (SplittableRandom has no nextGaussian on Java 17). */
  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}

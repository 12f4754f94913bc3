package org.sprintgym.sim.episode;

import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * How much the trainee's view of a situation can be trusted (see {@link EpisodeOpening} and
 * {@link TypeSpecs}): the noise of the cues and of the assessment, and how reliably a probe
 * answers. A type spec may keep its own sharpened-cue noise ({@link TypeSpec#sharpNoise()}), and
 * a type's situation model its own probe reliability (elicitation's PO answers by ambiguity).
 *
 * @param assessNoise standard deviation of the assessing action's view of the true severity
 * @param cueNoise standard deviation of a fact's first-impression cue in an unambiguous story
 * @param cueNoiseAmbiguity extra cue noise per unit of the story's ambiguity
 * @param sharpNoise standard deviation of a fact's cue after the cue-sharpening action, where the
 *     type has none of its own
 * @param severityCueNoise standard deviation of the unassessed view of the severity
 * @param recallBase chance that probing a fact that holds reports it, for a trainee who knows the
 *     area fully
 * @param recallPerUnknown recall lost per unit of the trainee's missing knowledge of the area
 * @param falseAlarmBase chance that probing a fact that does not hold reports it anyway, for a
 *     fully skilled trainee
 * @param falseAlarmPerUnskill false alarm added per unit of the trainee's missing skill
 * @param cueBase mean first-impression cue of a fact that does not hold
 * @param cuePerFact what a fact that holds adds to its cue's mean
 * @param sharpBase mean sharpened cue of a fact that does not hold
 * @param sharpPerFact what a fact that holds adds to its sharpened cue's mean
 */
public record CueCoefficients(double assessNoise, double cueNoise, double cueNoiseAmbiguity,
    double sharpNoise, double severityCueNoise, double recallBase, double recallPerUnknown,
    double falseAlarmBase, double falseAlarmPerUnskill, double cueBase, double cuePerFact,
    double sharpBase, double sharpPerFact) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the episodes were built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("episode.cues")
      .entry("assess_noise", 0.08, 0, 1,
          "standard deviation of the assessing action's view of the true severity; design choice")
      .entry("cue_noise", 0.08, 0, 1,
          "standard deviation of a fact's first-impression cue in an unambiguous story; design"
              + " choice")
      .entry("cue_noise_ambiguity", 0.32, 0, 2,
          "extra cue noise per unit of the story's ambiguity (an ambiguous story blurs every"
              + " first impression); design choice")
      .entry("sharp_noise", TypeSpec.SHARP_NOISE, 0.001, 1,
          "standard deviation of a sharpened cue where the type has none of its own (it all but"
              + " settles the fact); design choice")
      .entry("severity_cue_noise", 0.2, 0, 1,
          "standard deviation of the unassessed view of the severity; design choice")
      .entry("recall_base", 0.95, 0, 1,
          "chance a probe reports a fact that holds, for a trainee who knows the area; design"
              + " choice")
      .entry("recall_per_unknown", 0.3, 0, 1,
          "recall lost per unit of missing knowledge of the area (code and people are read less"
              + " reliably there); design choice")
      .entry("false_alarm_base", 0.12, 0, 1,
          "chance a probe reports a fact that does not hold, for a fully skilled trainee; design"
              + " choice")
      .entry("false_alarm_per_unskill", 0.48, 0, 1,
          "false alarm added per unit of missing skill (less skill hears what is not there more"
              + " often); design choice")
      .entry("cue_base", 0.3, 0, 1,
          "mean first-impression cue of a fact that does not hold; design choice")
      .entry("cue_per_fact", 0.4, 0, 1,
          "what a fact that holds adds to its first-impression cue's mean (0.7 against 0.3: the"
              + " cue leans the right way but settles nothing); design choice")
      .entry("sharp_base", 0.2, 0, 1,
          "mean sharpened cue of a fact that does not hold; design choice")
      .entry("sharp_per_fact", 0.6, 0, 1,
          "what a fact that holds adds to its sharpened cue's mean (0.8 against 0.2); design"
              + " choice")
      .build();

  public CueCoefficients {
    TABLE.inOrder(assessNoise, cueNoise, cueNoiseAmbiguity, sharpNoise, severityCueNoise,
        recallBase, recallPerUnknown, falseAlarmBase, falseAlarmPerUnskill, cueBase, cuePerFact,
        sharpBase, sharpPerFact).forEach(TABLE::check);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static CueCoefficients from(Map<String, Double> values) {
    return TABLE.build(CueCoefficients.class, values);
  }

  public static CueCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public CueCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

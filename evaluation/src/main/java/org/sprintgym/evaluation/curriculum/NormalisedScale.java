package org.sprintgym.evaluation.curriculum;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.Oracle;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.stats.Stats;

/**
 * The normalised scale of the judge-score criteria: {@code (score - random) / (oracle - random)},
 * random and oracle measured once per run on reference seeds of their own (a stream apart from
 * training, validation and evaluation), so 0 is the random policy and 1 the oracle ceiling. On
 * this scale a criterion's threshold says how much of the gap from random to the ceiling a stage
 * must close, whatever the type's raw score range; dojo's absolute thresholds stay in the report
 * as a reference.
 *
 * <p>Sprint-level criteria (stories passing QA, velocity drop and dip) and
 * actions_to_contribution keep their absolute thresholds: the oracle plans single episodes from
 * their hidden truth and cannot play a seat inside a running world.
 *
 * @param references per criterion, {random, oracle} judge means on the reference seeds
 */
public record NormalisedScale(Map<String, double[]> references) {

  /**
   * Normalised thresholds of the judge-score criteria, one per criterion: the scripted expert's
   * own normalised judge score on that criterion's types, less 0.05, to two decimals. Graduating
   * means reaching the expert's level from rewards, within a twentieth of the gap from random to
   * the ceiling. Measured with {@code episodes --type all --count 28000 --seed 7} for random and
   * the expert and {@code --count 7000} for the oracle (judge means; a pooled criterion pools its
   * types' means): elicitation 0.858, decomposition 0.798, self-monitoring 0.721, triage 0.719,
   * recovery + scope change 0.747, borrowing arrival + context switching 0.852. Above the
   * expert there is little to reach on the stage-1 types: the rest of the gap to the oracle is
   * what the oracle reads from the hidden truth, and PPO alone on one of these types only ties
   * the expert (README, "Headroom and learning"). A warm start that only imitates the expert
   * starts below its teacher, so it has to learn the rest. Override per criterion with {@code
   * curriculum.criteria.NAME} (a value on this scale).
   */
  public static final Map<String, Double> THRESHOLDS = Map.of("elicitation", 0.81,
      "decomposition", 0.75, "self_correction", 0.67, "triage_accuracy", 0.67, "adaptation", 0.70,
      "orientation", 0.80);

  public NormalisedScale {
    var m = new LinkedHashMap<String, double[]>();
    references.forEach((k, v) -> m.put(k, v.clone()));
    references = Collections.unmodifiableMap(m);
  }

  /** No criterion normalised (values pass through). */
  public static NormalisedScale none() {
    return new NormalisedScale(Map.of());
  }

  /**
   * Random and the oracle on {@code perType} episodes of every type from {@code root}, reduced
   * to each judge criterion's mean.
   */
  static NormalisedScale measure(PolicyEvaluator evaluator, int perType, long root) {
    List<EpisodeType> all = List.of(EpisodeType.values());
    var random = CriterionMeter.measure(evaluator.run(Baselines.of("random").orElseThrow(),
        "random", all, perType, root, 1).get(0));
    var oracle = CriterionMeter.measure(evaluator.run(Oracle.POLICY, "oracle", all, perType,
        root, 1).get(0));
    var refs = new LinkedHashMap<String, double[]>();
    THRESHOLDS.keySet().stream().sorted().forEach(name -> {
      Double r = random.get(name);
      Double o = oracle.get(name);
      if (r != null && o != null && o - r > 1e-9) {
        refs.put(name, new double[] {r, o});
      }
    });
    return new NormalisedScale(refs);
  }

  /** Whether {@code criterion} is decided on this scale. */
  boolean normalises(String criterion) {
    return references.containsKey(criterion);
  }

  /** {@code value} of {@code criterion} on the scale (unchanged if not normalised). */
  double apply(String criterion, double value) {
    double[] r = references.get(criterion);
    return r == null ? value : (value - r[0]) / (r[1] - r[0]);
  }

  /** The absolute value of a normalised one. */
  double absolute(String criterion, double normalised) {
    double[] r = references.get(criterion);
    return r == null ? normalised : r[0] + normalised * (r[1] - r[0]);
  }

  /** Every normalised criterion's values on the scale. */
  Map<String, Double> applyAll(Map<String, Double> values) {
    var out = new LinkedHashMap<String, Double>();
    values.forEach((k, v) -> out.put(k, v == null ? null : apply(k, v)));
    return out;
  }

  /** For the report: per criterion its references and dojo's absolute threshold. */
  Map<String, Object> describe(CriterionMeter meter) {
    var out = new LinkedHashMap<String, Object>();
    references.forEach((name, r) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("random", r[0]);
      m.put("oracle", r[1]);
      m.put("dojo_absolute_threshold", meter.dojoThreshold(name));
      m.put("dojo_threshold_normalised", apply(name, meter.dojoThreshold(name)));
      out.put(name, m);
    });
    return out;
  }

  static double mean(double[] v) {
    return Stats.mean(v);
  }
}

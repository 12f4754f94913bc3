package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SprintTrials;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;

/**
 * Measures a stage's adapter: the validation return the gate judges, and the graduation criteria
 * on evaluation seeds (episode-level from the episodes, sprint-level from {@link SprintTrials}).
 */
final class StageEvaluator {
  /**
   * One evaluation of the stage's criteria.
   *
   * @param perSeed per evaluation seed, the measured value of each criterion
   * @param judge mean judge score of the stage's own types over all seeds
   * @param success share of the stage's own episodes at or above their type's graduation bar
   * @param episodes how many of the stage's own episodes that share counts
   * @param seedJudges per seed, the mean judge score of the stage's own types
   */
  record Evaluation(List<Map<String, Double>> perSeed, double judge, double success,
      long successes, long episodes, double[] seedJudges) {}

  private final CurriculumSpec spec;
  private final PolicyEvaluator evaluator;
  private final SprintTrials trials;
  private final CriterionMeter meter;
  private final NormalisedScale scale;
  private final long validationRoot;
  private final long evaluationRoot;

  StageEvaluator(CurriculumSpec spec, PolicyEvaluator evaluator, SprintTrials trials,
      CriterionMeter meter, NormalisedScale scale, long validationRoot, long evaluationRoot) {
    this.scale = scale;
    this.spec = spec;
    this.evaluator = evaluator;
    this.trials = trials;
    this.meter = meter;
    this.validationRoot = validationRoot;
    this.evaluationRoot = evaluationRoot;
  }

  /**
   * The active adapter's greedy return (or, with {@code validation.metric: judge}, judge score)
   * on every validation episode (seeds by types, always in the same order) over the training
   * mix's types.
   */
  double[] validate(ActorCritic net, CurriculumSpec.StageSpec stage) {
    List<EpisodeType> types = validationTypes(stage);
    var results = evaluator.run(PolicyEvaluator.greedy(net),
        CurriculumRun.adapterName(stage.stage()), types, spec.validation().episodesPerType(),
        validationRoot, spec.validation().seeds());
    return results.stream().flatMap(List::stream)
        .mapToDouble(spec.validation().judges() ? EpisodeRunner.Result::judge
            : EpisodeRunner.Result::episodeReturn).toArray();
  }

  /** The validation mix's types: the stage's training mix, rehearsal included, each once. */
  private List<EpisodeType> validationTypes(CurriculumSpec.StageSpec stage) {
    return TrainingMix.of(stage, spec.rehearsalShare()).stream().distinct().toList();
  }

  /**
   * Per validation episode, in {@link #validate}'s order (seeds, then types, then episodes), the
   * index of its type's criterion among the mix's criteria in order of appearance.
   */
  int[] validationGroups(CurriculumSpec.StageSpec stage) {
    List<EpisodeType> types = validationTypes(stage);
    var index = new LinkedHashMap<String, Integer>();
    int per = spec.validation().episodesPerType();
    int[] out = new int[spec.validation().seeds() * types.size() * per];
    int k = 0;
    for (int s = 0; s < spec.validation().seeds(); s++) {
      for (EpisodeType t : types) {
        int g = index.computeIfAbsent(t.definition().criterion(), c -> index.size());
        for (int i = 0; i < per; i++) {
          out[k++] = g;
        }
      }
    }
    return out;
  }

  /**
   * The starting adapter on the evaluation seeds: its criteria, and its judge score per episode
   * of the stage's own types (in the order the report's evaluation of the trained one has).
   */
  record Untrained(Map<String, Double> values, List<Double> judges) {}

  /** The stage's criteria measured for its starting adapter on the evaluation seeds. */
  Untrained untrained(ActorCritic net, int k) {
    var policy = PolicyEvaluator.greedy(net);
    var perSeed = evaluator.run(policy, CurriculumRun.adapterName(k),
        TrainingMix.evaluationTypes(k), spec.evaluation().episodesPerType(), evaluationRoot,
        spec.evaluation().seeds());
    var out = new LinkedHashMap<String, Double>();
    for (GraduationCriterion c : meter.graduationCriteria(k)) {
      if (c.name().equals(CriterionMeter.NO_REGRESSION)) {
        continue;
      }
      double[] v = perSeed.stream().mapToDouble(r -> CriterionMeter.measure(r)
          .getOrDefault(c.name(), Double.NaN)).toArray();
      out.put(c.name(), v.length == 0 ? Double.NaN : scale.apply(c.name(), Stats.mean(v)));
    }
    out.putAll(CriterionMeter.sprintLevelOverSeeds(trials, meter.graduationCriteria(k), policy,
        evaluationRoot, spec.evaluation().seeds()));
    out.values().removeIf(v -> v.isNaN());
    List<Double> judges = perSeed.stream().flatMap(List::stream)
        .filter(r -> r.type().stage() == k).map(EpisodeRunner.Result::judge).toList();
    return new Untrained(out, judges);
  }

  /**
   * Measures the stage's criteria for the active adapter on the seeds of evaluation
   * {@code index} (derived from (stage, index), so the rolling window covers window x seeds x
   * episodes different situations).
   */
  Evaluation evaluate(ActorCritic net, int k, int index) {
    long evalSeed = SeedMix.derive(evaluationRoot, k, index);
    BaselinePolicy policy = PolicyEvaluator.greedy(net);
    var results = evaluator.run(policy, CurriculumRun.adapterName(k),
        TrainingMix.evaluationTypes(k), spec.evaluation().episodesPerType(), evalSeed,
        spec.evaluation().seeds());
    var perSeed = new ArrayList<Map<String, Double>>();
    for (int s = 0; s < results.size(); s++) {
      Map<String, Double> values = new LinkedHashMap<>(scale.applyAll(
          CriterionMeter.measure(results.get(s))));
      values.putAll(CriterionMeter.sprintLevel(trials, meter.graduationCriteria(k), policy,
          SeedMix.derive(evalSeed, s, CriterionMeter.SPRINT_SEED)));
      perSeed.add(values);
    }
    return judged(perSeed, results, k);
  }

  private static Evaluation judged(List<Map<String, Double>> perSeed,
      List<List<EpisodeRunner.Result>> results, int stage) {
    var all = new ArrayList<Double>();
    double[] seedJudges = new double[results.size()];
    long ok = 0;
    for (int s = 0; s < results.size(); s++) {
      double[] own = results.get(s).stream().filter(r -> r.type().stage() == stage)
          .mapToDouble(EpisodeRunner.Result::judge).toArray();
      seedJudges[s] = own.length == 0 ? Double.NaN : Stats.mean(own);
      for (var r : results.get(s)) {
        if (r.type().stage() == stage) {
          all.add(r.judge());
          ok += r.judge() >= r.type().graduationThreshold() ? 1 : 0;
        }
      }
    }
    double judge = Stats.mean(all.stream().mapToDouble(Double::doubleValue).toArray());
    return new Evaluation(perSeed, judge, (double) ok / all.size(), ok, all.size(), seedJudges);
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.MannWhitneyComparison;
import org.sprintgym.evaluation.SeedSummary;
import org.sprintgym.evaluation.report.CriterionResult;
import org.sprintgym.evaluation.report.CurriculumReport;
import org.sprintgym.evaluation.report.Proportion;
import org.sprintgym.evaluation.report.StageReport;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.episode.CriterionFeed;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SprintTrials;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.stats.Stats;

/**
 * Builds the curriculum report from a finished run: each stage's criteria (rolling means over
 * seeds; t intervals cut to [0, 1] for scores, Wilson intervals for shares), the five baselines
 * measured on the same evaluation seeds, success rates with Wilson intervals, the trained
 * adapter against the best baseline (Mann-Whitney on per-episode judge scores of the stage's
 * types), plain findings, and the final adapter's no-regression check on the earlier stages.
 */
final class CurriculumReporter {
  /** Criteria that are shares of counted stories: Wilson intervals over the pooled stories. */
  private static final Map<String, Integer> SHARES = Map.of("stories_pass_qa",
      SprintTrials.STORIES * CriterionMeter.SPRINT_TRIALS);

  private final CurriculumRun run;
  private final CurriculumSpec spec;

  CurriculumReporter(CurriculumRun run, CurriculumSpec spec) {
    this.run = run;
    this.spec = spec;
  }

  CurriculumReport build(String title, Map<String, Object> provenance) {
    var stages = new ArrayList<StageReport>();
    for (StageOutcome done : run.state().finished()) {
      stages.add(stage(done));
    }
    return new CurriculumReport(title, stages, noRegression(run.state()), provenance);
  }

  private StageReport stage(StageOutcome done) {
    int k = done.stage();
    var notMeasured = new LinkedHashMap<String, String>();
    var criteria = criteria(done, notMeasured);
    var baselines = new LinkedHashMap<String, Map<String, Double>>();
    var judges = new LinkedHashMap<String, double[]>();
    var rates = new LinkedHashMap<String, Proportion>();
    var scores = new LinkedHashMap<String, Double>();
    var failing = new ArrayList<String>();
    run.net().activate(CurriculumRun.adapterName(k));
    var trained = results(PolicyEvaluator.greedy(run.net()), CurriculumRun.adapterName(k), k);
    double[] trainedJudges = stageJudges(trained, k);
    rates.put(CurriculumRun.adapterName(k), successes(trained, k));
    for (String name : Baselines.NAMES) {
      baseline(name, k, baselines, judges, rates, failing);
      scores.put(name, Stats.mean(judges.get(name)));
    }
    if (!done.untrained().isEmpty()) {
      baselines.put("untrained", done.untrained()); // the stage's starting adapter
    }
    String best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
    var pc = MannWhitneyComparison.of(trainedJudges, judges.get(best));
    var comparison = comparison(k, best, pc, failing);
    comparison.put("trained_minus_untrained", pairedWithStart(trainedJudges,
        done.untrainedJudges()));
    if (!run.scale().references().isEmpty()) {
      comparison.put("normalised_scale", run.scale().describe(run.meter()));
    }
    var findings = new ArrayList<>(findings(k, criteria, baselines, pc, scores));
    if (comparison.get("trained_minus_untrained") instanceof Map<?, ?> paired
        && paired.get("ci95") instanceof List<?> ci && ((Double) ci.get(1)) < 0) {
      findings.add("The trained adapter " + CurriculumRun.adapterName(k) + " is worse than its"
          + " untrained start on stage " + k + "'s episodes (paired 95% interval below 0).");
    }
    if (!failing.contains("expert")) {
      findings.add("The scripted expert alone meets every criterion of stage " + k
          + ": a warm start that imitates it could pass this stage without PPO.");
    }
    var curve = new ArrayList<StageReport.LearningCurvePoint>();
    done.curve().forEach(p -> curve.add(new StageReport.LearningCurvePoint(p.episodes(), p.score(),
        new double[] {p.scoreLow(), p.scoreHigh()}, nan(p.trainingReturn()),
        new double[] {nan(p.returnLow()), nan(p.returnHigh())})));
    return new StageReport(k, CurriculumSpec.STAGE_NAMES.get(k - 1), done.graduated(),
        done.episodes(), criteria, baselines, curve, done.verdict(), notMeasured, comparison,
        done.kept(), done.rollbacks(), scores, rates, findings);
  }

  private List<CriterionResult> criteria(StageOutcome done, Map<String, String> notMeasured) {
    int k = done.stage();
    var shown = new ArrayList<GraduationCriterion>(run.meter().graduationCriteria(k));
    run.meter().criteria(k).stream().filter(c -> shown.stream()
        .noneMatch(x -> x.name().equals(c.name()))).forEach(shown::add);
    var out = new ArrayList<CriterionResult>();
    int evaluations = Math.min(done.evaluations(), spec.evaluation().window());
    for (GraduationCriterion c : shown) {
      List<Double> perSeed = done.rolling().get(c.name());
      if (perSeed == null || perSeed.isEmpty()) {
        notMeasured.put(c.name(), CriterionMeter.NOT_MEASURED.getOrDefault(c.name(),
            "not measured: no evaluation ran in this stage"));
        continue;
      }
      double[] v = perSeed.stream().mapToDouble(Double::doubleValue).toArray();
      SeedSummary s = SeedSummary.of(v);
      if (SHARES.containsKey(c.name())) {
        long n = (long) SHARES.get(c.name()) * v.length * Math.max(1, evaluations);
        long ok = Math.min(n, Math.max(0, Math.round(s.mean() * n)));
        out.add(CriterionResult.proportion(c, s.mean(), Proportion.of(ok, n)));
      } else if (!run.scale().normalises(c.name()) && CriterionMeter.SOURCES.containsKey(c.name())
          && CriterionMeter.SOURCES.get(c.name()).measure() == CriterionFeed.Measure.JUDGE) {
        out.add(CriterionResult.bounded(c, s));
      } else {
        out.add(CriterionResult.of(c, s));
      }
    }
    return out;
  }

  /** One baseline on the stage's evaluation seeds: criteria, judges, success rate, verdict. */
  private void baseline(String name, int k, Map<String, Map<String, Double>> baselines,
      Map<String, double[]> judges, Map<String, Proportion> rates, List<String> failing) {
    var policy = Baselines.of(name).orElseThrow();
    var results = results(policy, name, k);
    List<GraduationCriterion> decisive = run.meter().graduationCriteria(k).stream()
        .filter(c -> !c.name().equals(CriterionMeter.NO_REGRESSION)).toList();
    var sprint = CriterionMeter.sprintLevelOverSeeds(run.trials(), decisive, policy,
        run.seeds().seed("curriculum-evaluation"), spec.evaluation().seeds());
    var values = new LinkedHashMap<String, Double>();
    boolean passesAll = true;
    for (GraduationCriterion c : decisive) {
      double v = sprint.getOrDefault(c.name(),
          run.scale().apply(c.name(), meanOverSeeds(results, c.name())));
      values.put(c.name(), v);
      passesAll &= c.passes(v);
    }
    if (!passesAll) {
      failing.add(name);
    }
    baselines.put(name, values);
    judges.put(name, stageJudges(results, k));
    Proportion p = successes(results, k);
    rates.put(name, p);
    run.update(run.state().profiled(name, p.share(), Stats.mean(judges.get(name))));
  }

  private List<List<EpisodeRunner.Result>> results(
      org.sprintgym.sim.episode.baseline.BaselinePolicy policy, String name, int k) {
    List<EpisodeType> types = TrainingMix.evaluationTypes(k);
    return run.evaluator().run(policy, name, types, spec.evaluation().episodesPerType(),
        run.seeds().seed("curriculum-evaluation"), spec.evaluation().seeds());
  }

  private static Map<String, Object> comparison(int k, String best, MannWhitneyComparison pc,
      List<String> failing) {
    var comparison = new LinkedHashMap<String, Object>();
    comparison.put("measure", "judge score per episode of stage " + k
        + " types on the evaluation seeds (same episodes for both)");
    comparison.put("trained", CurriculumRun.adapterName(k));
    comparison.put("best_baseline", best);
    comparison.put("trained_mean", pc.trainedMean());
    comparison.put("baseline_mean", pc.baselineMean());
    comparison.put("u", pc.u());
    comparison.put("p_value", pc.pValue());
    comparison.put("probability_of_superiority", pc.probabilityOfSuperiority());
    var meeting = new ArrayList<>(Baselines.NAMES);
    meeting.removeAll(failing);
    comparison.put("baselines_meeting_every_criterion", meeting);
    comparison.put("baselines_failing_a_criterion", failing);
    return comparison;
  }

  /**
   * The trained adapter minus its untrained start, paired by episode (the same evaluation
   * episodes, in the same order): mean judge difference with its 95% t interval.
   */
  private static Map<String, Object> pairedWithStart(double[] trained, List<Double> start) {
    var out = new LinkedHashMap<String, Object>();
    if (start.size() != trained.length || trained.length == 0) {
      out.put("note", "no paired episodes of the untrained start");
      return out;
    }
    double[] d = new double[trained.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = trained[i] - start.get(i);
    }
    var ci = Stats.meanInterval(d, 0.95);
    out.put("measure", "judge score per episode of the stage's types, trained - untrained");
    out.put("episodes", d.length);
    out.put("mean", Stats.mean(d));
    out.put("ci95", List.of(ci.low(), ci.high()));
    out.put("trained_beats_start", ci.low() > 0);
    return out;
  }

  /** What a reader must not miss, in words: where the trained adapter is below the expert. */
  private static List<String> findings(int k, List<CriterionResult> criteria,
      Map<String, Map<String, Double>> baselines, MannWhitneyComparison pc,
      Map<String, Double> scores) {
    var out = new ArrayList<String>();
    String v = CurriculumRun.adapterName(k);
    double expert = scores.get("expert");
    if (pc.trainedMean() < expert) {
      out.add(String.format(Locale.ROOT, "The trained adapter %s is below the expert on stage"
          + " %d's judge score: %.3f against %.3f.", v, k, pc.trainedMean(), expert));
    }
    var below = new ArrayList<String>();
    for (CriterionResult c : criteria) {
      Double e = baselines.getOrDefault("expert", Map.of()).get(c.name());
      if (e == null) {
        continue;
      }
      boolean worse = c.direction().equals(">=") ? c.value() < e : c.value() > e;
      if (worse) {
        below.add(String.format(Locale.ROOT, "%s (%.3f against %.3f)", c.name(), c.value(), e));
      }
    }
    if (!below.isEmpty()) {
      out.add("The trained adapter " + v + " does worse than the expert on: "
          + String.join(", ", below) + ".");
    }
    return out;
  }

  private Map<String, Object> noRegression(RunState state) {
    var out = new LinkedHashMap<String, Object>();
    List<StageOutcome> done = state.finished();
    if (done.size() < 2) {
      out.put("note", "fewer than two stages ran: nothing earlier to regress");
      return out;
    }
    StageOutcome last = done.get(done.size() - 1);
    out.put("adapter", CurriculumRun.adapterName(last.stage()));
    out.put("tolerance", spec.noRegressionTolerance());
    Map<String, double[]> now = last.stage() == 4 ? rollingNow(last) : oneEvaluation(done);
    out.put("basis", last.stage() == 4
        ? "the rolling means of the last stage's evaluations (what its no_regression row counts)"
        : "one evaluation of the final adapter on the evaluation seeds");
    boolean any = false;
    for (StageOutcome s : done.subList(0, done.size() - 1)) {
      for (GraduationCriterion c : run.meter().measured(s.stage())) {
        List<Double> end = s.rolling().get(c.name());
        double[] nowValues = now.get(c.name());
        if (end == null || end.isEmpty() || nowValues == null || nowValues.length == 0) {
          continue;
        }
        double[] endValues = end.stream().mapToDouble(Double::doubleValue).toArray();
        boolean regressed = GraduationTracker.regressed(c, endValues, nowValues,
            spec.noRegressionTolerance());
        any |= regressed;
        var m = new LinkedHashMap<String, Object>();
        m.put("stage", s.stage());
        m.put("at_stage_end", Stats.mean(endValues));
        m.put("final", Stats.mean(nowValues));
        m.put("regressed", regressed);
        out.put(c.name(), m);
      }
    }
    out.put("passed", !any);
    return out;
  }

  private static Map<String, double[]> rollingNow(StageOutcome last) {
    var out = new LinkedHashMap<String, double[]>();
    last.rolling().forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue)
        .toArray()));
    return out;
  }

  /** Earlier stages' criteria for the final adapter, from one evaluation on the seeds. */
  private Map<String, double[]> oneEvaluation(List<StageOutcome> done) {
    int last = done.get(done.size() - 1).stage();
    run.net().activate(CurriculumRun.adapterName(last));
    long root = run.seeds().seed("curriculum-evaluation");
    var policy = PolicyEvaluator.greedy(run.net());
    var results = run.evaluator().run(policy, CurriculumRun.adapterName(last),
        TrainingMix.evaluationTypes(last - 1), spec.evaluation().episodesPerType(), root,
        spec.evaluation().seeds());
    var earlier = new ArrayList<GraduationCriterion>();
    done.subList(0, done.size() - 1).forEach(s -> earlier.addAll(run.meter().measured(s.stage())));
    var perSeed = new ArrayList<Map<String, Double>>();
    for (int s = 0; s < results.size(); s++) {
      var values = new LinkedHashMap<String, Double>(run.scale().applyAll(
          CriterionMeter.measure(results.get(s))));
      values.putAll(CriterionMeter.sprintLevel(run.trials(), earlier, policy,
          SeedMix.derive(root, s, CriterionMeter.SPRINT_SEED)));
      perSeed.add(values);
    }
    var out = new LinkedHashMap<String, double[]>();
    for (GraduationCriterion c : earlier) {
      out.put(c.name(), perSeed.stream().filter(m -> m.containsKey(c.name()))
          .mapToDouble(m -> m.get(c.name())).toArray());
    }
    return out;
  }

  private static double meanOverSeeds(List<List<EpisodeRunner.Result>> perSeed, String criterion) {
    return Stats.mean(perSeed.stream().mapToDouble(r -> CriterionMeter.measure(r)
        .getOrDefault(criterion, Double.NaN)).toArray());
  }

  private static double[] stageJudges(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    return perSeed.stream().flatMap(List::stream).filter(r -> r.type().stage() == stage)
        .mapToDouble(EpisodeRunner.Result::judge).toArray();
  }

  private static Proportion successes(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    var own = perSeed.stream().flatMap(List::stream).filter(r -> r.type().stage() == stage)
        .toList();
    long ok = own.stream().filter(r -> r.judge() >= r.type().graduationThreshold()).count();
    return Proportion.of(ok, Math.max(1, own.size()));
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }
}

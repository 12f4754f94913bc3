package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.MannWhitneyComparison;
import org.sprintgym.evaluation.SeedSummary;
import org.sprintgym.evaluation.stats.Stats;
import org.sprintgym.evaluation.report.CriterionResult;
import org.sprintgym.evaluation.report.CurriculumReport;
import org.sprintgym.evaluation.report.StageReport;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * Builds the curriculum report from a finished run: each stage's criteria (rolling means over
 * seeds with t intervals), the five baselines measured on the same evaluation seeds, the trained
 * adapter against the best baseline (Mann-Whitney on per-episode judge scores of the stage's
 * types), and the final adapter's no-regression check on the earlier stages.
 */
final class CurriculumReporter {
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
    List<EpisodeType> types = TrainingMix.evaluationTypes(k);
    long evalRoot = run.seeds().seed("curriculum-evaluation");
    int seeds = spec.evaluation().seeds();
    int perType = spec.evaluation().episodesPerType();
    var criteria = new ArrayList<CriterionResult>();
    var notMeasured = new LinkedHashMap<String, String>();
    var shown = new ArrayList<GraduationCriterion>(run.meter().graduationCriteria(k));
    run.meter().criteria(k).stream().filter(c -> shown.stream()
        .noneMatch(x -> x.name().equals(c.name()))).forEach(shown::add);
    for (GraduationCriterion c : shown) {
      List<Double> perSeed = done.rolling().get(c.name());
      if (perSeed == null || perSeed.isEmpty()) {
        notMeasured.put(c.name(), CriterionMeter.NOT_MEASURED.getOrDefault(c.name(),
            "not measured: no evaluation ran in this stage"));
      } else {
        criteria.add(CriterionResult.of(c, SeedSummary.of(
            perSeed.stream().mapToDouble(Double::doubleValue).toArray())));
      }
    }
    var baselines = new LinkedHashMap<String, Map<String, Double>>();
    var baselineJudges = new LinkedHashMap<String, double[]>();
    var graduating = new ArrayList<String>();
    var notGraduating = new ArrayList<String>();
    List<GraduationCriterion> decisive = run.meter().graduationCriteria(k).stream()
        .filter(c -> !c.name().equals(CriterionMeter.NO_REGRESSION)).toList();
    for (String name : Baselines.NAMES) {
      var results = run.evaluator().run(Baselines.of(name).orElseThrow(), name, types, perType,
          evalRoot, seeds);
      var values = new LinkedHashMap<String, Double>();
      var sprint = CriterionMeter.sprintLevelOverSeeds(run.trials(), decisive,
          Baselines.of(name).orElseThrow(), evalRoot, seeds);
      boolean passesAll = true;
      for (GraduationCriterion c : decisive) {
        double v = sprint.getOrDefault(c.name(), meanOverSeeds(results, c.name()));
        values.put(c.name(), v);
        passesAll &= c.passes(v);
      }
      (passesAll ? graduating : notGraduating).add(name);
      baselines.put(name, values);
      double[] judges = stageJudges(results, k);
      baselineJudges.put(name, judges);
      run.update(run.state().profiled(name, successShare(results, k), Stats.mean(judges)));
    }
    run.net().activate(CurriculumRun.adapterName(k));
    var trained = run.evaluator().run(PolicyEvaluator.greedy(run.net()),
        CurriculumRun.adapterName(k), types, perType, evalRoot, seeds);
    double[] trainedJudges = stageJudges(trained, k);
    String best = null;
    double bestMean = Double.NEGATIVE_INFINITY;
    for (var e : baselineJudges.entrySet()) {
      double m = Stats.mean(e.getValue());
      if (m > bestMean) {
        best = e.getKey();
        bestMean = m;
      }
    }
    if (!done.untrained().isEmpty()) {
      baselines.put("untrained", done.untrained()); // the stage's starting adapter
    }
    var comparison = new LinkedHashMap<String, Object>();
    var pc = MannWhitneyComparison.of(trainedJudges, baselineJudges.get(best));
    comparison.put("measure", "judge score per episode of stage " + k
        + " types on the evaluation seeds (same episodes for both)");
    comparison.put("trained", CurriculumRun.adapterName(k));
    comparison.put("best_baseline", best);
    comparison.put("trained_mean", pc.trainedMean());
    comparison.put("baseline_mean", pc.baselineMean());
    comparison.put("u", pc.u());
    comparison.put("p_value", pc.pValue());
    comparison.put("probability_of_superiority", pc.probabilityOfSuperiority());
    comparison.put("baselines_meeting_every_criterion", graduating);
    comparison.put("baselines_failing_a_criterion", notGraduating);
    var curve = new ArrayList<StageReport.CurvePoint>();
    done.curve().forEach(p -> curve.add(new StageReport.CurvePoint(p.episodes(), p.score())));
    return new StageReport(k, CurriculumSpec.STAGE_NAMES.get(k - 1), done.graduated(),
        done.episodes(), criteria, baselines, curve, done.verdict(), notMeasured, comparison);
  }

  private Map<String, Object> noRegression(RunState state) {
    var out = new LinkedHashMap<String, Object>();
    List<StageOutcome> done = state.finished();
    if (done.size() < 2) {
      out.put("note", "fewer than two stages ran: nothing earlier to regress");
      return out;
    }
    int last = done.get(done.size() - 1).stage();
    run.net().activate(CurriculumRun.adapterName(last));
    long root = run.seeds().seed("curriculum-evaluation");
    var policy = PolicyEvaluator.greedy(run.net());
    var results = run.evaluator().run(policy, CurriculumRun.adapterName(last),
        TrainingMix.evaluationTypes(last - 1), spec.evaluation().episodesPerType(), root,
        spec.evaluation().seeds());
    var earlier = new ArrayList<GraduationCriterion>();
    for (StageOutcome s : done.subList(0, done.size() - 1)) {
      earlier.addAll(run.meter().measured(s.stage()));
    }
    var perSeed = new ArrayList<Map<String, Double>>();
    for (int s = 0; s < results.size(); s++) {
      var values = new LinkedHashMap<String, Double>(CriterionMeter.measure(results.get(s)));
      values.putAll(CriterionMeter.sprintLevel(run.trials(), earlier, policy,
          org.sprintgym.sim.env.SeedMix.derive(root, s, CriterionMeter.SPRINT_SEED)));
      perSeed.add(values);
    }
    out.put("adapter", CurriculumRun.adapterName(last));
    out.put("tolerance", spec.noRegressionTolerance());
    boolean any = false;
    for (StageOutcome s : done.subList(0, done.size() - 1)) {
      for (GraduationCriterion c : run.meter().measured(s.stage())) {
        List<Double> end = s.rolling().get(c.name());
        if (end == null || end.isEmpty()) {
          continue;
        }
        double[] endValues = end.stream().mapToDouble(Double::doubleValue).toArray();
        double[] nowValues = perSeed.stream().filter(m -> m.containsKey(c.name()))
            .mapToDouble(m -> m.get(c.name())).toArray();
        double before = Stats.mean(endValues);
        double now = nowValues.length == 0 ? Double.NaN : Stats.mean(nowValues);
        boolean regressed = nowValues.length > 0 && GraduationTracker.regressed(c, endValues, nowValues,
            spec.noRegressionTolerance());
        any |= regressed;
        var m = new LinkedHashMap<String, Object>();
        m.put("stage", s.stage());
        m.put("at_stage_end", before);
        m.put("final", now);
        m.put("regressed", regressed);
        out.put(c.name(), m);
      }
    }
    out.put("passed", !any);
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

  private static double successShare(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    double[] ok = perSeed.stream().flatMap(List::stream).filter(r -> r.type().stage() == stage)
        .mapToDouble(r -> r.judge() >= r.type().graduationThreshold() ? 1 : 0).toArray();
    return ok.length == 0 ? 0 : Stats.mean(ok);
  }
}

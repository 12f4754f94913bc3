package org.sprintgym.scenarios.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.PairedComparison;
import org.sprintgym.evaluation.SeedSummary;
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

  CurriculumReport build(String title, Progress progress, Map<String, Object> provenance) {
    var stages = new ArrayList<StageReport>();
    for (Progress.StageOutcome done : progress.finished) {
      stages.add(stage(done, progress));
    }
    return new CurriculumReport(title, stages, noRegression(progress), provenance);
  }

  private StageReport stage(Progress.StageOutcome done, Progress progress) {
    int k = done.stage;
    List<EpisodeType> types = CurriculumRun.evaluationTypes(k);
    long evalRoot = run.seeds().seed("curriculum-evaluation");
    int seeds = spec.evaluation().seeds();
    int perType = spec.evaluation().episodesPerType();
    var criteria = new ArrayList<CriterionResult>();
    var notMeasured = new LinkedHashMap<String, String>();
    for (GraduationCriterion c : run.meter().criteria(k)) {
      List<Double> perSeed = done.rolling.get(c.name());
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
    for (String name : Baselines.NAMES) {
      var results = run.evaluator().run(Baselines.of(name).orElseThrow(), name, types, perType,
          evalRoot, seeds);
      var values = new LinkedHashMap<String, Double>();
      for (GraduationCriterion c : run.meter().measured(k)) {
        values.put(c.name(), meanOverSeeds(results, c.name()));
      }
      baselines.put(name, values);
      double[] judges = stageJudges(results, k);
      baselineJudges.put(name, judges);
      double mean = java.util.Arrays.stream(judges).average().orElse(0);
      double success = successShare(results, k);
      progress.profiles.merge(name, org.sprintgym.evaluation.StrategyProfile.empty(name)
          .update(success, mean), (old, fresh) -> old.update(success, mean));
    }
    run.net().activate(CurriculumRun.adapterName(k));
    var trained = run.evaluator().run(PolicyEvaluator.greedy(run.net()),
        CurriculumRun.adapterName(k), types, perType, evalRoot, seeds);
    double[] trainedJudges = stageJudges(trained, k);
    String best = null;
    double bestMean = Double.NEGATIVE_INFINITY;
    for (var e : baselineJudges.entrySet()) {
      double m = java.util.Arrays.stream(e.getValue()).average().orElse(0);
      if (m > bestMean) {
        best = e.getKey();
        bestMean = m;
      }
    }
    var comparison = new LinkedHashMap<String, Object>();
    var pc = PairedComparison.of(trainedJudges, baselineJudges.get(best));
    comparison.put("measure", "judge score per episode of stage " + k
        + " types on the evaluation seeds (same episodes for both)");
    comparison.put("trained", CurriculumRun.adapterName(k));
    comparison.put("best_baseline", best);
    comparison.put("trained_mean", pc.trainedMean());
    comparison.put("baseline_mean", pc.baselineMean());
    comparison.put("u", pc.u());
    comparison.put("p_value", pc.pValue());
    comparison.put("probability_of_superiority", pc.probabilityOfSuperiority());
    var curve = new ArrayList<StageReport.CurvePoint>();
    done.curve.forEach(p -> curve.add(new StageReport.CurvePoint((long) p[0], p[1])));
    return new StageReport(k, CurriculumSpec.STAGE_NAMES.get(k - 1), done.graduated,
        done.episodes, criteria, baselines, curve, done.verdict, notMeasured, comparison);
  }

  private Map<String, Object> noRegression(Progress progress) {
    var out = new LinkedHashMap<String, Object>();
    List<Progress.StageOutcome> done = progress.finished;
    if (done.size() < 2) {
      out.put("note", "fewer than two stages ran: nothing earlier to regress");
      return out;
    }
    int last = done.get(done.size() - 1).stage;
    run.net().activate(CurriculumRun.adapterName(last));
    var results = run.evaluator().run(PolicyEvaluator.greedy(run.net()),
        CurriculumRun.adapterName(last), CurriculumRun.evaluationTypes(last - 1),
        spec.evaluation().episodesPerType(), run.seeds().seed("curriculum-evaluation"),
        spec.evaluation().seeds());
    out.put("adapter", CurriculumRun.adapterName(last));
    out.put("tolerance", spec.noRegressionTolerance());
    boolean any = false;
    for (Progress.StageOutcome s : done.subList(0, done.size() - 1)) {
      for (GraduationCriterion c : run.meter().measured(s.stage)) {
        List<Double> end = s.rolling.get(c.name());
        if (end == null || end.isEmpty()) {
          continue;
        }
        double before = end.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double now = meanOverSeeds(results, c.name());
        boolean regressed = CurriculumRun.regressed(c, before, now, spec.noRegressionTolerance());
        any |= regressed;
        var m = new LinkedHashMap<String, Object>();
        m.put("stage", s.stage);
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
    return perSeed.stream().mapToDouble(r -> CriterionMeter.measure(r).getOrDefault(criterion,
        Double.NaN)).average().orElse(Double.NaN);
  }

  private static double[] stageJudges(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    return perSeed.stream().flatMap(List::stream).filter(r -> r.type().stage() == stage)
        .mapToDouble(EpisodeRunner.Result::judge).toArray();
  }

  private static double successShare(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    return perSeed.stream().flatMap(List::stream).filter(r -> r.type().stage() == stage)
        .mapToDouble(r -> r.judge() >= r.type().graduationThreshold() ? 1 : 0).average()
        .orElse(0);
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.RollingMean;
import org.sprintgym.sim.stats.Stats;

/**
 * The rolling windows graduation is judged on: per criterion and evaluation seed one
 * {@link RollingMean} of the last {@code window} evaluations. A stage graduates when every
 * deciding criterion has a full window on every seed and the mean over seeds of the rolling means
 * meets its threshold.
 */
final class GraduationTracker {
  private final int window;
  private final Map<String, List<RollingMean>> windows = new LinkedHashMap<>();

  /** A tracker holding {@code saved} (per criterion, per seed, the window's values). */
  GraduationTracker(int window, Map<String, List<List<Double>>> saved) {
    this.window = window;
    saved.forEach((name, seeds) -> {
      var list = new ArrayList<RollingMean>();
      seeds.forEach(v -> list.add(RollingMean.of(window, v)));
      windows.put(name, list);
    });
  }

  /** Adds the value of {@code criterion} on evaluation seed {@code seed}. */
  void add(String criterion, int seed, Double value) {
    var seeds = windows.computeIfAbsent(criterion, n -> new ArrayList<>());
    while (seeds.size() <= seed) {
      seeds.add(new RollingMean(window));
    }
    if (value != null) {
      seeds.get(seed).add(value);
    }
  }

  /**
   * Per seed, the rolling mean of {@code criterion} (seeds without a value yet left out). For
   * {@code no_regression}, the latest count instead: it counts criteria whose rolling means
   * regressed, so it is smoothed already, and the latest count is exactly what the report's
   * no-regression section lists (the two cannot disagree).
   */
  double[] perSeed(String criterion) {
    boolean latest = criterion.equals(CriterionMeter.NO_REGRESSION);
    return windows.getOrDefault(criterion, List.of()).stream().filter(m -> m.size() > 0)
        .mapToDouble(m -> latest ? m.values().get(m.size() - 1) : m.mean()).toArray();
  }

  /** Per criterion, the mean over seeds of the rolling means. */
  Map<String, Double> means() {
    var out = new LinkedHashMap<String, Double>();
    windows.keySet().forEach(name -> {
      double[] v = perSeed(name);
      out.put(name, v.length == 0 ? Double.NaN : Stats.mean(v));
    });
    return out;
  }

  /** Per criterion, per seed, the rolling means (what a finished stage keeps). */
  Map<String, List<Double>> rolling() {
    var out = new LinkedHashMap<String, List<Double>>();
    windows.keySet().forEach(name -> out.put(name, Arrays.stream(perSeed(name)).boxed().toList()));
    return out;
  }

  /** Evaluations in the window of {@code criterion} on the first seed. */
  int evaluations(String criterion) {
    var seeds = windows.get(criterion);
    return seeds == null || seeds.isEmpty() ? 0 : seeds.get(0).size();
  }

  /** Whether every criterion has a full window on every seed and meets its threshold. */
  boolean graduated(List<GraduationCriterion> criteria) {
    Map<String, Double> means = means();
    for (GraduationCriterion c : criteria) {
      var seeds = windows.get(c.name());
      if (seeds == null || seeds.stream().anyMatch(m -> m.size() < c.window())
          || !c.passes(means.get(c.name()))) {
        return false;
      }
    }
    return true;
  }

  /** Per criterion, per seed, the values in the windows (what a checkpoint saves). */
  Map<String, List<List<Double>>> snapshot() {
    var out = new LinkedHashMap<String, List<List<Double>>>();
    windows.forEach((name, seeds) -> out.put(name,
        seeds.stream().map(RollingMean::values).toList()));
    return out;
  }

  /**
   * Earlier stages' measured criteria that regressed: their rolling means over the evaluation
   * seeds now against those at the end of their stage (see {@link #regressed}).
   */
  int regressions(List<StageOutcome> finished, CriterionMeter meter, double tolerance) {
    int n = 0;
    for (StageOutcome done : finished) {
      for (GraduationCriterion c : meter.measured(done.stage())) {
        List<Double> end = done.rolling().get(c.name());
        double[] now = perSeed(c.name());
        if (end == null || end.isEmpty() || now.length == 0) {
          continue;
        }
        if (regressed(c, end.stream().mapToDouble(Double::doubleValue).toArray(), now,
            tolerance)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether criterion {@code c} regressed from {@code before} to {@code now} (values per seed):
   * its mean moved the wrong way by more than {@code tolerance} and the move is significant
   * (Welch's t-test over the seeds, two-sided p < 0.05), or it no longer meets its threshold.
   * The significance test keeps evaluation noise from counting as forgetting.
   */
  static boolean regressed(GraduationCriterion c, double[] before, double[] now,
      double tolerance) {
    double b = Stats.mean(before);
    double a = Stats.mean(now);
    if (!c.passes(a)) {
      return true;
    }
    double worse = c.direction() == GraduationCriterion.Direction.AT_LEAST ? b - a : a - b;
    if (!(worse > tolerance)) {
      return false;
    }
    if (before.length < 2 || now.length < 2) {
      return true;
    }
    double p = new TTest().tTest(before, now);
    return !(p >= 0.05); // NaN (no variance on either side): a real move
  }
}

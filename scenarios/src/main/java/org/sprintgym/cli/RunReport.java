package org.sprintgym.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sprintgym.evaluation.report.Numbers;
import org.sprintgym.evaluation.report.RunCharts;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.sim.world.SprintRecord;

/**
 * {@code report.html} of {@code simulate} and {@code compare}: one self-contained page (inline SVG,
 * no scripts, no external resources) with velocity, cycle time and WIP per sprint, a band of the
 * 95% interval over replications, and for a comparison a forest plot of the paired differences.
 */
final class RunReport {
  /** The per-sprint metrics drawn, with their axis labels. */
  static final Map<String, ToDoubleFunction<SprintRecord>> DRAWN = drawn();

  private RunReport() {}

  private static Map<String, ToDoubleFunction<SprintRecord>> drawn() {
    var m = new LinkedHashMap<String, ToDoubleFunction<SprintRecord>>();
    m.put("velocity (points accepted)", SprintRecord::velocity);
    m.put("cycle time (working days)",
        r -> r.cycleTimeDaysAvg() == null ? Double.NaN : r.cycleTimeDaysAvg());
    m.put("WIP (stories in progress)", SprintRecord::wipAvg);
    return m;
  }

  /** A simulation: one line per metric over sprints, the band over replications. */
  static String simulate(String heading, List<List<SprintRecord>> replications) {
    var sb = page(heading);
    sb.append("<p>").append(replications.size()).append(" replication")
        .append(replications.size() == 1 ? "" : "s")
        .append(replications.size() == 1
            ? ". Lines are the run's values; one replication gives no band (run more for 95% t"
                + " intervals).</p>"
            : ". Lines are means over replications, bands their 95% t intervals (cut at 0).</p>");
    sb.append("<div class='charts'>");
    DRAWN.forEach((label, f) -> sb.append(RunCharts.lines(label + " per sprint", "sprint", label,
        List.of(series("run", replications, f)))));
    return sb.append("</div></body></html>\n").toString();
  }

  /** A paired comparison: both arms per sprint, then the differences with Holm's correction. */
  static String compare(String heading, Map<String, List<List<SprintRecord>>> arms,
      Map<String, PairedTTest> results, Map<String, Double> holm, String setup) {
    var sb = page(heading);
    sb.append("<p>").append(escape(setup)).append("</p><div class='charts'>");
    DRAWN.forEach((label, f) -> {
      var series = new ArrayList<RunCharts.Series>();
      arms.forEach((arm, reps) -> series.add(series(arm, reps, f)));
      sb.append(RunCharts.lines(label + " per sprint", "sprint", label, series));
    });
    sb.append("</div><h2>Paired differences (variant - base)</h2>");
    var rows = new ArrayList<RunCharts.ForestRow>();
    results.forEach((k, c) -> {
      if (c.n() > 0 && Math.abs(c.baseMean()) + Math.abs(c.variantMean()) > 0) {
        // relative to the base mean, so metrics of different units share one axis
        double scale = Math.abs(c.baseMean()) > 0 ? Math.abs(c.baseMean()) : 1;
        rows.add(new RunCharts.ForestRow(k, 100 * c.diffMean() / scale,
            c.ciLow() == null ? null : 100 * c.ciLow() / scale,
            c.ciHigh() == null ? null : 100 * c.ciHigh() / scale));
      }
    });
    sb.append(RunCharts.forest("difference with 95% CI, % of the base mean",
        "variant - base, % of base mean", rows));
    sb.append("<p>p values: paired t tests; Holm's step-down correction across the ")
        .append(holm.values().stream().filter(v -> !Double.isNaN(v)).count())
        .append(" metrics with a test controls the family-wise error rate at 5%.")
        .append(" * marks p (Holm) &lt; 0.05.</p>");
    sb.append("<table><tr><th>metric</th><th>base</th><th>variant</th><th>diff</th>"
        + "<th>95% CI</th><th>p</th><th>p (Holm)</th><th>n</th></tr>");
    results.forEach((k, c) -> {
      double ph = holm.getOrDefault(k, Double.NaN);
      sb.append("<tr><td>").append(escape(k)).append("</td><td>").append(Numbers.sig3(c.baseMean()))
          .append("</td><td>").append(Numbers.sig3(c.variantMean())).append("</td><td>")
          .append(Numbers.sig3(c.diffMean())).append("</td><td>")
          .append(c.ciLow() == null ? "-" : "[" + Numbers.sig3(c.ciLow()) + ", "
              + Numbers.sig3(c.ciHigh()) + "]")
          .append("</td><td>").append(Numbers.sig3(c.pValue())).append("</td><td>")
          .append(Numbers.sig3(ph)).append(ph < 0.05 ? " *" : "").append("</td><td>")
          .append(c.n()).append("</td></tr>");
    });
    return sb.append("</table></body></html>\n").toString();
  }

  /** Mean and 95% interval over replications at each sprint (teams of a sprint averaged). */
  static RunCharts.Series series(String name, List<List<SprintRecord>> reps,
      ToDoubleFunction<SprintRecord> f) {
    int n = reps.stream().flatMap(List::stream).mapToInt(SprintRecord::sprint).max().orElse(0);
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    for (int s = 1; s <= n; s++) {
      var values = new ArrayList<Double>();
      for (List<SprintRecord> rep : reps) {
        final int sprint = s;
        double[] v = rep.stream().filter(r -> r.sprint() == sprint).mapToDouble(f)
            .filter(x -> !Double.isNaN(x)).toArray();
        if (v.length > 0) {
          values.add(java.util.Arrays.stream(v).average().orElseThrow());
        }
      }
      double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
      if (x.length == 0) {
        mean[s - 1] = low[s - 1] = high[s - 1] = Double.NaN;
        continue;
      }
      mean[s - 1] = Stats.mean(x);
      Stats.Interval ci = Stats.meanInterval(x, 0.95);
      // every drawn metric is a count, a duration or points: the band stops at 0, where a
      // t interval over few replications would otherwise reach impossible negative values
      low[s - 1] = Math.max(0, ci.low());
      high[s - 1] = ci.high();
    }
    return new RunCharts.Series(name, mean, low, high);
  }

  private static StringBuilder page(String heading) {
    return new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>")
        .append(escape(heading)).append("</title><style>body{font-family:sans-serif;margin:24px;"
            + "max-width:1200px}.charts{display:flex;flex-wrap:wrap;gap:12px}"
            + "table{border-collapse:collapse;margin-top:8px}td,th{border:1px solid #ccc;"
            + "padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
            + "</style></head><body><h1>").append(escape(heading)).append("</h1>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

package org.sprintgym.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.evaluation.report.Numbers;
import org.sprintgym.evaluation.report.RunCharts;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.stats.Stats;

/**
 * The sweep's summary: per cell and metric the mean over seeds with a 95% confidence interval
 * (Student t, n - 1 degrees of freedom; none with one seed). Written as {@code summary.json},
 * {@code summary.md} (table) and a self-contained {@code summary.html} (table + inline SVG charts
 * of the main metrics, mean with CI whiskers per cell).
 */
final class SweepSummary {
  static final List<String> CHARTED = List.of("velocity_mean", "points_accepted", "qa_rejections",
      "cycle_time_days_mean");

  /** Mean and 95% CI half-width (NaN when undefined). */
  record Estimate(int n, double mean, double halfWidth) {}

  private SweepSummary() {}

  static void write(Sweep sweep, List<List<String>> table, Path dir) throws IOException {
    int first = 2 + sweep.parameters().size(); // cell, params..., seed
    var cells = new LinkedHashMap<String, Map<String, Estimate>>();
    for (int c = 0; c < sweep.cells().size(); c++) {
      String id = Sweep.cellId(c);
      var rows = table.stream().filter(r -> r.get(0).equals(id)).toList();
      var est = new LinkedHashMap<String, Estimate>();
      for (int m = 0; m < CellRunner.METRICS.size(); m++) {
        int col = first + m;
        est.put(CellRunner.METRICS.get(m), estimate(rows.stream().map(r -> r.get(col))
            .filter(v -> !v.isEmpty()).mapToDouble(Double::parseDouble).toArray()));
      }
      cells.put(id, est);
    }
    SweepRun.atomicWrite(dir.resolve("summary.json"), json(sweep, cells));
    SweepRun.atomicWrite(dir.resolve("summary.md"), markdown(sweep, cells));
    SweepRun.atomicWrite(dir.resolve("summary.html"), html(sweep, cells));
  }

  static Estimate estimate(double[] v) {
    int n = v.length;
    if (n == 0) {
      return new Estimate(0, Double.NaN, Double.NaN);
    }
    double mean = Stats.orderedMean(v);
    if (n == 1) {
      return new Estimate(1, mean, Double.NaN);
    }
    double sd = Math.sqrt(Stats.orderedVariance(v));
    return new Estimate(n, mean, Stats.halfWidth(sd, n, 0.95));
  }

  private static String json(Sweep sweep, Map<String, Map<String, Estimate>> cells)
      throws IOException {
    var out = new LinkedHashMap<String, Object>();
    out.put("sweep", sweep.name());
    out.put("scenario", sweep.scenario().toString());
    out.put("seeds", sweep.seeds());
    out.put("first_seed", sweep.seed());
    var list = new ArrayList<Object>();
    int c = 0;
    for (var e : cells.entrySet()) {
      var m = new LinkedHashMap<String, Object>();
      m.put("cell", e.getKey());
      m.put("parameters", sweep.cells().get(c++));
      var metrics = new LinkedHashMap<String, Object>();
      e.getValue().forEach((k, v) -> {
        var x = new LinkedHashMap<String, Object>();
        x.put("n", v.n());
        x.put("mean", Double.isNaN(v.mean()) ? null : v.mean());
        x.put("ci95_low", Double.isNaN(v.halfWidth()) ? null : v.mean() - v.halfWidth());
        x.put("ci95_high", Double.isNaN(v.halfWidth()) ? null : v.mean() + v.halfWidth());
        metrics.put(k, x);
      });
      m.put("metrics", metrics);
      list.add(m);
    }
    out.put("cells", list);
    return Json.prettyMapper().writeValueAsString(out) + "\n";
  }

  private static String cellLabel(Sweep sweep, int c) {
    var parts = new ArrayList<String>();
    sweep.cells().get(c).forEach((k, v) -> parts.add(k.substring(k.lastIndexOf('.') + 1) + "=" + v));
    return String.join(" ", parts);
  }

  private static String fmt(Estimate e) {
    if (Double.isNaN(e.mean())) {
      return "-";
    }
    // 3 significant digits like every report; summary.json keeps full precision
    return Double.isNaN(e.halfWidth()) ? Numbers.sig3(e.mean())
        : Numbers.sig3(e.mean()) + " ± " + Numbers.sig3(e.halfWidth());
  }

  private static String markdown(Sweep sweep, Map<String, Map<String, Estimate>> cells) {
    var sb = new StringBuilder("# Sweep " + sweep.name() + "\n\n");
    sb.append(String.format(Locale.ROOT, "Scenario `%s`, %d cells x %d seeds (%d..%d, the same in"
        + " every cell). Mean ± 95%% CI half-width over seeds.%n%n", sweep.scenario().getFileName(),
        sweep.cells().size(), sweep.seeds(), sweep.seed(), sweep.seedOf(sweep.seeds() - 1)));
    sb.append("| cell | parameters | ").append(String.join(" | ", CHARTED)).append(" |\n|---|---|");
    sb.append("---|".repeat(CHARTED.size())).append('\n');
    int c = 0;
    for (var e : cells.entrySet()) {
      sb.append("| ").append(e.getKey()).append(" | ").append(cellLabel(sweep, c++));
      for (String m : CHARTED) {
        sb.append(" | ").append(fmt(e.getValue().get(m)));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  private static String html(Sweep sweep, Map<String, Map<String, Estimate>> cells) {
    var sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sweep ")
        .append(esc(sweep.name())).append("</title><style>body{font-family:sans-serif;margin:2em}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>"
        + "</head><body><h1>Sweep ").append(esc(sweep.name())).append("</h1><p>")
        .append(sweep.cells().size()).append(" cells x ").append(sweep.seeds())
        .append(" seeds; mean with 95% CI over seeds.</p><table><tr><th>cell</th><th>parameters"
            + "</th>");
    CHARTED.forEach(m -> sb.append("<th>").append(m).append("</th>"));
    sb.append("</tr>");
    int c = 0;
    for (var e : cells.entrySet()) {
      sb.append("<tr><td>").append(e.getKey()).append("</td><td>")
          .append(esc(cellLabel(sweep, c++))).append("</td>");
      for (String m : CHARTED) {
        sb.append("<td>").append(fmt(e.getValue().get(m))).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</table>");
    sb.append(grid(sweep, cells, CHARTED.get(0)));
    for (String m : CHARTED) {
      sb.append("<h2>").append(m).append("</h2>").append(chart(sweep, cells, m));
    }
    return sb.append("</body></html>\n").toString();
  }

  /**
   * The summary metric over the grid: a heatmap for two swept parameters, a line with its 95%
   * band for one; nothing for more (the table and dot charts cover those).
   */
  static String grid(Sweep sweep, Map<String, Map<String, Estimate>> cells, String metric) {
    List<String> ps = sweep.parameters();
    List<Estimate> es = cells.values().stream().map(x -> x.get(metric)).toList();
    if (ps.size() == 1) {
      List<String> xs = sweep.cells().stream().map(c -> c.get(ps.get(0))).toList();
      double[] mean = es.stream().mapToDouble(Estimate::mean).toArray();
      double[] half = es.stream().mapToDouble(e -> Double.isNaN(e.halfWidth()) ? 0
          : e.halfWidth()).toArray();
      double[] low = new double[mean.length];
      double[] high = new double[mean.length];
      for (int i = 0; i < mean.length; i++) {
        low[i] = mean[i] - half[i];
        high[i] = mean[i] + half[i];
      }
      return "<h2>" + metric + " over " + esc(ps.get(0)) + "</h2>" + RunCharts.lines(metric
          + " (mean, 95% CI over seeds)", ps.get(0), metric, List.of(new RunCharts.Series(
          metric, mean, low, high)), xs);
    }
    if (ps.size() != 2) {
      return "";
    }
    List<String> xs = sweep.cells().stream().map(c -> c.get(ps.get(0))).distinct().toList();
    List<String> ys = sweep.cells().stream().map(c -> c.get(ps.get(1))).distinct().toList();
    double[][] z = new double[ys.size()][xs.size()];
    for (double[] row : z) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    for (int i = 0; i < sweep.cells().size(); i++) {
      var c = sweep.cells().get(i);
      z[ys.indexOf(c.get(ps.get(1)))][xs.indexOf(c.get(ps.get(0)))] = es.get(i).mean();
    }
    return "<h2>" + metric + " over the grid</h2>" + RunCharts.heatmap(metric
        + " (mean over seeds)", ps.get(0), xs, ps.get(1), ys, z);
  }

  /** One row per cell: its mean over seeds with the 95% interval, on a shared ticked axis. */
  private static String chart(Sweep sweep, Map<String, Map<String, Estimate>> cells, String metric) {
    List<Estimate> es = cells.values().stream().map(x -> x.get(metric)).toList();
    var rows = new ArrayList<RunCharts.ForestRow>();
    for (int i = 0; i < es.size(); i++) {
      Estimate e = es.get(i);
      if (Double.isNaN(e.mean())) {
        continue;
      }
      boolean ci = !Double.isNaN(e.halfWidth());
      rows.add(new RunCharts.ForestRow(cellLabel(sweep, i), e.mean(),
          ci ? e.mean() - e.halfWidth() : null, ci ? e.mean() + e.halfWidth() : null));
    }
    if (rows.isEmpty()) {
      return "<p>no values</p>";
    }
    return RunCharts.forest(metric + " per cell, mean with 95% CI over seeds", metric, rows);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

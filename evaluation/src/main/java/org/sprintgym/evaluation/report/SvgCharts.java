package org.sprintgym.evaluation.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small inline SVG charts for the HTML report, written from the data (no scripts, no external
 * resources), so the report is one self-contained file that renders anywhere.
 */
final class SvgCharts {
  private static final int W = 560;
  private static final int H = 220;
  private static final int PAD = 40;
  /** Narrowest width of one criterion's group of bars. */
  private static final int GROUP_MIN = 80;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2"};

  private SvgCharts() {}

  /** A line chart of a learning curve: score against training episodes. */
  static String learningCurve(String title, List<StageReport.CurvePoint> points) {
    var sb = open(title);
    if (points.isEmpty()) {
      return sb.append(text(W / 2.0, H / 2.0, "no evaluations yet", "middle")).append("</svg>").toString();
    }
    double maxX = Math.max(1, points.get(points.size() - 1).episodes());
    double minY = Math.min(0, points.stream().mapToDouble(StageReport.CurvePoint::score).min().orElse(0));
    double maxY = Math.max(1, points.stream().mapToDouble(StageReport.CurvePoint::score).max().orElse(1));
    axes(sb, "episodes", "score", minY, maxY);
    var path = new StringBuilder();
    for (StageReport.CurvePoint p : points) {
      double x = PAD + (W - 2 * PAD) * p.episodes() / maxX;
      double y = yOf(p.score(), minY, maxY);
      path.append(path.length() == 0 ? "M" : " L").append(f(x)).append(',').append(f(y));
      sb.append("<circle cx='").append(f(x)).append("' cy='").append(f(y))
          .append("' r='2.5' fill='").append(COLOURS[0]).append("'/>");
    }
    sb.append("<path d='").append(path).append("' fill='none' stroke='").append(COLOURS[0])
        .append("' stroke-width='2'/>");
    sb.append(text(W - PAD, H - 8, f(maxX) + " episodes", "end"));
    return sb.append("</svg>").toString();
  }

  /**
   * Grouped bars: for each criterion, the trained value and each baseline's value, with the
   * threshold drawn as a dashed line over the group.
   */
  static String criteria(String title, List<CriterionResult> criteria,
      Map<String, Map<String, Double>> baselines) {
    // many criteria (stage 4 checks stages 1-3 too) widen the chart instead of crowding it
    int width = Math.max(W, 2 * PAD + criteria.size() * GROUP_MIN);
    var sb = open(title, width);
    if (criteria.isEmpty()) {
      return sb.append("</svg>").toString();
    }
    double maxY = 1;
    for (CriterionResult c : criteria) {
      maxY = Math.max(maxY, Math.max(c.value(), c.threshold()));
      for (var b : baselines.values()) {
        maxY = Math.max(maxY, b.getOrDefault(c.name(), 0.0));
      }
    }
    axes(sb, "value", 0, maxY, width);
    int series = 1 + baselines.size();
    double group = (width - 2.0 * PAD) / criteria.size();
    boolean stagger = criteria.stream().anyMatch(c -> c.name().length() * 6.5 > group);
    double bar = Math.max(2, (group - 10) / series);
    for (int i = 0; i < criteria.size(); i++) {
      CriterionResult c = criteria.get(i);
      double x0 = PAD + i * group + 5;
      bar(sb, x0, c.value(), maxY, bar, c.passed() ? COLOURS[2] : COLOURS[3]);
      int j = 1;
      for (var b : baselines.entrySet()) {
        Double v = b.getValue().get(c.name());
        if (v != null) {
          bar(sb, x0 + j * bar, v, maxY, bar, "#bbbbbb");
        }
        j++;
      }
      double ty = yOf(c.threshold(), 0, maxY);
      sb.append("<line x1='").append(f(x0 - 2)).append("' x2='").append(f(x0 + series * bar + 2))
          .append("' y1='").append(f(ty)).append("' y2='").append(f(ty))
          .append("' stroke='black' stroke-dasharray='4 2'/>");
      // long names alternate between two rows so that neighbours do not overlap
      sb.append(text(x0 + series * bar / 2, H - PAD + 13 + (stagger && i % 2 == 1 ? 12 : 0),
          c.name(), "middle"));
    }
    sb.append(text(width - PAD, H - 2, "trained (green: passed, red: failed), baselines grey, threshold dashed", "end"));
    return sb.append("</svg>").toString();
  }

  private static void bar(StringBuilder sb, double x, double v, double maxY, double w, String colour) {
    double y = yOf(Math.max(0, v), 0, maxY);
    sb.append("<rect x='").append(f(x)).append("' y='").append(f(y)).append("' width='")
        .append(f(w - 1)).append("' height='").append(f(H - PAD - y)).append("' fill='")
        .append(colour).append("'/>");
  }

  private static StringBuilder open(String title) {
    return open(title, W);
  }

  private static StringBuilder open(String title, int width) {
    return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width)
        .append("' height='").append(H).append("' viewBox='0 0 ").append(width).append(' ').append(H)
        .append("' role='img' aria-label='").append(escape(title)).append("'>")
        .append("<rect width='100%' height='100%' fill='white'/>")
        .append(text(PAD, 16, title, "start"));
  }

  private static void axes(StringBuilder sb, String xLabel, String yLabel, double minY, double maxY) {
    axes(sb, yLabel, minY, maxY, W);
  }

  private static void axes(StringBuilder sb, String yLabel, double minY, double maxY, int width) {
    sb.append("<line x1='").append(PAD).append("' y1='").append(H - PAD).append("' x2='")
        .append(width - PAD).append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    sb.append("<line x1='").append(PAD).append("' y1='").append(PAD / 2).append("' x2='").append(PAD)
        .append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    sb.append(text(PAD - 4, yOf(maxY, minY, maxY) + 4, f(maxY), "end"));
    sb.append(text(PAD - 4, yOf(minY, minY, maxY), f(minY), "end"));
    sb.append(text(12, H / 2.0, yLabel, "start"));
  }

  private static double yOf(double v, double minY, double maxY) {
    return (H - PAD) - (H - 1.5 * PAD) * (v - minY) / Math.max(1e-12, maxY - minY);
  }

  private static String text(double x, double y, String s, String anchor) {
    return "<text x='" + f(x) + "' y='" + f(y) + "' font-size='11' font-family='sans-serif' text-anchor='"
        + anchor + "'>" + escape(s) + "</text>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        .replace("\"", "&quot;");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

package org.sprintgym.evaluation.report;

import static org.sprintgym.evaluation.report.Svg.H;
import static org.sprintgym.evaluation.report.Svg.PAD;
import static org.sprintgym.evaluation.report.Svg.W;
import static org.sprintgym.evaluation.report.Svg.axes;
import static org.sprintgym.evaluation.report.Svg.f;
import static org.sprintgym.evaluation.report.Svg.open;
import static org.sprintgym.evaluation.report.Svg.text;
import static org.sprintgym.evaluation.report.Svg.yOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.evaluation.report.StageReport.LearningCurvePoint;

/**
 * Small inline SVG charts for the HTML report, written from the data (no scripts, no external
 * resources), so the report is one self-contained file that renders anywhere.
 */
final class SvgCharts {
  /** Narrowest width of one criterion's group of bars. */
  private static final int GROUP_MIN = 80;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2"};
  /**
   * Baseline colours by position in a chart's baseline map (both charts list the baselines in the
   * report's one order, so a baseline keeps its colour); none of them is a series colour (blue,
   * orange) or the trained bar's pass/fail green and red.
   */
  private static final String[] BASELINE_COLOURS = {"#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
      "#bcbd22", "#17becf", "#aec7e8", "#ffbb78"};
  /** Width of one entry of the criteria chart's legend. */
  private static final int LEGEND_ENTRY = 120;

  private SvgCharts() {}

  /**
   * A learning curve: the evaluation score with its 95% band, the training return with its band,
   * and one dashed reference line per baseline, against training episodes; ticks on both axes and
   * a legend naming every line.
   */
  static String learningCurve(String title, List<LearningCurvePoint> points,
      Map<String, Double> baselines) {
    var sb = open(title, W, H + LEGEND);
    if (points.isEmpty()) {
      return sb.append(text(W / 2.0, H / 2.0, "no evaluations yet", "middle")).append("</svg>")
          .toString();
    }
    double maxX = Math.max(1, points.get(points.size() - 1).episodes());
    double minY = 0;
    double maxY = 1;
    for (LearningCurvePoint p : points) {
      for (double v : new double[] {p.scoreCi95()[0], p.scoreCi95()[1],
          p.trainingReturnCi95()[0], p.trainingReturnCi95()[1]}) {
        if (Double.isFinite(v)) {
          minY = Math.min(minY, v);
          maxY = Math.max(maxY, v);
        }
      }
    }
    for (double v : baselines.values()) {
      if (Double.isFinite(v)) {
        minY = Math.min(minY, v);
        maxY = Math.max(maxY, v);
      }
    }
    double[] yt = Numbers.ticks(minY, maxY);
    minY = Math.min(minY, yt[0]);
    maxY = Math.max(maxY, yt[yt.length - 1]);
    ticks(sb, maxX, yt, minY, maxY);
    band(sb, points, maxX, minY, maxY, true, COLOURS[0]);
    band(sb, points, maxX, minY, maxY, false, COLOURS[1]);
    int i = 2;
    int colourIndex = 0;
    double legendY = H + 4;
    legend(sb, 0, legendY, COLOURS[0], "evaluation score (judge, 95% band over seeds)", false);
    legend(sb, 1, legendY, COLOURS[1], "training return (95% band over updates)", false);
    for (var e : baselines.entrySet()) {
      String colour = BASELINE_COLOURS[colourIndex++ % BASELINE_COLOURS.length];
      if (!Double.isFinite(e.getValue())) {
        continue;
      }
      double y = yOf(e.getValue(), minY, maxY);
      sb.append("<line x1='").append(PAD).append("' x2='").append(W - PAD).append("' y1='")
          .append(f(y)).append("' y2='").append(f(y)).append("' stroke='").append(colour)
          .append("' stroke-dasharray='5 3'/>");
      legend(sb, i, legendY, colour, e.getKey() + " " + ReportWriter.num(e.getValue()), true);
      i++;
    }
    sb.append(text(W / 2.0, H - 6, "training episodes", "middle"));
    return sb.append("</svg>").toString();
  }

  /** Extra height under a learning curve for its legend. */
  private static final int LEGEND = 60;

  private static void band(StringBuilder sb, List<LearningCurvePoint> points, double maxX,
      double minY, double maxY, boolean score, String colour) {
    var line = new StringBuilder();
    var upper = new StringBuilder();
    var lower = new java.util.ArrayList<String>();
    var dots = new StringBuilder();
    var whiskers = new StringBuilder();
    int drawn = 0;
    for (LearningCurvePoint p : points) {
      double v = score ? p.score() : p.trainingReturn();
      double[] ci = score ? p.scoreCi95() : p.trainingReturnCi95();
      if (!Double.isFinite(v)) {
        continue;
      }
      double x = PAD + (W - 2 * PAD) * p.episodes() / maxX;
      line.append(line.length() == 0 ? "M" : " L").append(f(x)).append(',')
          .append(f(yOf(v, minY, maxY)));
      double hi = Double.isFinite(ci[1]) ? ci[1] : v;
      double lo = Double.isFinite(ci[0]) ? ci[0] : v;
      upper.append(upper.length() == 0 ? "M" : " L").append(f(x)).append(',')
          .append(f(yOf(hi, minY, maxY)));
      lower.add(0, " L" + f(x) + "," + f(yOf(lo, minY, maxY)));
      whiskers.append(whisker(x, yOf(lo, minY, maxY), yOf(hi, minY, maxY), colour));
      dots.append("<circle cx='").append(f(x)).append("' cy='").append(f(yOf(v, minY, maxY)))
          .append("' r='3' fill='").append(colour).append("'/>");
      drawn++;
    }
    if (drawn == 0) {
      return;
    }
    sb.append("<path d='").append(upper).append(String.join("", lower)).append(" Z' fill='")
        .append(colour).append("' fill-opacity='0.2' stroke='none'/>");
    sb.append("<path d='").append(line).append("' fill='none' stroke='").append(colour)
        .append("' stroke-width='2'/>");
    // a dot per point; a band over a single point has no width, so its interval is a whisker
    if (drawn == 1) {
      sb.append(whiskers);
    }
    sb.append(dots);
  }

  /** A vertical interval from {@code y1} to {@code y2} at {@code x}, with caps. */
  private static String whisker(double x, double y1, double y2, String colour) {
    if (Math.abs(y1 - y2) < 0.5) {
      return "";
    }
    var sb = new StringBuilder();
    double[][] lines = {{x, y1, x, y2}, {x - 4, y1, x + 4, y1}, {x - 4, y2, x + 4, y2}};
    for (double[] l : lines) {
      sb.append("<line x1='").append(f(l[0])).append("' x2='").append(f(l[2])).append("' y1='")
          .append(f(l[1])).append("' y2='").append(f(l[3])).append("' stroke='").append(colour)
          .append("' stroke-width='1.5'/>");
    }
    return sb.toString();
  }

  private static void ticks(StringBuilder sb, double maxX, double[] yt, double minY,
      double maxY) {
    sb.append("<line x1='").append(PAD).append("' y1='").append(H - PAD).append("' x2='")
        .append(W - PAD).append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    sb.append("<line x1='").append(PAD).append("' y1='").append(PAD / 2).append("' x2='")
        .append(PAD).append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    for (double t : Numbers.ticks(0, maxX)) {
      double x = PAD + (W - 2 * PAD) * t / maxX;
      sb.append("<line x1='").append(f(x)).append("' x2='").append(f(x)).append("' y1='")
          .append(H - PAD).append("' y2='").append(H - PAD + 4).append("' stroke='#444'/>");
      sb.append(text(x, H - PAD + 15, Numbers.sig3(t), "middle"));
    }
    yTicks(sb, yt, minY, maxY, W);
  }

  /** Round y ticks with light grid lines across the plot. */
  private static void yTicks(StringBuilder sb, double[] yt, double minY, double maxY, int width) {
    for (double t : yt) {
      double y = yOf(t, minY, maxY);
      sb.append("<line x1='").append(PAD - 4).append("' x2='").append(width - PAD).append("' y1='")
          .append(f(y)).append("' y2='").append(f(y)).append("' stroke='#e5e5e5'/>");
      sb.append(text(PAD - 6, y + 4, Numbers.sig3(t), "end"));
    }
  }

  private static void legend(StringBuilder sb, int i, double top, String colour, String label,
      boolean dashed) {
    // the two long series labels take a row each; baselines share rows, three to a row
    double x = i < 2 ? PAD : PAD + ((i - 2) % 3) * (W - 2 * PAD) / 3.0;
    double y = top + 12 * (i < 2 ? i : 2 + (i - 2) / 3) + 8;
    sb.append("<line x1='").append(f(x)).append("' x2='").append(f(x + 18)).append("' y1='")
        .append(f(y - 4)).append("' y2='").append(f(y - 4)).append("' stroke='").append(colour)
        .append("' stroke-width='2'").append(dashed ? " stroke-dasharray='5 3'" : "")
        .append("/>");
    sb.append(text(x + 22, y, label, "start"));
  }

  /**
   * Grouped bars: for each criterion, the trained value with its 95% interval as an error bar
   * (cut at the axis, which the values, thresholds and baselines set), then each baseline's value
   * in its own colour, with the threshold drawn as a dashed line over the group; a legend under
   * the plot names the trained bar's colours, every baseline and the threshold.
   *
   * <p>Criteria on the 0-1 scale (shares, scores: value, threshold and baselines all in [0, 1])
   * and criteria on other scales (counts such as {@code actions_to_contribution}) get a panel
   * each, one under the other, with its own y axis, so that values of 5 or 6 do not squash the
   * 0-1 bars; a chart whose criteria share one scale has one panel.
   */
  static String criteria(String title, List<CriterionResult> criteria,
      Map<String, Map<String, Double>> baselines) {
    var unit = new ArrayList<CriterionResult>();
    var other = new ArrayList<CriterionResult>();
    for (CriterionResult c : criteria) {
      (onUnitScale(c, baselines) ? unit : other).add(c);
    }
    List<List<CriterionResult>> panels = unit.isEmpty() || other.isEmpty() ? List.of(criteria)
        : List.of(unit, other);
    boolean split = panels.size() > 1;
    int most = panels.stream().mapToInt(List::size).max().orElse(0);
    // many criteria (stage 4 checks stages 1-3 too) widen the chart instead of crowding it
    int width = Math.max(W, 2 * PAD + most * GROUP_MIN);
    int perRow = Math.max(1, (width - 2 * PAD) / LEGEND_ENTRY);
    int entries = 3 + baselines.size();
    int legendRows = (entries + perRow - 1) / perRow;
    int plots = panels.size() * H;
    var sb = open(title, width, plots + 8 + 14 * legendRows);
    if (criteria.isEmpty()) {
      return sb.append("</svg>").toString();
    }
    for (int k = 0; k < panels.size(); k++) {
      if (split) {
        sb.append("<g class='panel' transform='translate(0 ").append(k * H).append(")'>");
        sb.append(text(width - PAD, 16, k == 0 ? "criteria on the 0-1 scale"
            : "criteria on other scales", "end"));
        panel(sb, panels.get(k), baselines, width, k == 0 ? "value (0-1)" : "value");
        sb.append("</g>");
      } else {
        panel(sb, panels.get(k), baselines, width, "value");
      }
    }
    double top = plots + 4;
    int k = 0;
    swatch(sb, k++, perRow, top, COLOURS[2], "trained, passed", false);
    swatch(sb, k++, perRow, top, COLOURS[3], "trained, failed", false);
    int j = 0;
    for (String name : baselines.keySet()) {
      swatch(sb, k++, perRow, top, BASELINE_COLOURS[j++ % BASELINE_COLOURS.length], name, false);
    }
    swatch(sb, k, perRow, top, "black", "threshold", true);
    return sb.append("</svg>").toString();
  }

  /**
   * Whether a criterion's value, threshold and baseline values (those that are finite) all lie in
   * [0, 1]; its interval does not count (it is cut at the axis).
   */
  static boolean onUnitScale(CriterionResult c, Map<String, Map<String, Double>> baselines) {
    var values = new ArrayList<Double>(List.of(c.value(), c.threshold()));
    for (var b : baselines.values()) {
      Double v = b.get(c.name());
      if (v != null) {
        values.add(v);
      }
    }
    return values.stream().filter(Double::isFinite).allMatch(v -> v >= 0 && v <= 1);
  }

  /** One panel of the criteria chart: axes, ticks, bars, intervals, thresholds and names. */
  private static void panel(StringBuilder sb, List<CriterionResult> criteria,
      Map<String, Map<String, Double>> baselines, int width, String yLabel) {
    double minY = 0;
    double maxY = 1;
    for (CriterionResult c : criteria) {
      for (double v : new double[] {c.value(), c.threshold()}) {
        if (Double.isFinite(v)) {
          minY = Math.min(minY, v);
          maxY = Math.max(maxY, v);
        }
      }
      for (var b : baselines.values()) {
        double v = b.getOrDefault(c.name(), 0.0);
        if (Double.isFinite(v)) {
          minY = Math.min(minY, v);
          maxY = Math.max(maxY, v);
        }
      }
    }
    double[] yt = Numbers.ticks(minY, maxY);
    minY = Math.min(minY, yt[0]);
    maxY = Math.max(maxY, yt[yt.length - 1]);
    axes(sb, yLabel, minY, maxY, width);
    yTicks(sb, yt, minY, maxY, width);
    int series = 1 + baselines.size();
    double group = (width - 2.0 * PAD) / criteria.size();
    boolean stagger = criteria.stream().anyMatch(c -> c.name().length() * 6.5 > group);
    double bar = Math.max(2, (group - 10) / series);
    for (int i = 0; i < criteria.size(); i++) {
      CriterionResult c = criteria.get(i);
      double x0 = PAD + i * group + 5;
      bar(sb, x0, c.value(), minY, maxY, bar, c.passed() ? COLOURS[2] : COLOURS[3]);
      int j = 1;
      for (var b : baselines.entrySet()) {
        Double v = b.getValue().get(c.name());
        if (v != null) {
          bar(sb, x0 + j * bar, v, minY, maxY, bar, BASELINE_COLOURS[(j - 1)
              % BASELINE_COLOURS.length]);
        }
        j++;
      }
      errorBar(sb, x0 + (bar - 1) / 2, c.ci95(), minY, maxY);
      double ty = yOf(c.threshold(), minY, maxY);
      sb.append("<line x1='").append(f(x0 - 2)).append("' x2='").append(f(x0 + series * bar + 2))
          .append("' y1='").append(f(ty)).append("' y2='").append(f(ty))
          .append("' stroke='black' stroke-dasharray='4 2'/>");
      // long names alternate between two rows so that neighbours do not overlap
      sb.append(text(x0 + series * bar / 2, H - PAD + 13 + (stagger && i % 2 == 1 ? 12 : 0),
          c.name(), "middle"));
    }
  }

  /** One legend entry of the criteria chart: a colour square (or a dashed line) and its name. */
  private static void swatch(StringBuilder sb, int k, int perRow, double top, String colour,
      String label, boolean dashed) {
    double x = PAD + (k % perRow) * LEGEND_ENTRY;
    double y = top + 14 * (k / perRow) + 10;
    if (dashed) {
      sb.append("<line x1='").append(f(x)).append("' x2='").append(f(x + 12)).append("' y1='")
          .append(f(y - 4)).append("' y2='").append(f(y - 4))
          .append("' stroke='black' stroke-dasharray='4 2'/>");
    } else {
      sb.append("<rect class='key' x='").append(f(x)).append("' y='").append(f(y - 9))
          .append("' width='10' height='10' fill='").append(colour).append("'/>");
    }
    sb.append(text(x + 16, y, label, "start"));
  }

  /**
   * The 95% interval {@code ci} as an error bar centred at {@code x}, cut at the axis range; an
   * end inside the range gets a cap, a cut end none.
   */
  private static void errorBar(StringBuilder sb, double x, double[] ci, double minY,
      double maxY) {
    if (!Double.isFinite(ci[0]) || !Double.isFinite(ci[1])) {
      return;
    }
    double lo = Math.max(minY, Math.min(ci[0], ci[1]));
    double hi = Math.min(maxY, Math.max(ci[0], ci[1]));
    if (hi < lo) {
      return;
    }
    double y1 = yOf(lo, minY, maxY);
    double y2 = yOf(hi, minY, maxY);
    sb.append("<line class='ci' x1='").append(f(x)).append("' x2='").append(f(x)).append("' y1='")
        .append(f(y1)).append("' y2='").append(f(y2))
        .append("' stroke='black' stroke-width='1.5'/>");
    double[][] ends = {{Math.min(ci[0], ci[1]), y1}, {Math.max(ci[0], ci[1]), y2}};
    for (double[] end : ends) {
      if (end[0] >= minY && end[0] <= maxY) {
        sb.append("<line x1='").append(f(x - 4)).append("' x2='").append(f(x + 4)).append("' y1='")
            .append(f(end[1])).append("' y2='").append(f(end[1]))
            .append("' stroke='black' stroke-width='1.5'/>");
      }
    }
  }

  /** A bar from 0 to {@code v}, downwards for a negative value. */
  private static void bar(StringBuilder sb, double x, double v, double minY, double maxY, double w,
      String colour) {
    if (!Double.isFinite(v)) {
      return;
    }
    double y0 = yOf(0, minY, maxY);
    double y = yOf(v, minY, maxY);
    sb.append("<rect x='").append(f(x)).append("' y='").append(f(Math.min(y, y0)))
        .append("' width='").append(f(w - 1)).append("' height='").append(f(Math.abs(y0 - y)))
        .append("' fill='").append(colour).append("'/>");
  }
}

package org.sprintgym.evaluation.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts of simulation runs, written from the data like {@link SvgCharts}: lines over
 * sprints with a band per series, and a forest plot of differences with intervals. Axes carry round
 * ticks, labels use 3 significant digits, and every chart with several series has a legend. Drawn
 * with the {@link Svg} primitives on a taller canvas, coordinates to 1 decimal.
 */
public final class RunCharts {
  private static final int W = 560;
  private static final int H = 260;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 45;
  /** Decimals of every coordinate these charts write. */
  private static final int DECIMALS = 1;
  static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"};

  private RunCharts() {}

  /** One line with its band: mean, low and high at x = 1..n (NaN: no point there). */
  public record Series(String name, double[] mean, double[] low, double[] high) {
    public Series {
      if (mean.length != low.length || mean.length != high.length) {
        throw new IllegalArgumentException("series " + name + " needs as many lows and highs as means");
      }
    }
  }

  /** One row of a forest plot: an estimate with its interval (null ends: no interval). */
  public record ForestRow(String label, double value, Double low, Double high) {}

  /** Lines over x = 1..n (sprints), one band per series, a legend when there are several. */
  public static String lines(String title, String xLabel, String yLabel, List<Series> series) {
    int n = series.stream().mapToInt(s -> s.mean().length).max().orElse(0);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.mean().length; i++) {
        for (double v : new double[] {s.mean()[i], s.low()[i], s.high()[i]}) {
          if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    var sb = open(title);
    if (n == 0 || lo > hi) {
      return sb.append(text(W / 2.0, H / 2.0, "no data", "middle")).append("</svg>").toString();
    }
    lo = Math.min(0, lo);
    double[] yt = Numbers.ticks(lo, hi);
    double y0 = Math.min(lo, yt[0]);
    double y1 = Math.max(hi, yt[yt.length - 1]);
    var frame = new Frame(1, Math.max(2, n), y0, y1);
    frame.axes(sb, Numbers.ticks(1, Math.max(2, n)), yt, xLabel, yLabel);
    boolean banded = false;
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String c = COLOURS[k % COLOURS.length];
      var band = new StringBuilder();
      var back = new StringBuilder();
      var line = new StringBuilder();
      for (int i = 0; i < s.mean().length; i++) {
        if (Double.isFinite(s.low()[i]) && Double.isFinite(s.high()[i])) {
          banded |= s.high()[i] > s.low()[i]; // one replication: an interval of zero width
          band.append(band.length() == 0 ? "M" : " L").append(frame.px(i + 1)).append(',')
              .append(frame.py(s.high()[i]));
          back.insert(0, " L" + frame.px(i + 1) + "," + frame.py(s.low()[i]));
        }
        if (Double.isFinite(s.mean()[i])) {
          line.append(line.length() == 0 ? "M" : " L").append(frame.px(i + 1)).append(',')
              .append(frame.py(s.mean()[i]));
        }
      }
      if (band.length() > 0) {
        sb.append("<path class='band' d='").append(band).append(back).append(" Z' fill='").append(c)
            .append("' fill-opacity='0.18' stroke='none'/>");
      }
      sb.append("<path class='series' d='").append(line).append("' fill='none' stroke='").append(c)
          .append("' stroke-width='2'/>");
    }
    // without a band of any width (one replication) the caption would promise what is not shown
    legend(sb, series.stream().map(Series::name).toList(),
        banded ? "band: 95% interval over replications" : "");
    return sb.append("</svg>").toString();
  }

  /** A forest plot: one row per estimate, a dot and its interval, a dashed line at 0. */
  public static String forest(String title, String xLabel, List<ForestRow> rows) {
    int rowH = 18;
    int height = TOP + BOTTOM + rows.size() * rowH;
    // the label column fits the longest label (11px sans-serif: about 6.2px a character)
    int longest = rows.stream().mapToInt(e -> e.label().length()).max().orElse(0);
    int left = Math.max(190, 16 + (int) Math.ceil(6.2 * longest));
    int width = left + W + 140 - 190;
    double lo = 0;
    double hi = 0;
    for (ForestRow e : rows) {
      for (Double v : new Double[] {e.value(), e.low(), e.high()}) {
        if (v != null && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    double[] xt = Numbers.ticks(lo, hi);
    double x0 = Math.min(lo, xt[0]);
    double x1 = Math.max(hi, xt[xt.length - 1]);
    var sb = open(title, width, height);
    double plotW = width - left - RIGHT;
    java.util.function.DoubleFunction<String> px = v -> f(left + plotW * (v - x0) / (x1 - x0));
    double bottom = height - BOTTOM;
    for (double t : xt) {
      sb.append(Svg.segment(px.apply(t), px.apply(t), TOP, f(bottom), "#e5e5e5"));
      sb.append(text(Double.parseDouble(px.apply(t)), bottom + 14, Numbers.sig3(t), "middle"));
    }
    sb.append("<line x1='").append(px.apply(0)).append("' x2='").append(px.apply(0))
        .append("' y1='").append(TOP).append("' y2='").append(f(bottom))
        .append("' stroke='#444' stroke-dasharray='4 3'/>");
    sb.append(text(left + plotW / 2, bottom + 32, xLabel, "middle"));
    for (int i = 0; i < rows.size(); i++) {
      ForestRow e = rows.get(i);
      double y = TOP + rowH * (i + 0.5);
      sb.append(text(left - 8, y + 4, e.label(), "end"));
      if (e.low() != null && e.high() != null) {
        sb.append("<line class='ci' x1='").append(px.apply(e.low())).append("' x2='")
            .append(px.apply(e.high())).append("' y1='").append(f(y)).append("' y2='").append(f(y))
            .append("' stroke='#333' stroke-width='1.5'/>");
      }
      if (Double.isFinite(e.value())) {
        sb.append("<circle class='estimate' cx='").append(px.apply(e.value())).append("' cy='")
            .append(f(y)).append("' r='3.5' fill='").append(COLOURS[0]).append("'/>");
      }
    }
    return sb.append("</svg>").toString();
  }

  /**
   * A heatmap of {@code z[row][column]} over two parameters' values (NaN: an empty cell), each
   * cell labelled with its value, and a colour key from the lowest to the highest value.
   */
  public static String heatmap(String title, String xName, List<String> xValues, String yName,
      List<String> yValues, double[][] z) {
    int cw = Math.max(44, Math.min(90, 480 / Math.max(1, xValues.size())));
    int ch = 26;
    int left = 130;
    int top = TOP + 10;
    int width = left + cw * xValues.size() + 40;
    int height = top + ch * yValues.size() + 80;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : z) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    var sb = open(title, Math.max(width, 360), height);
    for (int r = 0; r < yValues.size(); r++) {
      double y = top + r * ch;
      sb.append(text(left - 6, y + ch / 2.0 + 4, yValues.get(r), "end"));
      for (int c = 0; c < xValues.size(); c++) {
        double v = z[r][c];
        double x = left + c * cw;
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        sb.append("<rect class='cell' x='").append(f(x)).append("' y='").append(f(y))
            .append("' width='").append(cw - 1).append("' height='").append(ch - 1)
            .append("' fill='").append(Double.isFinite(v) ? colour(t) : "#eeeeee").append("'/>");
        sb.append(text(x + cw / 2.0, y + ch / 2.0 + 4, Numbers.sig3(v), "middle"));
      }
    }
    double bottom = top + ch * yValues.size();
    for (int c = 0; c < xValues.size(); c++) {
      sb.append(text(left + c * cw + cw / 2.0, bottom + 14, xValues.get(c), "middle"));
    }
    sb.append(text(left + cw * xValues.size() / 2.0, bottom + 30, xName, "middle"));
    sb.append(text(left - 6, top - 6, yName, "end"));
    // colour key
    for (int k = 0; k < 10; k++) {
      sb.append("<rect x='").append(left + 12 * k).append("' y='").append(f(bottom + 42))
          .append("' width='12' height='8' fill='").append(colour(k / 9.0)).append("'/>");
    }
    sb.append(text(left - 6, bottom + 50, Numbers.sig3(lo), "end"));
    sb.append(text(left + 126, bottom + 50, Numbers.sig3(hi), "start"));
    return sb.append("</svg>").toString();
  }

  // light yellow (low) to dark blue (high), readable under black labels at both ends
  private static String colour(double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (65 - 255) * u);
    int g = (int) Math.round(247 + (140 - 247) * u);
    int b = (int) Math.round(188 + (210 - 188) * u);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** Lines over categories (a swept parameter's values) instead of sprints. */
  public static String lines(String title, String xLabel, String yLabel, List<Series> series,
      List<String> categories) {
    String svg = lines(title, xLabel, yLabel, series);
    if (categories.isEmpty()) {
      return svg;
    }
    // the numeric sprint ticks 1..n become the categories' names
    for (int i = categories.size(); i >= 1; i--) {
      svg = svg.replace("text-anchor='middle'>" + i + "</text>",
          "text-anchor='middle'>" + Svg.escape(categories.get(i - 1)) + "</text>");
    }
    return svg;
  }

  private static void legend(StringBuilder sb, List<String> names, String note) {
    double x = LEFT + 10;
    for (int k = 0; k < names.size(); k++) {
      sb.append("<rect x='").append(f(x)).append("' y='").append(H - 14).append("' width='12' height='4' fill='")
          .append(COLOURS[k % COLOURS.length]).append("'/>");
      sb.append(text(x + 16, H - 9, names.get(k), "start"));
      x += 30 + 7 * names.get(k).length();
    }
    if (!note.isEmpty()) {
      sb.append(text(W - RIGHT, H - 9, note, "end"));
    }
  }

  /** Maps data to pixels in the plot area and draws axes with ticks. */
  private record Frame(double x0, double x1, double y0, double y1) {
    String px(double x) {
      return f(LEFT + (W - LEFT - RIGHT) * (x - x0) / (x1 - x0));
    }

    String py(double y) {
      return f(H - BOTTOM - (H - BOTTOM - TOP) * (y - y0) / (y1 - y0));
    }

    void axes(StringBuilder sb, double[] xt, double[] yt, String xLabel, String yLabel) {
      double bottom = H - BOTTOM;
      for (double t : yt) {
        sb.append(Svg.segment(LEFT, W - RIGHT, py(t), py(t), "#e5e5e5"));
        sb.append(text(LEFT - 6, Double.parseDouble(py(t)) + 4, Numbers.sig3(t), "end"));
      }
      for (double t : xt) {
        if (t == Math.rint(t)) {
          sb.append(Svg.segment(px(t), px(t), f(bottom), f(bottom + 4), "#444"));
          sb.append(text(Double.parseDouble(px(t)), bottom + 16, Numbers.sig3(t), "middle"));
        }
      }
      Svg.frame(sb, LEFT, TOP, W - RIGHT, f(bottom));
      sb.append(text((LEFT + W - RIGHT) / 2.0, bottom + 30, xLabel, "middle"));
      sb.append(Svg.yLabel(14, f((TOP + bottom) / 2), yLabel));
    }
  }

  private static StringBuilder open(String title) {
    return open(title, W, H);
  }

  private static StringBuilder open(String title, int width, int height) {
    return Svg.open(title, width, height, LEFT, 18, DECIMALS);
  }

  private static String text(double x, double y, String s, String anchor) {
    return Svg.text(x, y, s, anchor, DECIMALS);
  }

  private static String f(double v) {
    return Svg.f(v, DECIMALS);
  }
}

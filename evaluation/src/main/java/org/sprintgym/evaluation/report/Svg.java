package org.sprintgym.evaluation.report;

import java.util.Locale;

/**
 * The SVG primitives the report's charts share: the canvas, axes, coordinates, text and number
 * formatting (so every chart draws with the same fonts and escapes its text). The curriculum
 * report's charts ({@link SvgCharts}) write coordinates with 2 decimals on this class's canvas;
 * the run charts ({@link RunCharts}) with 1 on their own, through the methods taking
 * {@code decimals}.
 */
final class Svg {
  /** Canvas width, plot height and padding of one chart panel. */
  static final int W = 560;
  static final int H = 220;
  static final int PAD = 40;

  private Svg() {}

  static StringBuilder open(String title, int width) {
    return open(title, width, H);
  }

  static StringBuilder open(String title, int width, int height) {
    return open(title, width, height, PAD, 16, 2);
  }

  /** A white canvas with the title at ({@code titleX}, {@code titleY}). */
  static StringBuilder open(String title, int width, int height, double titleX, double titleY,
      int decimals) {
    return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width)
        .append("' height='").append(height).append("' viewBox='0 0 ").append(width).append(' ')
        .append(height)
        .append("' role='img' aria-label='").append(escape(title)).append("'>")
        .append("<rect width='100%' height='100%' fill='white'/>")
        .append(text(titleX, titleY, title, "start", decimals));
  }

  static void axes(StringBuilder sb, String yLabel, double minY, double maxY, int width) {
    frame(sb, PAD, PAD / 2, width - PAD, H - PAD);
    sb.append(yLabel(10, f(H / 2.0), yLabel));
  }

  /**
   * The x axis along {@code bottom} from {@code left} to {@code right} and the y axis along
   * {@code left} from {@code top} to {@code bottom}; each coordinate as written (a whole number,
   * or one formatted by {@link #f}).
   */
  static void frame(StringBuilder sb, Object left, Object top, Object right, Object bottom) {
    sb.append("<line x1='").append(left).append("' y1='").append(bottom).append("' x2='")
        .append(right).append("' y2='").append(bottom).append("' stroke='#444'/>");
    sb.append("<line x1='").append(left).append("' y1='").append(top).append("' x2='").append(left)
        .append("' y2='").append(bottom).append("' stroke='#444'/>");
  }

  /** The y axis's label, turned to read upwards, centred at ({@code x}, {@code y}). */
  static String yLabel(int x, String y, String label) {
    return "<text x='" + x + "' y='" + y + "' font-size='11' font-family='sans-serif'"
        + " text-anchor='middle' transform='rotate(-90 " + x + " " + y + ")'>" + escape(label)
        + "</text>";
  }

  /** A line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}), attributes in that order. */
  static String segment(Object x1, Object x2, Object y1, Object y2, String stroke) {
    return "<line x1='" + x1 + "' x2='" + x2 + "' y1='" + y1 + "' y2='" + y2 + "' stroke='" + stroke
        + "'/>";
  }

  static double yOf(double v, double minY, double maxY) {
    return (H - PAD) - (H - 1.5 * PAD) * (v - minY) / Math.max(1e-12, maxY - minY);
  }

  static String text(double x, double y, String s, String anchor) {
    return text(x, y, s, anchor, 2);
  }

  static String text(double x, double y, String s, String anchor, int decimals) {
    return "<text x='" + f(x, decimals) + "' y='" + f(y, decimals)
        + "' font-size='11' font-family='sans-serif' text-anchor='" + anchor + "'>" + escape(s)
        + "</text>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        .replace("\"", "&quot;");
  }

  static String f(double v) {
    return f(v, 2);
  }

  static String f(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}

package org.sprintgym.evaluation.report;

import java.util.Locale;

/**
 * The SVG primitives the report's charts share: the canvas, axes, coordinates, text and number
 * formatting (so every chart draws at the same size with the same fonts and escapes its text).
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
    return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width)
        .append("' height='").append(height).append("' viewBox='0 0 ").append(width).append(' ')
        .append(height)
        .append("' role='img' aria-label='").append(escape(title)).append("'>")
        .append("<rect width='100%' height='100%' fill='white'/>")
        .append(text(PAD, 16, title, "start"));
  }

  static void axes(StringBuilder sb, String yLabel, double minY, double maxY, int width) {
    sb.append("<line x1='").append(PAD).append("' y1='").append(H - PAD).append("' x2='")
        .append(width - PAD).append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    sb.append("<line x1='").append(PAD).append("' y1='").append(PAD / 2).append("' x2='").append(PAD)
        .append("' y2='").append(H - PAD).append("' stroke='#444'/>");
    sb.append("<text x='10' y='").append(f(H / 2.0)).append("' font-size='11'"
        + " font-family='sans-serif' text-anchor='middle' transform='rotate(-90 10 ")
        .append(f(H / 2.0)).append(")'>").append(escape(yLabel)).append("</text>");
  }

  static double yOf(double v, double minY, double maxY) {
    return (H - PAD) - (H - 1.5 * PAD) * (v - minY) / Math.max(1e-12, maxY - minY);
  }

  static String text(double x, double y, String s, String anchor) {
    return "<text x='" + f(x) + "' y='" + f(y) + "' font-size='11' font-family='sans-serif' text-anchor='"
        + anchor + "'>" + escape(s) + "</text>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        .replace("\"", "&quot;");
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

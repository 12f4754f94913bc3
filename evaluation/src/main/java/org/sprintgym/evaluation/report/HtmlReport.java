package org.sprintgym.evaluation.report;

import java.util.List;
import java.util.Map;

/** The self-contained {@code report.html}: the same tables as the markdown, with SVG charts. */
final class HtmlReport {
  private HtmlReport() {}

  static String of(CurriculumReport r) {
    var sb = new StringBuilder("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>")
        .append(Svg.escape(r.title())).append("</title><style>")
        .append("body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px}")
        .append(".pass{color:#1a7f37}.fail{color:#c62828}.finding{font-weight:bold;color:#c62828}")
        .append(".charts{display:flex;flex-wrap:wrap;gap:12px}")
        .append("</style></head><body><h1>").append(Svg.escape(r.title())).append("</h1>");
    var rows = new java.util.ArrayList<List<String>>();
    for (StageReport s : r.stages()) {
      rows.add(List.of(Integer.toString(s.stage()), s.name(), s.graduated() ? "yes" : "no",
          Long.toString(s.episodes()), Integer.toString(s.updatesKept()),
          Integer.toString(s.updatesRolledBack())));
    }
    table(sb, List.of("stage", "name", "graduated", "episodes", "updates kept",
        "updates rolled back"), rows);
    for (StageReport s : r.stages()) {
      stage(sb, s);
    }
    if (!r.noRegression().isEmpty()) {
      sb.append("<h2>No regression</h2>");
      table(sb, List.of("item", "value"), ReportWriter.mapRows(r.noRegression()));
    }
    return sb.append("</body></html>\n").toString();
  }

  private static void stage(StringBuilder sb, StageReport s) {
    sb.append("<h2>Stage ").append(s.stage()).append(": ").append(Svg.escape(s.name()))
        .append("</h2><p>").append(Svg.escape(s.verdict())).append("</p>");
    s.findings().forEach(f -> sb.append("<p class='finding'>").append(Svg.escape(f))
        .append("</p>"));
    sb.append("<div class='charts'>")
        .append(SvgCharts.learningCurve("learning curve, stage " + s.stage(), s.learningCurve(),
            s.baselineScores()))
        .append(SvgCharts.criteria("criteria vs thresholds, stage " + s.stage(), s.criteria(),
            s.baselines()))
        .append("</div>");
    table(sb, ReportWriter.criteriaHeader(s), ReportWriter.criteriaRows(s));
    if (!s.notMeasured().isEmpty()) {
      sb.append("<ul>");
      s.notMeasured().forEach((k, v) -> sb.append("<li>").append(Svg.escape(k))
          .append(": ").append(Svg.escape(v)).append("</li>"));
      sb.append("</ul>");
    }
    if (!s.successRates().isEmpty()) {
      sb.append("<p>Success rate (stage episodes at or above their type's bar, 95% Wilson)</p>");
      table(sb, List.of("policy", "successes", "share", "95% CI"), ReportWriter.successRows(s));
    }
    if (!s.comparison().isEmpty()) {
      sb.append("<p>Trained vs best baseline</p>");
      table(sb, List.of("measure", "value"), ReportWriter.mapRows(s.comparison()));
    }
  }

  private static void table(StringBuilder sb, List<String> header, List<List<String>> rows) {
    sb.append("<table><tr>");
    header.forEach(h -> sb.append("<th>").append(Svg.escape(h)).append("</th>"));
    sb.append("</tr>");
    for (List<String> r : rows) {
      sb.append("<tr>");
      for (String c : r) {
        String cls = c.equals("yes") ? " class='pass'" : c.equals("no") ? " class='fail'" : "";
        sb.append("<td").append(cls).append('>').append(Svg.escape(c)).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</table>");
  }

}

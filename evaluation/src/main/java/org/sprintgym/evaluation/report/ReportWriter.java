package org.sprintgym.evaluation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.sim.io.Json;

/**
 * Writes a {@link CurriculumReport} as {@code report.json}, {@code report.md} and a self-contained
 * {@code report.html} (inline SVG charts, no scripts), each atomically.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** Writes the three files into {@code dir}. */
  public static void write(CurriculumReport report, Path dir) {
    try {
      Files.createDirectories(dir);
      atomic(dir.resolve("report.json"), json(report));
      atomic(dir.resolve("report.md"), markdown(report));
      atomic(dir.resolve("report.html"), html(report));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir, e);
    }
  }

  static String json(CurriculumReport r) throws IOException {
    ObjectMapper m = Json.prettyMapper();
    return m.writeValueAsString(r) + "\n";
  }

  static String markdown(CurriculumReport r) {
    var sb = new StringBuilder("# ").append(r.title()).append("\n\n");
    sb.append("| stage | name | graduated | episodes |\n|---|---|---|---|\n");
    for (StageReport s : r.stages()) {
      sb.append("| ").append(s.stage()).append(" | ").append(s.name()).append(" | ")
          .append(s.graduated() ? "yes" : "no").append(" | ").append(s.episodes()).append(" |\n");
    }
    for (StageReport s : r.stages()) {
      sb.append("\n## Stage ").append(s.stage()).append(": ").append(s.name()).append("\n\n");
      if (!s.verdict().isEmpty()) {
        sb.append(s.verdict()).append("\n\n");
      }
      sb.append("| criterion | threshold | value | 95% CI | passed |");
      s.baselines().keySet().forEach(b -> sb.append(' ').append(b).append(" |"));
      sb.append("\n|---|---|---|---|---|");
      s.baselines().keySet().forEach(b -> sb.append("---|"));
      sb.append('\n');
      for (CriterionResult c : s.criteria()) {
        sb.append("| ").append(c.name()).append(" | ").append(c.direction()).append(' ')
            .append(num(c.threshold())).append(" | ").append(num(c.value())).append(" | [")
            .append(num(c.ci95()[0])).append(", ").append(num(c.ci95()[1])).append("] | ")
            .append(c.passed() ? "yes" : "no").append(" |");
        for (Map<String, Double> b : s.baselines().values()) {
          Double v = b.get(c.name());
          sb.append(' ').append(v == null ? "-" : num(v)).append(" |");
        }
        sb.append('\n');
      }
      s.notMeasured().forEach((k, v) -> sb.append("\n- ").append(k).append(": ").append(v));
      if (!s.notMeasured().isEmpty()) {
        sb.append('\n');
      }
      if (!s.comparison().isEmpty()) {
        sb.append("\nTrained vs best baseline: ").append(s.comparison()).append('\n');
      }
    }
    if (!r.noRegression().isEmpty()) {
      sb.append("\n## No regression\n\n");
      r.noRegression().forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
    }
    return sb.toString();
  }

  static String html(CurriculumReport r) {
    var sb = new StringBuilder("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>")
        .append(SvgCharts.escape(r.title())).append("</title><style>")
        .append("body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px}")
        .append(".pass{color:#1a7f37}.fail{color:#c62828}.charts{display:flex;flex-wrap:wrap;gap:12px}")
        .append("</style></head><body><h1>").append(SvgCharts.escape(r.title())).append("</h1>");
    sb.append("<table><tr><th>stage</th><th>name</th><th>graduated</th><th>episodes</th></tr>");
    for (StageReport s : r.stages()) {
      sb.append("<tr><td>").append(s.stage()).append("</td><td>").append(SvgCharts.escape(s.name()))
          .append("</td><td class='").append(s.graduated() ? "pass'>yes" : "fail'>no")
          .append("</td><td>").append(s.episodes()).append("</td></tr>");
    }
    sb.append("</table>");
    for (StageReport s : r.stages()) {
      sb.append("<h2>Stage ").append(s.stage()).append(": ").append(SvgCharts.escape(s.name()))
          .append("</h2><p>").append(SvgCharts.escape(s.verdict())).append("</p><div class='charts'>")
          .append(SvgCharts.learningCurve("learning curve, stage " + s.stage(), s.learningCurve()))
          .append(SvgCharts.criteria("criteria vs thresholds, stage " + s.stage(), s.criteria(),
              s.baselines()))
          .append("</div>");
      sb.append("<table><tr><th>criterion</th><th>threshold</th><th>value</th><th>95% CI</th><th>passed</th>");
      s.baselines().keySet().forEach(b -> sb.append("<th>").append(SvgCharts.escape(b)).append("</th>"));
      sb.append("</tr>");
      for (CriterionResult c : s.criteria()) {
        sb.append("<tr><td>").append(SvgCharts.escape(c.name())).append("</td><td>")
            .append(SvgCharts.escape(c.direction())).append(' ').append(num(c.threshold()))
            .append("</td><td>").append(num(c.value())).append("</td><td>[").append(num(c.ci95()[0]))
            .append(", ").append(num(c.ci95()[1])).append("]</td><td class='")
            .append(c.passed() ? "pass'>yes" : "fail'>no").append("</td>");
        for (Map<String, Double> b : s.baselines().values()) {
          Double v = b.get(c.name());
          sb.append("<td>").append(v == null ? "-" : num(v)).append("</td>");
        }
        sb.append("</tr>");
      }
      sb.append("</table>");
      if (!s.notMeasured().isEmpty()) {
        sb.append("<ul>");
        s.notMeasured().forEach((k, v) -> sb.append("<li>").append(SvgCharts.escape(k))
            .append(": ").append(SvgCharts.escape(v)).append("</li>"));
        sb.append("</ul>");
      }
      if (!s.comparison().isEmpty()) {
        sb.append("<p>Trained vs best baseline: ")
            .append(SvgCharts.escape(String.valueOf(s.comparison()))).append("</p>");
      }
    }
    if (!r.noRegression().isEmpty()) {
      sb.append("<h2>No regression</h2><ul>");
      r.noRegression().forEach((k, v) -> sb.append("<li>").append(SvgCharts.escape(k))
          .append(": ").append(SvgCharts.escape(String.valueOf(v))).append("</li>"));
      sb.append("</ul>");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static void atomic(Path target, String content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

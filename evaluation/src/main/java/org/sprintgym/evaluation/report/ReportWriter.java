package org.sprintgym.evaluation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.Json;

/**
 * Writes a {@link CurriculumReport} as {@code report.json} (full precision; non-finite numbers
 * as null), {@code report.md} and a self-contained {@code report.html} (inline SVG charts, no
 * scripts; numbers to 3 significant digits), each atomically.
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
    return m.writeValueAsString(finite(m.convertValue(r, Object.class))) + "\n";
  }

  /**
   * A number to 3 significant digits ({@code n/a} when not finite), trailing zeros kept so that
   * 0.5 reads 0.500 like 0.65 reads 0.650; zero is 0; below 1e-4 (and from 1e9) with an exponent.
   */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    BigDecimal b = new BigDecimal(v).round(new MathContext(3));
    if (b.signum() != 0 && b.precision() < 3) {
      b = b.setScale(b.scale() + 3 - b.precision());
    }
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-4 || a >= 1e9)) {
      // like the run reports (Numbers.sig3): 7.24E-7, not 0.000000724
      int exponent = b.precision() - b.scale() - 1;
      return b.movePointLeft(exponent).toPlainString() + "E" + exponent;
    }
    return b.toPlainString();
  }

  /** A value of a report map in words: numbers rounded, lists joined, maps as key: value. */
  static String text(Object v) {
    if (v instanceof Double d) {
      return num(d);
    }
    if (v instanceof Float f) {
      return num(f);
    }
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "none" : String.join(", ", l.stream().map(ReportWriter::text).toList());
    }
    if (v instanceof Map<?, ?> m) {
      var parts = new ArrayList<String>();
      m.forEach((k, x) -> parts.add(k + ": " + text(x)));
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }

  static String markdown(CurriculumReport r) {
    var sb = new StringBuilder("# ").append(r.title()).append("\n\n");
    var rows = new ArrayList<List<String>>();
    for (StageReport s : r.stages()) {
      rows.add(List.of(Integer.toString(s.stage()), s.name(), s.graduated() ? "yes" : "no",
          Long.toString(s.episodes()), Integer.toString(s.updatesKept()),
          Integer.toString(s.updatesRolledBack())));
    }
    mdTable(sb, List.of("stage", "name", "graduated", "episodes", "updates kept",
        "updates rolled back"), rows);
    for (StageReport s : r.stages()) {
      sb.append("\n## Stage ").append(s.stage()).append(": ").append(s.name()).append("\n\n");
      if (!s.verdict().isEmpty()) {
        sb.append(s.verdict()).append("\n\n");
      }
      s.findings().forEach(f -> sb.append("**").append(f).append("**\n\n"));
      mdTable(sb, criteriaHeader(s), criteriaRows(s));
      s.notMeasured().forEach((k, v) -> sb.append("\n- ").append(k).append(": ").append(v));
      if (!s.notMeasured().isEmpty()) {
        sb.append('\n');
      }
      if (!s.successRates().isEmpty()) {
        sb.append("\nSuccess rate (stage episodes at or above their type's bar, 95% Wilson):\n\n");
        mdTable(sb, List.of("policy", "successes", "share", "95% CI"), successRows(s));
      }
      if (!s.comparison().isEmpty()) {
        sb.append("\nTrained vs best baseline:\n\n");
        mdTable(sb, List.of("measure", "value"), mapRows(s.comparison()));
      }
    }
    if (!r.noRegression().isEmpty()) {
      sb.append("\n## No regression\n\n");
      mdTable(sb, List.of("item", "value"), mapRows(r.noRegression()));
    }
    return sb.toString();
  }

  static List<String> criteriaHeader(StageReport s) {
    var h = new ArrayList<>(List.of("criterion", "threshold", "value", "95% CI", "passed"));
    h.addAll(s.baselines().keySet());
    return h;
  }

  static List<List<String>> criteriaRows(StageReport s) {
    var rows = new ArrayList<List<String>>();
    for (CriterionResult c : s.criteria()) {
      var row = new ArrayList<>(List.of(c.name(), c.direction() + " " + num(c.threshold()),
          num(c.value()), "[" + num(c.ci95()[0]) + ", " + num(c.ci95()[1]) + "]",
          c.passed() ? "yes" : "no"));
      for (Map<String, Double> b : s.baselines().values()) {
        Double v = b.get(c.name());
        row.add(v == null ? "-" : num(v));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> successRows(StageReport s) {
    var rows = new ArrayList<List<String>>();
    s.successRates().forEach((name, p) -> rows.add(List.of(name, p.successes() + " / "
        + p.trials(), num(p.share()), "[" + num(p.ci95()[0]) + ", " + num(p.ci95()[1]) + "]")));
    return rows;
  }

  /**
   * One row per value; a nested map gives one row per entry under a dotted key
   * ({@code normalised_scale.elicitation.oracle}) rather than one cell of "key: value" pairs.
   */
  static List<List<String>> mapRows(Map<String, Object> m) {
    var rows = new ArrayList<List<String>>();
    addRows(rows, "", m);
    return rows;
  }

  private static void addRows(List<List<String>> rows, String prefix, Map<?, ?> m) {
    m.forEach((k, v) -> {
      if (v instanceof Map<?, ?> inner && !inner.isEmpty()) {
        addRows(rows, prefix + k + ".", inner);
      } else {
        rows.add(List.of(prefix + k, v instanceof List<?> l && !l.isEmpty()
            && l.stream().allMatch(x -> x instanceof Number) ? "[" + text(v) + "]" : text(v)));
      }
    });
  }

  private static void mdTable(StringBuilder sb, List<String> header, List<List<String>> rows) {
    sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(h -> sb.append("---|"));
    sb.append('\n');
    rows.forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
  }

  static String html(CurriculumReport r) {
    return HtmlReport.of(r);
  }

  /** The value with non-finite numbers as null (JSON has no NaN), through maps and lists. */
  public static Object finite(Object v) {
    if (v instanceof Double d) {
      return Double.isFinite(d) ? d : null;
    }
    if (v instanceof Map<?, ?> m) {
      var out = new LinkedHashMap<Object, Object>();
      m.forEach((k, x) -> out.put(k, finite(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(ReportWriter::finite).toList();
    }
    return v;
  }

  private static void atomic(Path target, String content) throws IOException {
    AtomicFiles.writeString(target, content);
  }
}

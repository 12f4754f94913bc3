package org.sprintgym.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.evaluation.GraduationCriteria;
import org.sprintgym.evaluation.SeedSummary;

class ReportWriterTest {
  @TempDir Path dir;

  static CurriculumReport sample() {
    var crit = GraduationCriteria.forStage(1);
    var results = List.of(
        CriterionResult.of(crit.get(0), SeedSummary.of(0.72, 0.75, 0.71)),
        CriterionResult.of(crit.get(1), SeedSummary.of(0.60, 0.62, 0.61)));
    var stage = new StageReport(1, "stable team", false, 5000, results,
        Map.of("random", Map.of("elicitation", 0.46, "decomposition", 0.45)),
        List.of(new StageReport.LearningCurvePoint(0, 0.4), new StageReport.LearningCurvePoint(2500, 0.6),
            new StageReport.LearningCurvePoint(5000, 0.7)),
        "decomposition stayed below its threshold after 2 remedial rounds");
    return new CurriculumReport("SprintGym <curriculum> & co", List.of(stage),
        Map.of("stage1", "met"), Map.of("seed", 1));
  }

  @Test
  void writesJsonInThePublishedShape() throws IOException {
    ReportWriter.write(sample(), dir);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    JsonNode stage = root.get("stages").get(0);
    assertThat(stage.get("stage").asInt()).isEqualTo(1);
    assertThat(stage.get("name").asText()).isEqualTo("stable team");
    assertThat(stage.get("graduated").asBoolean()).isFalse();
    assertThat(stage.get("episodes").asLong()).isEqualTo(5000);
    JsonNode c = stage.get("criteria").get(0);
    assertThat(c.get("name").asText()).isEqualTo("elicitation");
    assertThat(c.get("threshold").asDouble()).isEqualTo(0.7);
    assertThat(c.get("passed").asBoolean()).isTrue();
    assertThat(c.get("ci95")).hasSize(2);
    assertThat(c.get("ci95").get(0).asDouble()).isLessThan(c.get("value").asDouble());
    assertThat(stage.get("baselines").get("random").get("elicitation").asDouble()).isEqualTo(0.46);
    assertThat(root.has("no_regression")).isTrue();
  }

  @Test
  void htmlIsSelfContainedWithChartsAndEscapedText() throws IOException {
    ReportWriter.write(sample(), dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("<svg").contains("learning curve, stage 1").contains("<path d='M");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(html).contains("SprintGym &lt;curriculum&gt; &amp; co");
    assertThat(html.split("<svg", -1)).hasSize(3);
  }

  @Test
  void markdownHasOneRowPerCriterionWithBaselines() throws IOException {
    ReportWriter.write(sample(), dir);
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("| criterion | threshold | value | 95% CI | passed | random |");
    assertThat(md).contains("| elicitation | >= 0.700 | 0.727 |");
    assertThat(md).contains("| decomposition | >= 0.650 | 0.610 |").contains("| no | 0.450 |");
  }

  @Test
  void textIsRoundedToThreeSignificantDigitsWithoutMapDumpsWhileJsonKeepsFullPrecision()
      throws IOException {
    var crit = GraduationCriteria.forStage(1);
    var stage = new StageReport(1, "stable team", true, 100,
        List.of(CriterionResult.of(crit.get(0), SeedSummary.of(0.912345678, 0.9))),
        Map.of("expert", Map.of("elicitation", 0.95)),
        List.of(new StageReport.LearningCurvePoint(10, 0.5, new double[] {0.4, 0.6}, 0.8,
            new double[] {0.7, 0.9})), "ok",
        Map.of(), Map.of("p_value", 0.0123456, "best_baseline", "expert"), 3, 2,
        Map.of("expert", 0.95), Map.of("v1", Proportion.of(7, 10)),
        List.of("The trained adapter v1 is below the expert."));
    var report = new CurriculumReport("t", List.of(stage), Map.of("passed", true), Map.of());
    ReportWriter.write(report, dir);
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("| 0.906 |").contains("p_value | 0.0123 |")
        .contains("| 1 | stable team | yes | 100 | 3 | 2 |").contains("below the expert")
        .contains("| v1 | 7 / 10 | 0.700 |").doesNotContain("{").doesNotContain("0.9061");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("expert 0.950").contains("evaluation score").contains("fill-opacity")
        .doesNotContain("{p_value");
    JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(root.get("stages").get(0).get("criteria").get(0).get("value").asDouble())
        .isEqualTo((0.912345678 + 0.9) / 2);
    assertThat(root.get("stages").get(0).get("updates_rolled_back").asInt()).isEqualTo(2);
  }

  @Test
  void everyNumberShowsThreeSignificantDigitsEvenWhenItsBinaryValueIsExact() {
    // 0.65 is stored as 0.65000000000000002..., 0.5 and 1 exactly: all three read alike
    assertThat(ReportWriter.num(0.65)).isEqualTo("0.650");
    assertThat(ReportWriter.num(0.5)).isEqualTo("0.500");
    assertThat(ReportWriter.num(1.0)).isEqualTo("1.00");
    assertThat(ReportWriter.num(-2.0)).isEqualTo("-2.00");
    assertThat(ReportWriter.num(20.0)).isEqualTo("20.0");
    assertThat(ReportWriter.num(0.0)).isEqualTo("0");
    assertThat(ReportWriter.num(0.00397123)).isEqualTo("0.00397");
    assertThat(ReportWriter.num(123456.0)).isEqualTo("123000");
    assertThat(ReportWriter.num(7.2391e-7)).isEqualTo("7.24E-7");
    assertThat(ReportWriter.num(-5e-5)).isEqualTo("-5.00E-5");
    assertThat(ReportWriter.num(1e-4)).isEqualTo("0.000100");
    assertThat(ReportWriter.num(2.5e9)).isEqualTo("2.50E9");
    assertThat(ReportWriter.num(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void nestedComparisonValuesGetARowEachInsteadOfAKeyValueDump() throws IOException {
    var crit = GraduationCriteria.forStage(1);
    var comparison = new java.util.LinkedHashMap<String, Object>();
    comparison.put("p_value", 0.0123456);
    comparison.put("trained_minus_untrained", Map.of("mean", 0.0523123, "ci95",
        List.of(-0.0302, 0.135)));
    comparison.put("normalised_scale", Map.of("elicitation", Map.of("random", 0.485,
        "oracle", 0.899)));
    var stage = new StageReport(1, "stable team", true, 100,
        List.of(CriterionResult.of(crit.get(0), SeedSummary.of(0.9, 0.9))),
        Map.of(), List.of(new StageReport.LearningCurvePoint(10, 0.5)), "ok", Map.of(), comparison, 1, 0,
        Map.of(), Map.of(), List.of());
    ReportWriter.write(new CurriculumReport("t", List.of(stage), Map.of(), Map.of()), dir);
    for (String f : List.of("report.md", "report.html")) {
      String text = Files.readString(dir.resolve(f));
      assertThat(text).as(f).contains("trained_minus_untrained.mean")
          .contains("normalised_scale.elicitation.oracle").contains("[-0.0302, 0.135]")
          .doesNotContainPattern("\\w+: [-0-9.]+, \\w+: ").doesNotContain("0.0523123");
    }
  }

  @Test
  void aNoRegressionSectionThatDisagreesWithTheStageTableIsRefused() {
    var row = new CriterionResult("no_regression", "<", 0.5, 0.0, new double[] {0, 0}, true);
    var stage = new StageReport(4, "team composition change", true, 10, List.of(row), Map.of(),
        List.of(), "");
    var e = assertThrows(IllegalArgumentException.class, () -> new CurriculumReport("t",
        List.of(stage), Map.of("passed", false), Map.of()));
    assertThat(e.getMessage()).contains("passed: false").contains("no_regression");
    assertThat(new CurriculumReport("t", List.of(stage), Map.of("passed", true), Map.of())
        .noRegression()).containsEntry("passed", true);
  }

  @Property(tries = 200)
  void intervalsOfScoresAndSharesStayInsideTheUnitInterval(
      @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0, max = 1) Double> seeds,
      @ForAll @IntRange(min = 1, max = 50) int trials, @ForAll @IntRange(min = 0, max = 50) int ok) {
    var c = GraduationCriteria.forStage(1).get(0);
    var r = CriterionResult.bounded(c, SeedSummary.of(seeds.stream().mapToDouble(d -> d)
        .toArray()));
    assertThat(r.ci95()[0]).isBetween(0.0, r.value());
    assertThat(r.ci95()[1]).isBetween(r.value(), 1.0);
    var p = Proportion.of(Math.min(ok, trials), trials);
    assertThat(p.ci95()[0]).isBetween(0.0, p.share());
    assertThat(p.ci95()[1]).isBetween(p.share(), 1.0);
  }

  @Test
  void reportFilesAreReadableLikeAnyOtherOutputFile() throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Set<PosixFilePermission> plain =
        Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain"), "x"));
    Assumptions.assumeTrue(plain.contains(PosixFilePermission.OTHERS_READ),
        "a umask that lets others read");
    ReportWriter.write(sample(), dir);
    for (String name : List.of("report.json", "report.md", "report.html")) {
      assertThat(Files.getPosixFilePermissions(dir.resolve(name))).as(name).isEqualTo(plain)
          .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    }
  }

  @Test
  void resultsRejectMalformedIntervals() {
    assertThrows(IllegalArgumentException.class,
        () -> new CriterionResult("x", ">=", 0.5, 0.6, new double[] {0.1}, true));
    assertThrows(IllegalArgumentException.class, () -> new StageReport(5, "x", true, 0, List.of(),
        Map.of(), List.of(), ""));
  }
}

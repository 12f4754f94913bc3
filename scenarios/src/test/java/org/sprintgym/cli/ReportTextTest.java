package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports people read (report.html, compare.md, a sweep's summary.md and summary.html) show
 * numbers to 3 significant digits and no raw map dumps; the JSON files keep full precision.
 */
class ReportTextTest {
  @TempDir Path dir;

  private static final Pattern DECIMAL =
      Pattern.compile("(?<![\\w.])[-+]?(\\d+)\\.(\\d+)(?:[eE][-+]?\\d+)?(?![\\w.])");

  /** The visible text: tags, style and attribute values (SVG coordinates) removed. */
  static String visibleText(String html) {
    return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Decimals with more than 3 significant digits. */
  static List<String> longDecimals(String text) {
    var out = new ArrayList<String>();
    var m = DECIMAL.matcher(text);
    while (m.find()) {
      String digits = (m.group(1) + m.group(2)).replaceFirst("^0+", "");
      if (digits.length() > 3) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Map.toString() dumps ({key=value, ...}) and flattened "key: value, key: value" cells. */
  static List<String> mapDumps(String text) {
    var out = new ArrayList<String>();
    var m = Pattern.compile("\\{[\\w .-]+=[^}]*}|\\w+: [-0-9.]+, \\w+: ").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void theScannersCatchWhatTheyLookFor() {
    assertThat(longDecimals("mean 45.667 and 0.00000374 and 6.89, 1090, 0.5"))
        .containsExactly("45.667");
    assertThat(mapDumps("x {velocity=1.0, wip=2} y; adaptation: 0.2, oracle: 0.9")).hasSize(2);
    assertThat(visibleText("<svg><text x='12.3456'>1.5</text></svg>")).doesNotContain("12.3456");
  }

  @Test
  void compareReportsRoundTheirNumbers() throws Exception {
    Path out = dir.resolve("cmp");
    var r = Cli.run("compare", "--backlog", "../backlogs/crud-api.yaml", "--intervention",
        "pairing=off@2", "--replications", "4", "--sprints", "3", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (String text : List.of(Files.readString(out.resolve("compare.md")),
        visibleText(Files.readString(out.resolve("report.html"))))) {
      assertThat(longDecimals(text)).isEmpty();
      assertThat(mapDumps(text)).isEmpty();
    }
    // the JSON keeps full precision
    assertThat(longDecimals(Files.readString(out.resolve("compare.json")))).isNotEmpty();
  }

  @Test
  void simulationBandsStayAtOrAboveZero() throws Exception {
    // 5 replications over 12 sprints: the late sprints have few replications left, whose t
    // intervals would reach below 0 (negative velocity, cycle time and WIP)
    Path out = dir.resolve("sim");
    var r = Cli.run("run", "headless-simulation.yaml", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("class='band'");
    var negativeTick = Pattern.compile("text-anchor='end'>-\\d").matcher(html);
    assertThat(negativeTick.find()).as("a negative y tick").isFalse();
    assertThat(longDecimals(visibleText(html))).isEmpty();
  }

  @Test
  void sweepSummariesRoundTheirNumbersAndTickTheirCharts() throws Exception {
    Path out = dir.resolve("sweep");
    var r = Cli.run("sweep", "sweeps/wip-x-commitment.yaml", "--threads", "2", "--out",
        out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String md = Files.readString(out.resolve("summary.md"));
    String html = Files.readString(out.resolve("summary.html"));
    assertThat(md).contains("± ");
    assertThat(longDecimals(md)).isEmpty();
    assertThat(longDecimals(visibleText(html))).isEmpty();
    assertThat(mapDumps(visibleText(html))).isEmpty();
    // every per-metric chart has an axis with at least three tick labels and its name
    assertThat(html).contains("velocity_mean per cell, mean with 95% CI over seeds");
    var ticks = Pattern.compile("text-anchor='middle'>\\d+(\\.\\d+)?</text>").matcher(html);
    assertThat(ticks.results().count()).isGreaterThanOrEqualTo(4 * 3);
  }
}

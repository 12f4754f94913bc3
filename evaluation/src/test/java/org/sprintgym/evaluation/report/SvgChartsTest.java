package org.sprintgym.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sprintgym.evaluation.GraduationCriteria;
import org.sprintgym.evaluation.SeedSummary;

/**
 * The curriculum report's charts: round ticks, legends that do not overlap, negative bars, a
 * visible single evaluation, error bars and a legend naming every baseline.
 */
class SvgChartsTest {
  private static final Pattern TEXT =
      Pattern.compile("<text x='([-0-9.]+)' y='([-0-9.]+)'[^>]*text-anchor='(\\w+)'>([^<]*)</text>");

  record Label(double x, double y, String anchor, String text) {
    /** Left and right ends at about 6.2 px a character (11 px sans-serif). */
    double left() {
      double w = 6.2 * text.length();
      return anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
    }

    double right() {
      return left() + 6.2 * text.length();
    }
  }

  static List<Label> labels(String svg) {
    var out = new ArrayList<Label>();
    var m = TEXT.matcher(svg);
    while (m.find()) {
      out.add(new Label(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          m.group(3), m.group(4)));
    }
    return out;
  }

  private static Map<String, Double> fiveBaselines() {
    var b = new LinkedHashMap<String, Double>();
    b.put("random", 0.339);
    b.put("conservative", 0.536);
    b.put("balanced", 0.662);
    b.put("aggressive", 0.447);
    b.put("expert", 0.803);
    return b;
  }

  private static String curve() {
    var points = List.of(
        new StageReport.LearningCurvePoint(107, 0.45, new double[] {0.3, 0.6}, 0.33,
            new double[] {-0.217, 0.5}),
        new StageReport.LearningCurvePoint(214, 0.53, new double[] {0.4, 1.12}, 0.38,
            new double[] {0.2, 0.6}));
    return SvgCharts.learningCurve("learning curve", points, fiveBaselines());
  }

  @Test
  void learningCurveTicksAreRoundValues() {
    // the data span -0.217..1.12: ticks must be multiples of one round step, not quarters of it
    var ticks = labels(curve()).stream().filter(l -> l.anchor().equals("end"))
        .map(l -> Double.parseDouble(l.text())).toList();
    assertThat(ticks).hasSizeGreaterThanOrEqualTo(4).contains(0.0);
    double step = ticks.get(1) - ticks.get(0);
    for (double t : ticks) {
      double k = t / step;
      assertThat(Math.abs(k - Math.rint(k))).as("tick %s on a step of %s", t, step)
          .isLessThan(1e-6);
    }
    assertThat(ticks).noneMatch(t -> t.toString().length() > 5);
  }

  @Test
  void legendLabelsDoNotOverlap() {
    String svg = curve();
    List<Label> legend = labels(svg).stream().filter(l -> l.anchor().equals("start")
        && !l.text().startsWith("learning curve")).toList();
    assertThat(legend).hasSize(7);
    for (int i = 0; i < legend.size(); i++) {
      for (int j = i + 1; j < legend.size(); j++) {
        Label a = legend.get(i);
        Label b = legend.get(j);
        boolean sameRow = Math.abs(a.y() - b.y()) < 10;
        boolean apart = a.right() + 18 <= b.left() || b.right() + 18 <= a.left();
        assertThat(!sameRow || apart).as("'%s' and '%s' overlap", a.text(), b.text()).isTrue();
      }
    }
  }

  @Test
  void negativeCriterionValuesGetAVisibleBarAndTheAxisTicksBelowZero() {
    var crit = GraduationCriteria.forStage(1);
    var results = List.of(CriterionResult.of(crit.get(0), SeedSummary.of(-0.2, -0.3)));
    String svg = SvgCharts.criteria("criteria", results,
        Map.of("random", Map.of(crit.get(0).name(), -0.4)));
    var bars = Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='[-0-9.]+' height='([-0-9.]+)'")
        .matcher(svg).results().map(r -> Double.parseDouble(r.group(1))).toList();
    assertThat(bars).hasSize(2).allMatch(h -> h > 5);
    assertThat(labels(svg).stream().map(Label::text)).contains("0").anyMatch(t -> t.startsWith("-"));
  }

  @Test
  void aSingleEvaluationIsADotWithItsIntervalNotAnInvisiblePath() {
    var one = List.of(new StageReport.LearningCurvePoint(46, 0.5, new double[] {0.2, 0.8}, 0.3,
        new double[] {0.25, 0.35}));
    String svg = SvgCharts.learningCurve("learning curve", one, fiveBaselines());
    var dots = Pattern.compile("<circle cx='([-0-9.]+)' cy='([-0-9.]+)' r='3' fill='(#\\w+)'")
        .matcher(svg).results().toList();
    assertThat(dots).hasSize(2);
    assertThat(dots.stream().map(m -> m.group(3))).containsExactly("#1f77b4", "#ff7f0e");
    // each series' 95% interval is a vertical whisker at the point: 0.2..0.8 is 6 times 0.25..0.35
    var whiskers = Pattern.compile("<line x1='([-0-9.]+)' x2='\\1' y1='([-0-9.]+)' y2='([-0-9.]+)'"
        + " stroke='(#1f77b4|#ff7f0e)'").matcher(svg).results().toList();
    assertThat(whiskers).hasSize(2);
    double score = Math.abs(Double.parseDouble(whiskers.get(0).group(2))
        - Double.parseDouble(whiskers.get(0).group(3)));
    double training = Math.abs(Double.parseDouble(whiskers.get(1).group(2))
        - Double.parseDouble(whiskers.get(1).group(3)));
    assertThat(score / training).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.05));
    // with several points the band carries the interval: dots, no whiskers
    assertThat(curve()).contains("<circle").doesNotContainPattern(
        "<line x1='([-0-9.]+)' x2='\\1' y1='[-0-9.]+' y2='[-0-9.]+' stroke='#1f77b4'");
  }

  @Test
  void criteriaBarsNameEveryBaselineInItsOwnColourAndShowTheTrainedInterval() {
    var crit = GraduationCriteria.forStage(1);
    var results = List.of(
        new CriterionResult(crit.get(0).name(), ">=", 0.9, 0.5, new double[] {0.25, 0.75}, false),
        new CriterionResult(crit.get(1).name(), ">=", 0.9, 0.95, new double[] {-4, 6}, true));
    var baselines = new LinkedHashMap<String, Map<String, Double>>();
    for (String b : List.of("random", "expert", "untrained")) {
      baselines.put(b, Map.of(crit.get(0).name(), 0.4, crit.get(1).name(), 0.6));
    }
    String svg = SvgCharts.criteria("criteria", results, baselines);
    List<String> legend = labels(svg).stream().filter(l -> l.anchor().equals("start"))
        .map(Label::text).toList();
    assertThat(legend).contains("trained, passed", "trained, failed", "random", "expert",
        "untrained", "threshold");
    // a baseline's bars share its legend key's colour, and no two baselines share one
    var keys = Pattern.compile("<rect class='key' x='[-0-9.]+' y='[-0-9.]+' width='10'"
        + " height='10' fill='(#\\w+)'/><text[^>]*>([^<]*)</text>").matcher(svg).results()
        .collect(java.util.stream.Collectors.toMap(m -> m.group(2), m -> m.group(1)));
    var fills = Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='[-0-9.]+' height="
        + "'[-0-9.]+' fill='(#\\w+)'").matcher(svg).results().map(m -> m.group(1)).toList();
    assertThat(fills).hasSize(2 * 4);
    for (String b : baselines.keySet()) {
      assertThat(fills.stream().filter(keys.get(b)::equals)).as(b).hasSize(2);
    }
    assertThat(keys.values()).doesNotHaveDuplicates();
    // error bars: 0.25..0.75 is half of the 0..1 axis with caps at both ends; -4..6 is cut to
    // the whole axis, without caps
    var ci = Pattern.compile(
        "<line class='ci' x1='([-0-9.]+)' x2='\\1' y1='([-0-9.]+)' y2='([-0-9.]+)'")
        .matcher(svg).results().toList();
    assertThat(ci).hasSize(2);
    double half = Double.parseDouble(ci.get(0).group(2)) - Double.parseDouble(ci.get(0).group(3));
    double whole = Double.parseDouble(ci.get(1).group(2)) - Double.parseDouble(ci.get(1).group(3));
    assertThat(half / whole).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    long caps = Pattern.compile("<line x1='[-0-9.]+' x2='[-0-9.]+' y1='([-0-9.]+)' y2='\\1'"
        + " stroke='black' stroke-width='1.5'/>").matcher(svg).results().count();
    assertThat(caps).isEqualTo(2);
  }

  @Test
  void criteriaOnTheZeroOneScaleAndCountsGetSeparatePanelsWithTheirOwnAxes() {
    var results = List.of(
        new CriterionResult("judge_score", ">=", 0.6, 0.7, new double[] {0.65, 0.75}, true),
        new CriterionResult("actions_to_contribution", "<", 3, 6, new double[] {5, 7}, false),
        new CriterionResult("story_accepted", ">=", 0.5, 0.55, new double[] {0.5, 0.6}, true),
        new CriterionResult("no_regression", ">=", 3, 5, new double[] {4, 6}, true));
    var baselines = new LinkedHashMap<String, Map<String, Double>>();
    baselines.put("random", Map.of("judge_score", 0.4, "actions_to_contribution", 5.5));
    String svg = SvgCharts.criteria("criteria vs thresholds, stage 4", results, baselines);

    String[] parts = svg.split("<g class='panel'", -1);
    assertThat(parts).as("a chart of two scales has two panels").hasSize(3);
    String unit = parts[1].substring(0, parts[1].indexOf("</g>"));
    String counts = parts[2].substring(0, parts[2].indexOf("</g>"));
    // every panel has its own y axis and its own ticks: 0..1 above, up to at least 6 below
    for (String panel : List.of(unit, counts)) {
      assertThat(Pattern.compile("<line x1='40' y1='20' x2='40' y2='180'").matcher(panel)
          .results().count()).isEqualTo(1);
    }
    assertThat(ticks(unit)).contains(0.0).allMatch(t -> t <= 1.0).contains(1.0);
    assertThat(ticks(counts)).contains(0.0).anyMatch(t -> t >= 6.0);
    List<String> unitNames = labels(unit).stream().map(Label::text).toList();
    List<String> countNames = labels(counts).stream().map(Label::text).toList();
    assertThat(unitNames).contains("judge_score", "story_accepted")
        .doesNotContain("actions_to_contribution", "no_regression");
    assertThat(countNames).contains("actions_to_contribution", "no_regression")
        .doesNotContain("judge_score", "story_accepted");
    // the 0.7 bar fills 70% of its panel's axis (160 px), not 0.7/6 of a shared one
    double first = bars(unit).get(0);
    assertThat(first).isCloseTo(0.7 * 160 - 1e-9, org.assertj.core.data.Offset.offset(0.6));
    // the panels stack: the second is moved down by one plot height, the legend under both
    assertThat(svg).contains("<g class='panel' transform='translate(0 220)'>");
    assertThat(svg).contains("height='" + (2 * 220 + 8 + 14) + "'");
  }

  @Test
  void criteriaOnOneScaleKeepOnePanelAndAnIntervalDoesNotDecideTheScale() {
    var results = List.of(
        new CriterionResult("judge_score", ">=", 0.6, 0.7, new double[] {-4, 6}, true),
        new CriterionResult("story_accepted", ">=", 0.5, 0.55, new double[] {0.5, 0.6}, true));
    String svg = SvgCharts.criteria("criteria", results, Map.of());
    assertThat(svg).doesNotContain("<g class='panel'");
    assertThat(SvgCharts.onUnitScale(results.get(0), Map.of())).isTrue();
    assertThat(SvgCharts.onUnitScale(results.get(0), Map.of("expert",
        Map.of("judge_score", 1.5)))).as("a baseline off the scale").isFalse();
    var counts = List.of(
        new CriterionResult("actions_to_contribution", "<", 3, 6, new double[] {5, 7}, false),
        new CriterionResult("no_regression", ">=", 3, 5, new double[] {4, 6}, true));
    assertThat(SvgCharts.criteria("criteria", counts, Map.of())).doesNotContain("<g class='panel'");
  }

  private static List<Double> ticks(String svg) {
    return labels(svg).stream().filter(l -> l.anchor().equals("end"))
        .filter(l -> l.text().matches("-?[0-9.]+")).map(l -> Double.parseDouble(l.text()))
        .toList();
  }

  private static List<Double> bars(String svg) {
    return Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='[-0-9.]+' height='([-0-9.]+)'")
        .matcher(svg).results().map(r -> Double.parseDouble(r.group(1))).toList();
  }
}

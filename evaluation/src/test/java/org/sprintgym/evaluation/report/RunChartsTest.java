package org.sprintgym.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RunChartsTest {

  private static long count(String svg, String regex) {
    return Pattern.compile(regex).matcher(svg).results().count();
  }

  @Test
  void threeSignificantDigits() {
    assertEquals("0.123", Numbers.sig3(0.123456));
    assertEquals("12300", Numbers.sig3(12345.6));
    assertEquals("-1.5", Numbers.sig3(-1.5));
    assertEquals("0", Numbers.sig3(0));
    assertEquals("-", Numbers.sig3(Double.NaN));
    assertEquals("3.21E-7", Numbers.sig3(3.2149e-7));
    // small values all carry an exponent, not only those below 1e-6
    assertEquals("4.57E-6", Numbers.sig3(4.5678e-6));
    assertEquals("-5E-5", Numbers.sig3(-5e-5));
    assertEquals("1.5E9", Numbers.sig3(1.5e9));
    assertEquals("0.0001", Numbers.sig3(1e-4));
  }

  @Test
  void ticksAreRoundAndCoverTheRange() {
    assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, Numbers.ticks(0, 10), 1e-12);
    assertArrayEquals(new double[] {0, 0.05, 0.1, 0.15, 0.2}, Numbers.ticks(0, 0.2), 1e-12);
  }

  @Property(tries = 200)
  void ticksLieInsideTheRangeInOrder(@ForAll @DoubleRange(min = -1e6, max = 1e6) double lo,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double width) {
    double[] t = Numbers.ticks(lo, lo + width);
    assertTrue(t.length >= 2 && t.length <= 12, t.length + " ticks");
    for (int i = 0; i < t.length; i++) {
      assertTrue(t[i] >= lo - 1e-9 * Math.abs(lo) - 1e-9 && t[i] <= lo + width + 1e-6 * width);
      if (i > 0) {
        assertTrue(t[i] > t[i - 1]);
      }
    }
  }

  @Test
  void linesDrawOnePathAndBandPerSeriesWithALegend() {
    var a = new RunCharts.Series("base", new double[] {1, 2, 3}, new double[] {0.5, 1.5, 2.5},
        new double[] {1.5, 2.5, 3.5});
    var b = new RunCharts.Series("variant", new double[] {2, Double.NaN, 4},
        new double[] {1, Double.NaN, 3}, new double[] {3, Double.NaN, 5});
    String svg = RunCharts.lines("velocity", "sprint", "points", List.of(a, b));
    assertEquals(2, count(svg, "class='series'"));
    assertEquals(2, count(svg, "class='band'"));
    assertTrue(svg.contains(">base<") && svg.contains(">variant<"));
    // x ticks at the sprints 1..3 and round y ticks
    assertTrue(svg.contains(">1<") && svg.contains(">3<") && svg.contains(">0<"));
    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
  }

  @Test
  void onlyAChartWithABandSaysWhatTheBandIs() {
    double[] none = {Double.NaN, Double.NaN};
    var one = new RunCharts.Series("run", new double[] {3, 4}, none, none);
    String bare = RunCharts.lines("velocity", "sprint", "points", List.of(one));
    assertEquals(0, count(bare, "class='band'"));
    assertFalse(bare.contains("band:"));
    // one replication's t interval is the value itself: a band of zero width is no band either
    var flat = new RunCharts.Series("run", new double[] {3, 4}, new double[] {3, 4},
        new double[] {3, 4});
    assertFalse(RunCharts.lines("velocity", "sprint", "points", List.of(flat)).contains("band:"));
    var two = new RunCharts.Series("run", new double[] {3, 4}, new double[] {2, 3},
        new double[] {4, 5});
    assertTrue(RunCharts.lines("velocity", "sprint", "points", List.of(two))
        .contains(">band: 95% interval over replications<"));
  }

  @Test
  void forestDrawsADotPerEstimateAndAnIntervalWhereThereIsOne() {
    String svg = RunCharts.forest("diffs", "variant - base", List.of(
        new RunCharts.ForestRow("velocity", 1.0, 0.5, 1.5),
        new RunCharts.ForestRow("wip", -2.0, null, null)));
    assertEquals(2, count(svg, "class='estimate'"));
    assertEquals(1, count(svg, "class='ci'"));
    assertTrue(svg.contains("stroke-dasharray"));
  }

  @Test
  void forestLabelsFitLeftOfThePlot() {
    String label = "commitment_factor=0.5 in_progress=2 pairing=false";
    String svg = RunCharts.forest("t", "x", List.of(new RunCharts.ForestRow(label, 1, 0.5, 1.5),
        new RunCharts.ForestRow("short", 2, null, null)));
    var m = Pattern.compile("<text x='([0-9.]+)'[^>]*text-anchor='end'>" + label + "</text>")
        .matcher(svg);
    assertTrue(m.find(), svg);
    // right-aligned at x, it needs about 6.2 px a character to its left
    assertTrue(Double.parseDouble(m.group(1)) >= 6.2 * label.length(), m.group(1));
  }

  @Test
  void heatmapHasACellPerGridPointLabelledWithItsValue() {
    String svg = RunCharts.heatmap("v", "wip", List.of("2", "4"), "commit", List.of("0.5", "0.7",
        "0.9"), new double[][] {{1, 2}, {3, 4}, {5, Double.NaN}});
    assertEquals(6, count(svg, "class='cell'"));
    assertEquals(1, count(svg, "fill='#eeeeee'"));
    assertTrue(svg.contains(">4<") && svg.contains(">wip<") && svg.contains(">commit<"));
  }

  @Test
  void categoryLinesNameTheirTicks() {
    String svg = RunCharts.lines("v", "wip", "points", List.of(new RunCharts.Series("v",
        new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2})), List.of("low", "high"));
    assertTrue(svg.contains(">low<") && svg.contains(">high<"), svg);
  }

  @Test
  void seriesNeedMatchingLengths() {
    assertThrows(IllegalArgumentException.class, () -> new RunCharts.Series("x",
        new double[2], new double[1], new double[2]));
  }
}

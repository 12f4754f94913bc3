package org.sprintgym.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void meanAndSampleVariance() {
    double[] x = {1, 2, 3, 4};
    assertEquals(2.5, Stats.mean(x), 1e-12);
    assertEquals(5.0 / 3.0, Stats.variance(x), 1e-12);
    assertEquals(0.0, Stats.variance(new double[] {7}), 0.0);
  }

  @Test
  void tIntervalMatchesTable() {
    // n = 4, sd = sqrt(5/3), t(0.975, 3) = 3.182446
    var ci = Stats.meanInterval(new double[] {1, 2, 3, 4}, 0.95);
    double half = 3.182446305 * Math.sqrt(5.0 / 3.0) / 2.0;
    assertEquals(2.5 - half, ci.low(), 1e-6);
    assertEquals(2.5 + half, ci.high(), 1e-6);
  }

  @Test
  void wilsonKnownValue() {
    // 0 of 10 at 95 %: [0, 0.2775]
    var ci = Stats.wilson(0, 10, 0.95);
    assertEquals(0.0, ci.low(), 1e-12);
    assertEquals(0.2775, ci.high(), 1e-4);
  }

  @Property
  void wilsonStaysInUnitInterval(
      @ForAll @IntRange(min = 1, max = 500) int n, @ForAll @IntRange(min = 0, max = 500) int k) {
    int s = Math.min(k, n);
    var ci = Stats.wilson(s, n, 0.95);
    assertTrue(ci.low() >= 0 && ci.high() <= 1 && ci.low() <= (double) s / n
        && ci.high() >= (double) s / n);
  }

  @Test
  void tQuantileAndPValueMatchTables() {
    assertEquals(3.182446305, Stats.tQuantile(3, 0.95), 1e-6);
    assertEquals(12.70620474, Stats.tQuantile(1, 0.95), 1e-6);
    // |t| = t(0.975, 3) leaves 5 % in the two tails
    assertEquals(0.05, Stats.twoSidedP(-3.182446305, 3), 1e-6);
    assertEquals(1.0, Stats.twoSidedP(0, 5), 1e-12);
  }

  @Test
  void halfWidthIsTheIntervalsHalf() {
    double[] x = {2, 3, 5, 8, 13};
    var ci = Stats.meanInterval(x, 0.9);
    assertEquals((ci.high() - ci.low()) / 2,
        Stats.halfWidth(Stats.standardDeviation(x), x.length, 0.9), 1e-12);
  }

  @Test
  void fixedOrderMethodsAddInIndexOrder() {
    // 1e16 + 1 + 1 loses both ones added one at a time; 1 + 1 + 1e16 keeps them
    double[] big = {1e16, 1, 1};
    double[] small = {1, 1, 1e16};
    assertEquals(1e16, Stats.sum(big), 0.0);
    assertEquals(1e16 + 2, Stats.sum(small), 0.0);
    assertEquals(1e16 / 3, Stats.orderedMean(big), 0.0);
    assertEquals(0.1 / 3 + 0.2 / 3 + 0.3 / 3, Stats.shareMean(new double[] {0.1, 0.2, 0.3}), 0.0);
    assertEquals(5.0, Stats.squaredDeviations(new double[] {1, 2, 3, 4}, 2.5), 0.0);
    assertEquals(5.0 / 3.0, Stats.orderedVariance(new double[] {1, 2, 3, 4}), 0.0);
  }

  @Test
  void fixedOrderMeansOfNothingAreNaN() {
    assertTrue(Double.isNaN(Stats.orderedMean(new double[0])));
    assertTrue(Double.isNaN(Stats.shareMean(new double[0])));
    assertTrue(Double.isNaN(Stats.orderedVariance(new double[] {1})));
    assertEquals(0.0, Stats.sum(new double[0]), 0.0);
  }

  @Property
  void fixedOrderAndRunningMeansAgreeClosely(
      @ForAll @IntRange(min = 1, max = 50) int n, @ForAll @IntRange(min = -1000, max = 1000) int a) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a + i * 0.37;
    }
    double m = Stats.mean(x);
    assertEquals(m, Stats.orderedMean(x), 1e-9 * (1 + Math.abs(m)));
    assertEquals(m, Stats.shareMean(x), 1e-9 * (1 + Math.abs(m)));
    if (n > 1) {
      assertEquals(Stats.variance(x), Stats.orderedVariance(x), 1e-6);
    }
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> Stats.mean(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Stats.wilson(3, 2, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.wilson(0, 0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.wilson(-1, 2, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.meanInterval(new double[] {1}, 1.0));
    assertThrows(IllegalArgumentException.class, () -> Stats.tQuantile(0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.tQuantile(3, 0));
    assertThrows(IllegalArgumentException.class, () -> Stats.twoSidedP(1, 0));
  }
}

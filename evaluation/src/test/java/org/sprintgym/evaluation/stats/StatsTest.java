package org.sprintgym.evaluation.stats;

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
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> Stats.mean(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Stats.wilson(3, 2, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.wilson(0, 0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Stats.meanInterval(new double[] {1}, 1.0));
  }
}

package org.sprintgym.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RollingMeanPropertiesTest {

  /** A checkpoint saves the window's values; the window rebuilt from them must agree exactly. */
  @Property(tries = 200)
  void aWindowRebuiltFromItsValuesHasTheSameMeanBitForBit(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -10, max = 10) Double> values,
      @ForAll @IntRange(min = 1, max = 20) int window) {
    var lived = new RollingMean(window);
    values.forEach(lived::add);
    var rebuilt = RollingMean.of(window, lived.values());
    assertThat(rebuilt.mean()).isEqualTo(lived.mean());
    assertThat(rebuilt.values()).isEqualTo(lived.values());
    assertThat(lived.size()).isEqualTo(Math.min(window, values.size()));
    assertThat(lived.values()).isEqualTo(values.subList(values.size() - lived.size(),
        values.size()));
  }
}

package org.sprintgym.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  @Property(tries = 200)
  void aStreamDependsOnlyOnRootSeedAndName(@ForAll long seed) {
    var a = new RandomStreams(seed);
    var b = new RandomStreams(seed);
    b.stream("defects").nextLong(); // creating or using other streams first changes nothing
    assertThat(a.stream("effort").nextLong()).isEqualTo(b.stream("effort").nextLong());
    assertThat(a.stream("effort", "US-1").nextLong()).isEqualTo(b.stream("effort", "US-1").nextLong());
    assertThat(a.stream("qa", 3).nextLong()).isEqualTo(b.stream("qa", 3).nextLong());
  }

  @Property(tries = 200)
  void streamsWithDifferentNamesKeysOrSeedsDiffer(@ForAll long seed) {
    var s = new RandomStreams(seed);
    assertThat(s.seedOf("effort")).isNotEqualTo(s.seedOf("defects"));
    assertThat(s.seedOf("effort", "US-1")).isNotEqualTo(s.seedOf("effort", "US-2"));
    assertThat(s.seedOf("qa", 1)).isNotEqualTo(s.seedOf("qa", 2));
    assertThat(s.seedOf("qa", 1)).isNotEqualTo(new RandomStreams(seed + 1).seedOf("qa", 1));
  }

  @Property(tries = 200)
  void numberedSubStreamsDoNotOverlap(@ForAll long seed) {
    var s = new RandomStreams(seed);
    var a = s.stream("attrition", 3);
    a.nextLong();
    long secondOfThree = a.nextLong();
    var b = s.stream("attrition", 4);
    long firstOfFour = b.nextLong();
    assertThat(secondOfThree).isNotEqualTo(firstOfFour);
    var c = s.stream("attrition", 3);
    var d = s.stream("attrition", 4);
    for (int i = 0; i < 8; i++) {
      long x = c.nextLong();
      assertThat(x).isNotEqualTo(d.nextLong());
    }
  }

  @Test
  void fnv1aMatchesItsPublishedTestVectors() {
    assertThat(RandomStreams.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(RandomStreams.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(RandomStreams.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
  }

  @Test
  void streamRngRefusesReseeding() {
    var rng = new RandomStreams(1).rng("x");
    assertThrows(UnsupportedOperationException.class, () -> rng.setSeed(5L));
    assertThrows(UnsupportedOperationException.class, () -> rng.setSeed(5));
    assertThrows(UnsupportedOperationException.class, () -> rng.setSeed(new int[] {5}));
  }

  @Test
  void gaussianDrawsHaveUnitMomentsAndReplay() {
    var a = new RandomStreams(7).rng("g");
    var b = new RandomStreams(7).rng("g");
    double sum = 0;
    double sq = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      double g = a.nextGaussian();
      assertThat(b.nextGaussian()).isEqualTo(g);
      sum += g;
      sq += g * g;
    }
    assertThat(sum / n).isBetween(-0.02, 0.02);
    assertThat(sq / n).isBetween(0.98, 1.02);
  }
}

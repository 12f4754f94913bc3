package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of generated backlogs, over seeds, sizes, kinds and languages. */
class BacklogGeneratorPropertiesTest {

  @Provide
  Arbitrary<BacklogGenerator.Options> options() {
    var kinds = Arbitraries.of(ProductKind.values()).injectNull(0.3);
    var langs = Arbitraries.of(BacklogGenerator.languages()).injectNull(0.3);
    return net.jqwik.api.Combinators.combine(kinds, langs).as(BacklogGenerator.Options::new);
  }

  @Property(tries = 40)
  void generatedBacklogsLoadBackUnchanged(@ForAll @IntRange(min = 1, max = 40) int stories,
      @ForAll long seed, @ForAll("options") BacklogGenerator.Options options) throws IOException {
    Backlog b = BacklogGenerator.generate(stories, seed, options);
    Path dir = Files.createTempDirectory("sprintgym-prop");
    try {
      Path f = dir.resolve("b.yaml");
      AatBacklogWriter.write(b, f);
      assertEquals(b.withSource(f.toString()), AatBacklogReader.read(f, seed ^ 0x5eed));
    } finally {
      Files.deleteIfExists(dir.resolve("b.yaml"));
      Files.deleteIfExists(dir);
    }
  }

  @Property(tries = 60)
  void sameSeedSameBacklog(@ForAll @IntRange(min = 1, max = 60) int stories, @ForAll long seed,
      @ForAll("options") BacklogGenerator.Options options) {
    assertEquals(BacklogGenerator.generate(stories, seed, options),
        BacklogGenerator.generate(stories, seed, options));
  }

  @Property(tries = 60)
  void valuesStayInTheirRanges(@ForAll @IntRange(min = 1, max = 80) int stories,
      @ForAll long seed, @ForAll("options") BacklogGenerator.Options options) {
    Backlog b = BacklogGenerator.generate(stories, seed, options);
    assertEquals(stories, b.stories().size());
    assertTrue(b.product().technicalDebt() >= 0 && b.product().technicalDebt() <= 1);
    for (Story s : b.stories()) {
      assertTrue(Story.ALLOWED_POINTS.contains(s.points()), s.id() + " points " + s.points());
      assertTrue(s.ambiguity() >= 0 && s.ambiguity() <= 1, s.id() + " ambiguity " + s.ambiguity());
      assertTrue(s.technicalRisk() >= 0 && s.technicalRisk() <= 1, s.id() + " risk");
      assertTrue(s.hiddenCriteria().size() <= 5);
      assertTrue(s.acceptanceCriteria().size() >= 1 && s.acceptanceCriteria().size() <= 5);
      for (String dep : s.dependsOn()) {
        assertTrue(dep.compareTo(s.id()) < 0, s.id() + " depends on later " + dep);
      }
    }
  }
}

package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BacklogGeneratorTest {

  @Test
  void differentSeedsGiveDifferentBacklogs() {
    assertNotEquals(BacklogGenerator.generate(20, 1), BacklogGenerator.generate(20, 2));
  }

  @Test
  void threeHundredStoriesWithRealisticShape() {
    Backlog b = BacklogGenerator.generate(300, 42,
        new BacklogGenerator.Options(ProductKind.CRUD_API, "go"));
    assertEquals(300, b.stories().size());
    assertEquals("US-300", b.stories().get(299).id());
    assertEquals(List.of("go"), b.product().languages());
    assertEquals(300, b.stories().stream().map(Story::title).distinct().count(), "titles unique");
    Map<Integer, Long> sizes = b.stories().stream()
        .collect(Collectors.groupingBy(Story::points, Collectors.counting()));
    assertTrue(sizes.get(3) > sizes.get(1) && sizes.get(3) > sizes.get(8), "skew: " + sizes);
    long areas = b.stories().stream().map(Story::codebaseArea).distinct().count();
    assertTrue(areas >= 3 && areas <= 6, "a handful of areas, got " + areas);
    long withDeps = b.stories().stream().filter(s -> !s.dependsOn().isEmpty()).count();
    assertTrue(withDeps > 15 && withDeps < 90, "occasional dependencies: " + withDeps);
    assertTrue(b.stories().get(0).description().startsWith("As a "));
    for (int i = 0; i < 300; i++) {
      assertEquals(i + 1, b.stories().get(i).priority());
    }
  }

  @Test
  void seedsCoverAllSixDimensions() {
    var kinds = new HashSet<String>();
    var langs = new HashSet<String>();
    var repos = new HashSet<RepositoryType>();
    double minDebt = 1;
    double maxDebt = 0;
    for (long seed = 0; seed < 200; seed++) {
      Backlog b = BacklogGenerator.generate(3, seed);
      kinds.add(b.source().replaceAll(".*kind=([a-z_]+).*", "$1"));
      langs.add(b.product().languages().get(0));
      repos.add(b.product().repository());
      minDebt = Math.min(minDebt, b.product().technicalDebt());
      maxDebt = Math.max(maxDebt, b.product().technicalDebt());
    }
    assertEquals(new HashSet<>(ProductKind.keys()), kinds);
    assertEquals(new HashSet<>(BacklogGenerator.languages()), langs);
    assertEquals(2, repos.size());
    assertTrue(minDebt < 0.1 && maxDebt > 0.7, minDebt + ".." + maxDebt);
  }

  @Test
  void ambiguityDrivesWrittenAndHiddenCriteria() {
    Backlog b = BacklogGenerator.generate(300, 7);
    Function<Boolean, Double> meanCriteria = vague -> b.stories().stream()
        .filter(s -> (s.ambiguity() > 0.6) == vague)
        .mapToInt(s -> s.acceptanceCriteria().size()).average().orElse(Double.NaN);
    Function<Boolean, Double> meanHidden = vague -> b.stories().stream()
        .filter(s -> (s.ambiguity() > 0.6) == vague)
        .mapToInt(s -> s.hiddenCriteria().size()).average().orElse(Double.NaN);
    assertTrue(meanCriteria.apply(true) < meanCriteria.apply(false));
    assertTrue(meanHidden.apply(true) > meanHidden.apply(false));
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BacklogGenerator.generate(0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new BacklogGenerator.Options(null, "cobol"));
  }

  @Test
  void pluralsReadNaturally() {
    assertEquals("invoices", BacklogGenerator.plural("invoice"));
    assertEquals("time series", BacklogGenerator.plural("time series"));
    assertEquals("geometries", BacklogGenerator.plural("geometry"));
    assertEquals("keys", BacklogGenerator.plural("key"));
    assertEquals("batches", BacklogGenerator.plural("batch"));
  }
}

package org.sprintgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.evaluation.curriculum.CurriculumSpec;
import org.sprintgym.sim.io.InputError;

/** {@code curriculum.validation}: the gate's rule and its margin. */
class CurriculumValidationSectionTest {
  @TempDir Path dir;

  private Path file(String section) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kind: curriculum\ncurriculum:\n  worlds: 4\n" + section);
    return f;
  }

  private CurriculumSpec.ValidationSpec validation(String section) throws Exception {
    return ScenarioLoader.load(file(section), List.of()).curriculum().orElseThrow().validation();
  }

  @Test
  void thePairedRuleParsesWithItsMarginInStandardErrors() throws Exception {
    var v = validation("  validation: {basis: paired, min_improvement: 1.645}\n");
    assertEquals("paired", v.basis());
    assertEquals(1.645, v.minImprovement());
    assertEquals("return", validation("").basis());
  }

  @Test
  void anUnknownRuleNamesTheFieldAndTheAllowedOnes() throws Exception {
    Path f = file("  validation: {basis: bootstrap}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().contains("basis"), e.getMessage());
    assertEquals("return, shortfall, paired, non_inferior, non_inferior_each", e.allowed());
  }

  @Test
  void theGateMeasuresReturnsUnlessToldToMeasureTheJudge() throws Exception {
    assertEquals("return", validation("").metric());
    var v = validation("  validation: {metric: judge, basis: paired}\n");
    assertTrue(v.judges());
    Path f = file("  validation: {metric: velocity}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().contains("metric"), e.getMessage());
    assertEquals("return, judge", e.allowed());
  }

  @Test
  void aNegativeMarginIsRefused() throws Exception {
    Path f = file("  validation: {basis: paired, min_improvement: -1}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().contains("min_improvement"), e.getMessage());
  }

  @Test
  void theNormalisedScalesReferenceEpisodesDefaultTo300AndMustBePositive() throws Exception {
    var dflt = ScenarioLoader.load(file(""), List.of()).curriculum().orElseThrow().evaluation();
    assertEquals(300, dflt.referenceEpisodesPerType());
    var set = ScenarioLoader.load(file("  evaluation: {reference_episodes_per_type: 40}\n"),
        List.of()).curriculum().orElseThrow().evaluation();
    assertEquals(40, set.referenceEpisodesPerType());
    Path f = file("  evaluation: {reference_episodes_per_type: 0}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().contains("reference_episodes_per_type"), e.getMessage());
    assertTrue(e.getMessage().contains("c.yaml:"), e.getMessage());
  }
}

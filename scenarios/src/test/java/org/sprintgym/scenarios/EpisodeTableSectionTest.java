package org.sprintgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.InputError;

/**
 * A curriculum's {@code episode.types} and {@code episode.difficulty} tables: bad values are one
 * FILE:LINE error naming the key and what is allowed (the tables acting is in
 * {@link CoefficientSectionTest}).
 */
class EpisodeTableSectionTest {
  @TempDir Path dir;

  private Path curriculum(String body) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kind: curriculum\ncurriculum: {worlds: 4}\n" + body);
    return f;
  }

  @Test
  void aBadTypeOrDifficultyKeyNamesFileLineAndWhatIsAllowed() throws Exception {
    Path a = curriculum("episode:\n  types:\n    triage.step_limit: 1\n");
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(a, List.of()));
    assertTrue(e.getMessage().startsWith(a + ":5:"), e.getMessage());
    assertEquals("episode.types.triage.step_limit", e.field());
    assertEquals("2.0..100.0", e.allowed());
    Path b = curriculum("episode:\n  types:\n    triage.step_limit: 10.5\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(b, List.of()));
    assertTrue(e.getMessage().startsWith(b + ":5:"), e.getMessage());
    assertTrue(e.problem().contains("episode.types.triage.step_limit: 10.5 is not a whole number"),
        e.problem());
    Path c = curriculum("episode:\n  types: {triage.bite_chance: 0.5}\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(c, List.of()));
    assertTrue(e.getMessage().startsWith(c + ":4:"), e.getMessage());
    Path d = curriculum("episode:\n  difficulty:\n    points_weight: 0\n    ambiguity_weight: 0\n"
        + "    severity_weight: 0\n");
    e = assertThrows(InputError.class, () -> ScenarioLoader.load(d, List.of()));
    assertTrue(e.getMessage().startsWith(d + ":5:"), e.getMessage());
    assertTrue(e.problem().contains("must be > 0"), e.problem());
    var s = assertThrows(InputError.class, () -> ScenarioLoader.load(curriculum(""),
        List.of("episode.difficulty.attempts=0")));
    assertTrue(s.getMessage().startsWith("--set episode.difficulty.attempts=0:"), s.getMessage());
  }
}

package org.sprintgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.io.InputError;

/** {@code curriculum.lora}: rank, alpha and whether the adapters carry trainable heads. */
class CurriculumLoraSectionTest {
  @TempDir Path dir;

  private LoraConfig lora(String section) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kind: curriculum\ncurriculum:\n  worlds: 4\n" + section);
    return ScenarioLoader.load(f, List.of()).curriculum().orElseThrow().lora();
  }

  @Test
  void headsAreFrozenUnlessAsked() throws Exception {
    assertFalse(lora("").trainHeads());
    assertEquals(16, lora("").rank());
    LoraConfig l = lora("  lora: {rank: 4, train_heads: true}\n");
    assertTrue(l.trainHeads());
    assertEquals(4, l.rank());
    assertEquals(8.0, l.alpha());
  }

  @Test
  void aNonBooleanTrainHeadsNamesTheField() throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "kind: curriculum\ncurriculum:\n  lora: {train_heads: 3}\n");
    InputError e = assertThrows(InputError.class, () -> ScenarioLoader.load(f, List.of()));
    assertTrue(e.getMessage().contains("train_heads"), e.getMessage());
    assertEquals("true, false", e.allowed());
  }
}

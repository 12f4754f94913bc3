package org.sprintgym.policy.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.policy.io.Checkpoint;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.nn.Tensors;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.io.InputError;

class ResumeTest {
  // small and quick: 2 envs x 16 steps, 2 epochs of 2 minibatches, 16x16 networks
  static final PpoConfig SMALL = new PpoConfig(2, 16, 16, 2, 0.98, 0.8, 1e-3, true, 0.2, true,
      Double.POSITIVE_INFINITY, 0.01, 0.5, 0.5, true, 1e-5, List.of(16, 16), List.of(16, 16));
  static final long STEPS = 6 * 32;

  @Test
  void interruptedAndResumedRunEndsIdenticalToAnUninterruptedOne(@TempDir Path dir) {
    float[] straight;
    try (var s = TrainingSession.fresh("cartpole", 5, STEPS, SMALL)) {
      while (!s.finished()) {
        s.update();
      }
      straight = Tensors.toFloats(s.net().baseParameters().values());
    }
    Path ckpt = dir.resolve("checkpoint.bin");
    try (var s = TrainingSession.fresh("cartpole", 5, STEPS, SMALL)) {
      for (int u = 0; u < 3; u++) {
        s.update();
      }
      s.checkpoint(ckpt);
      s.update(); // work after the last checkpoint is lost when the process is killed
    }
    float[] resumed;
    try (var s = TrainingSession.resume(ckpt)) {
      assertFalse(s.finished());
      while (!s.finished()) {
        s.update();
      }
      resumed = Tensors.toFloats(s.net().baseParameters().values());
    }
    assertArrayEquals(straight, resumed);
    try (var s = TrainingSession.fresh("cartpole", 6, STEPS, SMALL)) {
      s.update();
      assertFalse(java.util.Arrays.equals(straight,
          Tensors.toFloats(s.net().baseParameters().values())), "a different seed must differ");
    }
  }

  @Test
  void adapterTrainingOnACheckpointLeavesItsBaseBitIdentical(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("base.bin");
    try (var s = TrainingSession.fresh("cartpole", 1, 64, SMALL)) {
      s.update();
      s.checkpoint(base);
    }
    float[] before = Tensors.toFloats(Checkpoint.read(base).net().baseParameters().values());
    Path ckpt = dir.resolve("adapter.bin");
    float[] adapterBefore;
    try (var s = TrainingSession.adapter(base, "stage1", LoraConfig.of(4), "cartpole", 2, 96,
        SMALL)) {
      adapterBefore = Tensors.toFloats(s.net().adapters().get("stage1").parameters().values());
      while (!s.finished()) {
        s.update();
      }
      assertArrayEquals(before, Tensors.toFloats(s.net().baseParameters().values()));
      assertFalse(java.util.Arrays.equals(adapterBefore,
          Tensors.toFloats(s.net().adapters().get("stage1").parameters().values())));
      s.checkpoint(ckpt);
    }
    var c = Checkpoint.read(ckpt);
    assertEquals("stage1", c.trainedAdapter());
    assertEquals(List.of("stage1"), List.copyOf(c.net().adapters().keySet()));
    assertTrue(Files.size(ckpt) > Files.size(base) / 2);
  }

  @Test
  void badInputIsReportedAsInputError(@TempDir Path dir) throws Exception {
    assertThrows(InputError.class, () -> TrainingSession.fresh("pong", 1, 64, SMALL));
    var e = assertThrows(InputError.class, () -> EnvCatalog.factory("pong"));
    assertTrue(e.getMessage().contains("cartpole"), e.getMessage());
    assertThrows(InputError.class, () -> TrainingSession.resume(dir.resolve("missing.bin")));
    Path junk = dir.resolve("junk.bin");
    Files.writeString(junk, "not a checkpoint");
    assertThrows(InputError.class, () -> Checkpoint.read(junk));
    Path base = dir.resolve("base.bin");
    try (var s = TrainingSession.fresh("cartpole", 1, 32, SMALL)) {
      s.checkpoint(base);
    }
    assertThrows(InputError.class, () -> TrainingSession.adapter(base, ActorCritic.BASE,
        LoraConfig.of(2), "cartpole", 1, 32, SMALL).close());
  }
}

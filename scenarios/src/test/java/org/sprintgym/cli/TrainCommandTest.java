package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  private static int run(StringWriter err, String... args) {
    return SprintGymCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void unknownEnvIsBadInputListingTheKnownOnes(@TempDir Path dir) {
    var err = new StringWriter();
    assertEquals(2, run(err, "train", "--env", "pong", "--out", dir.toString()));
    assertTrue(err.toString().contains("allowed: cartpole"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void aBadPpoConfigFileIsOneLineNamingTheKeyAndWritesNothing(@TempDir Path dir)
      throws Exception {
    var err = new StringWriter();
    Path yaml = dir.resolve("ppo.yaml");
    Files.writeString(yaml, "envs: {sprint: {n_stepz: 3}}\n");
    Path out = dir.resolve("run");
    assertEquals(2, run(err, "train", "--env", "sprint", "--out", out.toString(),
        "--ppo-config", yaml.toString()));
    assertTrue(err.toString().contains("envs.sprint.n_stepz"), err.toString());
    assertEquals(1, err.toString().lines().count());
    assertTrue(Files.notExists(out));
    assertEquals(2, run(new StringWriter(), "train", "--env", "sprint", "--out", out.toString(),
        "--ppo-config", dir.resolve("missing.yaml").toString()));
  }

  @Test
  void resumeWithoutACheckpointAndHalfAnAdapterSpecAreBadInput(@TempDir Path dir) {
    var err = new StringWriter();
    assertEquals(2, run(err, "train", "--env", "cartpole", "--out", dir.toString(), "--resume"));
    assertEquals(2, run(err, "train", "--env", "cartpole", "--out", dir.toString(), "--adapter",
        "a"));
    assertEquals(2, run(err, "bench", "cartpole", "--seeds", "0"));
  }

  @Test
  void trainsWritesACheckpointAndRefusesToOverwriteIt(@TempDir Path dir) {
    var err = new StringWriter();
    assertEquals(0, run(err, "train", "--env", "cartpole", "--steps", "256", "--out",
        dir.toString()), err.toString());
    assertTrue(Files.isRegularFile(dir.resolve("checkpoint.bin")));
    assertTrue(Files.isRegularFile(dir.resolve("metrics.jsonl")));
    assertEquals(2, run(err, "train", "--env", "cartpole", "--steps", "256", "--out",
        dir.toString()));
  }
}

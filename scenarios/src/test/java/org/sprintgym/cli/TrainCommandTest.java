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

  @Test
  void writesProgressCsvAndTensorBoardEventsOnOneGlobalStepAxis(@TempDir Path dir)
      throws Exception {
    var err = new StringWriter();
    Path tb = dir.resolve("tb");
    assertEquals(0, run(err, "train", "--env", "cartpole", "--steps", "768", "--out",
        dir.resolve("run").toString(), "--tensorboard", tb.toString()), err.toString());
    var rows = org.sprintgym.policy.log.ProgressCsv.read(dir.resolve("run/progress.csv"));
    long metricsLines = Files.readAllLines(dir.resolve("run/metrics.jsonl")).size();
    assertEquals(metricsLines, rows.size());
    // CartPole's zoo config: 8 envs x 32 steps per rollout
    assertEquals(java.util.List.of("256", "512", "768"),
        rows.stream().map(r -> r.get("time/total_timesteps")).toList());
    assertTrue(Double.parseDouble(rows.get(2).get("time/time_elapsed")) > 0);
    Path events;
    try (var files = Files.list(tb)) {
      events = files.findFirst().orElseThrow();
    }
    var kl = org.sprintgym.policy.log.EventFileReader.read(events).scalars().stream()
        .filter(x -> x.tag().equals("train/approx_kl")).toList();
    assertEquals(java.util.List.of(256L, 512L, 768L),
        kl.stream().map(x -> x.step()).toList());
    assertEquals(Float.parseFloat(rows.get(1).get("train/approx_kl")), kl.get(1).value());
  }
}

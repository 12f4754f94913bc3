package org.sprintgym.policy.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sprintgym.policy.log.LogFixtures.PPO;
import static org.sprintgym.policy.log.LogFixtures.stats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.InputError;

class ProgressCsvTest {
  @TempDir Path dir;

  @Test
  void headerAndRowsMatchTheGoldenFile() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    try (ProgressCsv csv = ProgressCsv.create(file)) {
      csv.append(stats(1, 0), PPO, 1000.1);
      csv.append(stats(2, 3), PPO, 1000.2);
    }
    String golden = new String(getClass().getResourceAsStream("/golden/progress.csv")
        .readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(golden, Files.readString(file));
  }

  @Test
  void sb3ColumnsCarryTheUpdateStatistics() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    Sb3Row row;
    try (ProgressCsv csv = ProgressCsv.create(file)) {
      row = csv.append(stats(1, 4), PPO, 50.0);
    }
    Map<String, Double> v = row.values();
    // the first update took rollout / sps = 8 / 80 = 0.1 s
    assertEquals(0.1, v.get("time/time_elapsed"), 1e-9);
    assertEquals(80.0, v.get("time/fps"), 1e-9);
    assertEquals(-1.25, v.get("train/entropy_loss"));
    // pg + 0.5 vf - 0.01 entropy
    assertEquals(-0.01 + 0.5 * 0.5 - 0.01 * 1.25, v.get("train/loss"), 1e-12);
    assertEquals(3.0, v.get("train/n_updates"));
    assertEquals(10.0, v.get("rollout/ep_rew_mean"));
    assertEquals(6.0, v.get("rollout/ep_len_mean"));
    assertEquals(8, row.step());
    List<Map<String, String>> rows = ProgressCsv.read(file);
    assertEquals("8", rows.get(0).get("time/total_timesteps"));
    assertEquals("0.002", rows.get(0).get("train/approx_kl"));
  }

  @Test
  void appendingWithoutStateContinuesStepsAndClock() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    ProgressCsv.appendTo(file, stats(1, 1), PPO, 100.0);
    // a second trainer (next curriculum stage) restarts its own counters at update 1
    ProgressCsv.appendTo(file, stats(1, 1), PPO, 103.0);
    Sb3Row third = ProgressCsv.appendTo(file, stats(2, 1), PPO, 104.0);
    assertEquals(24, third.step());
    assertEquals(3.0, third.values().get("time/iterations"));
    assertEquals(4.1, third.values().get("time/time_elapsed"), 1e-9);
    assertEquals(3, ProgressCsv.read(file).size());
  }

  @Test
  void resumeKeepsTheCheckpointedRowsOnly() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    try (ProgressCsv csv = ProgressCsv.create(file)) {
      for (int u = 1; u <= 5; u++) {
        csv.append(stats(u, 1), PPO, 10.0 + u);
      }
    }
    Sb3Row next;
    try (ProgressCsv csv = ProgressCsv.resume(file, 2)) {
      next = csv.append(stats(3, 1), PPO, 30.0);
    }
    List<Map<String, String>> rows = ProgressCsv.read(file);
    assertEquals(3, rows.size());
    assertEquals("24", rows.get(2).get("time/total_timesteps"));
    assertEquals("3", rows.get(2).get("time/iterations"));
    // elapsed counts from the first row's start (10.9 s): 30 - 10.9
    assertEquals(19.1, next.values().get("time/time_elapsed"), 1e-9);
  }

  @Test
  void aFileOfAnotherLayoutIsRefusedByName() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    Files.writeString(file, "a,b\n1,2\n");
    var e = assertThrows(InputError.class, () -> ProgressCsv.resume(file, 1));
    assertEquals(true, e.getMessage().contains(file.toString()));
    assertThrows(InputError.class, () -> ProgressCsv.extend(file));
  }

  @Test
  void negativeRowCountIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ProgressCsv.resume(dir.resolve(ProgressCsv.FILE), -1));
  }

  @Test
  void extraColumnsFollowSb3sAndSurviveAResume() throws Exception {
    Path file = dir.resolve(ProgressCsv.FILE);
    List<String> extra = List.of("curriculum/stage", "curriculum/round");
    try (ProgressCsv csv = ProgressCsv.create(file, extra)) {
      csv.append(stats(1, 1), PPO, 10.0, Map.of("curriculum/stage", 1.0));
      Sb3Row row = csv.append(stats(2, 1), PPO, 11.0, Map.of("curriculum/stage", 2.0,
          "curriculum/round", 1.0));
      assertEquals(2.0, row.values().get("curriculum/stage")); // TensorBoard sees it too
      assertEquals(2, csv.rows());
      assertThrows(IllegalArgumentException.class,
          () -> csv.append(stats(3, 1), PPO, 12.0, Map.of("curriculum/stag", 1.0)));
    }
    assertEquals(String.join(",", Sb3Row.COLUMNS) + ",curriculum/stage,curriculum/round",
        Files.readAllLines(file).get(0));
    List<Map<String, String>> rows = ProgressCsv.read(file);
    assertEquals("1", rows.get(0).get("curriculum/stage"));
    assertEquals("", rows.get(0).get("curriculum/round")); // no value: an empty cell
    assertEquals("2", rows.get(1).get("curriculum/stage"));
    try (ProgressCsv csv = ProgressCsv.resume(file, 1, extra)) {
      assertEquals(1, csv.rows());
      csv.append(stats(2, 1), PPO, 20.0, Map.of("curriculum/stage", 3.0));
      assertEquals(2, csv.rows());
    }
    assertEquals("3", ProgressCsv.read(file).get(1).get("curriculum/stage"));
    // a train run's file lacks the columns: resuming it as a curriculum's is refused by name
    Path plain = dir.resolve("plain.csv");
    try (ProgressCsv csv = ProgressCsv.create(plain)) {
      csv.append(stats(1, 1), PPO, 10.0);
    }
    var e = assertThrows(InputError.class, () -> ProgressCsv.resume(plain, 1, extra));
    assertEquals(true, e.getMessage().contains("plain.csv"));
    assertThrows(IllegalArgumentException.class,
        () -> ProgressCsv.create(dir.resolve("x.csv"), List.of("time/fps")));
    try (ProgressCsv csv = ProgressCsv.extend(plain)) {
      assertThrows(IllegalStateException.class, csv::rows);
    }
  }
}

package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.episode.EpisodeTrace;
import org.sprintgym.sim.episode.TraceCodec;
import org.sprintgym.sim.io.Json;

class EpisodesCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = SprintGymCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void writesASummaryPerTypeAndTracesThatReadBack() throws Exception {
    Path out = dir.resolve("s1");
    Result r = run("episodes", "--type", "stage1", "--policy", "expert", "--count", "50",
        "--seed", "3", "--out", out.toString(), "--traces", "--threads", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("decisions/s"), r.out());
    JsonNode s = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(5, s.get("types").size());
    JsonNode e = s.get("types").get("elicitation");
    assertEquals(10, e.get("episodes").asInt());
    for (String k : List.of("mean_return", "mean_judge", "judge_ci95", "mean_length",
        "terminated", "truncated", "random_return", "oracle_return", "normalised_return")) {
      assertTrue(e.has(k), k);
    }
    assertTrue(e.get("judge_ci95").get(0).asDouble() <= e.get("mean_judge").asDouble());
    assertTrue(s.get("decisions_per_second").asDouble() > 0);
    List<String> lines = Files.readAllLines(out.resolve("traces.jsonl"));
    assertEquals(50, lines.size());
    EpisodeTrace t = new TraceCodec().fromLine(lines.get(0));
    assertEquals("expert", t.policy());
  }

  @Test
  void episodeTableOverridesActAndAreRecorded() throws Exception {
    Path base = dir.resolve("base");
    Path kept = dir.resolve("kept");
    assertEquals(0, run("episodes", "--type", "triage", "--policy", "probe_all", "--count", "300",
        "--seed", "7", "--out", base.toString()).code());
    Result r = run("episodes", "--type", "triage", "--policy", "probe_all", "--count", "300",
        "--seed", "7", "--out", kept.toString(), "--set", "episode.judge.missed_purpose=1.0",
        "--set", "episode.rewards.phase_bonus=0");
    assertEquals(0, r.code(), r.err());
    JsonNode b = Json.mapper().readTree(base.resolve("summary.json").toFile());
    JsonNode k = Json.mapper().readTree(kept.resolve("summary.json").toFile());
    // a wrong call keeps all of the process credit now: the routine's judge score rises
    assertTrue(k.at("/types/triage/mean_judge").asDouble()
        > b.at("/types/triage/mean_judge").asDouble() + 0.1, k.toString());
    assertFalse(b.has("overrides"));
    assertEquals(1.0, k.at("/episode_tables/episode.judge/missed_purpose").asDouble());
    assertEquals(0.0, k.at("/episode_tables/episode.rewards/phase_bonus").asDouble());
    assertEquals("episode.judge.missed_purpose=1.0", k.get("overrides").get(0).asText());
  }

  @Test
  void typeAndDifficultyOverridesActAndAreRecorded() throws Exception {
    Path cut = dir.resolve("cut");
    Result r = run("episodes", "--type", "triage", "--policy", "probe_all", "--count", "100",
        "--seed", "7", "--out", cut.toString(), "--set", "episode.types.triage.step_limit=2",
        "--set", "episode.difficulty.attempts=4");
    assertEquals(0, r.code(), r.err());
    JsonNode k = Json.mapper().readTree(cut.resolve("summary.json").toFile());
    // probe_all probes both facts first: two actions cut every triage episode off now
    assertEquals(100, k.at("/types/triage/truncated").asInt(), k.toString());
    assertEquals(2.0, k.at("/episode_tables/episode.types/triage.step_limit").asDouble());
    assertEquals(2.5, k.at("/episode_tables/episode.types/research.time_cost").asDouble());
    assertEquals(4.0, k.at("/episode_tables/episode.difficulty/attempts").asDouble());
    Result bad = run("episodes", "--type", "triage", "--count", "10", "--out",
        dir.resolve("bad").toString(), "--set", "episode.types.triage.step_limit=2.5");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--set: episode.types.triage.step_limit: 2.5 is not a whole"
        + " number (allowed: whole numbers in [2, 100])"), bad.err());
  }

  @Test
  void anAatConfigsEpisodeSectionSetsTheTablesAndSetAppliesOnTop() throws Exception {
    Path config = dir.resolve("aat.yaml");
    Files.writeString(config, "experiment: {name: x}\nepisode:\n  types:\n"
        + "    triage: {step_limit: 2}\n    research.time_cost: 4\n");
    Path cut = dir.resolve("cfg");
    Result r = run("episodes", "--type", "triage", "--policy", "probe_all", "--count", "100",
        "--seed", "7", "--out", cut.toString(), "--config", config.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode k = Json.mapper().readTree(cut.resolve("summary.json").toFile());
    assertEquals(100, k.at("/types/triage/truncated").asInt(), k.toString());
    assertEquals(config.toString(), k.get("config").asText());
    assertFalse(k.has("overrides"));
    assertEquals(4.0, k.at("/episode_tables/episode.types/research.time_cost").asDouble());
    // --set wins over the file, key by key
    Path both = dir.resolve("both");
    r = run("episodes", "--type", "triage", "--policy", "probe_all", "--count", "100",
        "--seed", "7", "--out", both.toString(), "--config", config.toString(), "--set",
        "episode.types.triage.step_limit=10");
    assertEquals(0, r.code(), r.err());
    k = Json.mapper().readTree(both.resolve("summary.json").toFile());
    assertEquals(0, k.at("/types/triage/truncated").asInt(), k.toString());
    assertEquals(10.0, k.at("/episode_tables/episode.types/triage.step_limit").asDouble());
    assertEquals(4.0, k.at("/episode_tables/episode.types/research.time_cost").asDouble());
    // a bad table in the file is its FILE:LINE error, and nothing is written
    Files.writeString(config, "episode:\n  types:\n    triage.step_limit: 1\n");
    Path bad = dir.resolve("badcfg");
    r = run("episodes", "--type", "triage", "--count", "10", "--out", bad.toString(),
        "--config", config.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(config + ":3:"), r.err());
    assertTrue(r.err().contains("episode.types.triage.step_limit"), r.err());
    assertFalse(Files.exists(bad));
  }

  @Test
  void badEpisodeTableOverridesAreOneClearErrorAndWriteNothing() {
    Path out = dir.resolve("bad");
    for (String[] c : new String[][] {
        {"foo=1", "'foo=1' is not an episode table override (allowed: episode.TABLE.KEY=VALUE,"
            + " TABLE one of rewards, judge, outcome, cues, situations, types, difficulty)"},
        {"episode.bogus.x=1", "'bogus.x' names no key of an episode table"},
        {"episode.judge.missed_purpose=abc", "'abc' is not a number"},
        {"episode.judge.nope=1", "episode.judge: unknown key 'nope'"},
        {"episode.judge.missed_purpose=7",
            "episode.judge.missed_purpose: 7 is out of range (allowed: [0, 1])"}}) {
      Result r = run("episodes", "--type", "triage", "--count", "10", "--out", out.toString(),
          "--set", c[0]);
      assertEquals(2, r.code(), c[0]);
      assertTrue(r.err().contains("--set: " + c[1]), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertFalse(Files.exists(out), c[0]);
    }
  }

  @Test
  void scoresAreNormalisedBetweenRandomAndTheOracleOnTheSameSeeds() throws Exception {
    Path out = dir.resolve("oracle");
    Result r = run("episodes", "--type", "triage", "--policy", "oracle", "--count", "60",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode t = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("types")
        .get("triage");
    assertEquals(1.0, t.get("normalised_return").asDouble(), 1e-3);
    assertEquals(t.get("oracle_return").asDouble(), t.get("mean_return").asDouble(), 1e-4);
    Path rnd = dir.resolve("random");
    assertEquals(0, run("episodes", "--type", "triage", "--policy", "random", "--count", "60",
        "--out", rnd.toString()).code());
    JsonNode u = Json.mapper().readTree(rnd.resolve("summary.json").toFile()).get("types")
        .get("triage");
    assertEquals(0.0, u.get("normalised_return").asDouble(), 1e-3);
  }

  @Test
  void benchLearnRefusesAnUnknownTypeInOneLine() {
    Result r = run("bench", "learn", "--type", "triage,juggling", "--steps", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--type") && r.err().contains("juggling"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    r = run("bench", "learn", "--type", "triage", "--seeds", "0");
    assertEquals(2, r.code());
  }

  @Test
  void resultsDoNotDependOnThreads() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, run("episodes", "--type", "triage", "--policy", "random", "--count", "40",
        "--out", a.toString(), "--threads", "1").code());
    assertEquals(0, run("episodes", "--type", "triage", "--policy", "random", "--count", "40",
        "--out", b.toString(), "--threads", "2").code());
    JsonNode x = Json.mapper().readTree(a.resolve("summary.json").toFile()).get("types");
    JsonNode y = Json.mapper().readTree(b.resolve("summary.json").toFile()).get("types");
    assertEquals(x, y);
  }

  @Test
  void badOptionsAreOneLineInputErrorsAndLeaveNoOutput() {
    Path out = dir.resolve("bad");
    Result r = run("episodes", "--type", "juggling", "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("sprintgym: --type: 'juggling' is not an episode type"),
        r.err());
    assertTrue(r.err().contains("stage4"), r.err());
    assertEquals(1, r.err().lines().count());
    r = run("episodes", "--policy", "lucky", "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--policy") && r.err().contains("expert"), r.err());
    r = run("episodes", "--count", "0", "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--count"), r.err());
    r = run("episodes", "--threads", "0", "--out", out.toString());
    assertEquals(2, r.code());
    assertFalse(Files.exists(out));
  }
}

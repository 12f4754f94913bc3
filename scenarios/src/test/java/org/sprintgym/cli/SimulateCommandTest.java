package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {
  private static final String CHAOS = "../backlogs/aat/aat-04-chaos-backlog.yaml";
  private static final String DEMO = "../backlogs/aat/aat-05-quick-demo-backlog.yaml";

  @TempDir Path dir;

  private Cli.Result simulate(String backlog, long seed, Path out, String... extra) {
    var args = new java.util.ArrayList<>(List.of("simulate", "--backlog", backlog, "--sprints", "10",
        "--seed", Long.toString(seed), "--out", out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void writesSprintsSummaryAndProvenance() throws IOException {
    Path out = dir.resolve("run");
    Cli.Result r = simulate(CHAOS, 3, out, "--config", "../backlogs/aat/aat-default-config.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("sprints.jsonl"));
    assertThat(lines).isNotEmpty();
    var json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    for (String field : List.of("sprint", "team", "days", "committed_points", "velocity",
        "stories_accepted", "qa_rejections", "po_rejections", "cycle_time_days_avg", "wip_avg",
        "defects_escaped", "disturbances", "departures", "backfills")) {
      assertThat(first.has(field)).as("field %s in %s", field, lines.get(0)).isTrue();
    }
    assertThat(first.get("sprint").asInt()).isEqualTo(1);
    assertThat(first.get("days").asInt()).isEqualTo(5);
    JsonNode run = json.readTree(out.resolve("run.json").toFile());
    assertThat(run.get("seed").asLong()).isEqualTo(3);
    assertThat(run.get("backlog").get("sha256").asText()).hasSize(64);
    assertThat(run.get("resolved_config").get("wip_limits").get("in_progress").asInt()).isEqualTo(4);
    assertThat(run.get("versions").has("git_revision")).isTrue();
    assertThat(run.get("ignored_keys").toString()).contains("runtimes");
    assertThat(r.out()).contains("ignored (not modelled): ");
    JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("sprints_run").asInt()).isEqualTo(lines.size());
  }

  @Test
  void sameSeedIsByteIdenticalAndAnotherSeedDiffers() throws IOException {
    simulate(CHAOS, 11, dir.resolve("a"));
    simulate(CHAOS, 11, dir.resolve("b"));
    simulate(CHAOS, 12, dir.resolve("c"));
    byte[] a = Files.readAllBytes(dir.resolve("a/sprints.jsonl"));
    assertThat(Files.readAllBytes(dir.resolve("b/sprints.jsonl"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c/sprints.jsonl"))).isNotEqualTo(a);
  }

  @Test
  void aBacklogThatRunsOutStopsEarlyAndSaysSo() throws IOException {
    Path out = dir.resolve("demo");
    Cli.Result r = simulate(DEMO, 1, out);
    assertThat(r.code()).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("backlog_exhausted").asBoolean()).isTrue();
    assertThat(summary.get("stopped_early").asBoolean()).isTrue();
    assertThat(summary.get("sprints_run").asInt()).isLessThan(10);
    assertThat(r.out()).contains("backlog exhausted after sprint");
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path out = dir.resolve("run");
    assertThat(simulate(DEMO, 1, out).code()).isZero();
    Cli.Result again = simulate(DEMO, 2, out);
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("--out").contains("already exists").contains("--force");
    assertThat(simulate(DEMO, 2, out, "--force").code()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "invalid YAML|stories: [ {id: US-1, title: x|bad.yaml:|YAML",
      "story without id|stories:\\n  - title: No id\\n    story_points: 3\\n|bad.yaml:2|stories[0].id",
      "story_points 4|stories:\\n  - id: US-1\\n    title: Four\\n    story_points: 4\\n|bad.yaml:4|1, 2, 3, 5, 8",
      "unknown story key|stories:\\n  - id: US-1\\n    title: X\\n    story_points: 3\\n    colour: red\\n|bad.yaml:5|colour",
  })
  void badBacklogsFailWithOneLineNamingFileAndField(String name, String yaml, String where,
      String what) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, yaml.replace("\\n", "\n"));
    Path out = dir.resolve("out");
    Cli.Result r = simulate(bad.toString(), 1, out);
    assertThat(r.code()).as(name).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as("one clean line: %s", r.err()).isTrue();
    assertThat(r.err()).contains(where).contains(what);
    assertThat(out).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
    }
  }

  @Test
  void missingFileFailsWithOneLine() {
    Path out = dir.resolve("out");
    Cli.Result r = simulate(dir.resolve("nope.yaml").toString(), 1, out);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).contains("nope.yaml").contains("--backlog").contains("file not found");
    assertThat(out).doesNotExist();
  }

  @Test
  void zeroSprintsFailsWithOneLine() {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("simulate", "--backlog", DEMO, "--sprints", "0", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).isEqualTo("sprintgym: --sprints: 0 is out of range (allowed: an integer from 1 to 10000)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void badConfigValueNamesTheKey() throws IOException {
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(cfg, "team:\n  wip_limits:\n    in_progress: 0\n");
    Cli.Result r = simulate(DEMO, 1, dir.resolve("out"), "--config", cfg.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).contains("cfg.yaml:3").contains("team.wip_limits.in_progress");
  }
}

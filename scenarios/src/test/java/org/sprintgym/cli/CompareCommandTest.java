package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String CHAOS = "../backlogs/aat/aat-04-chaos-backlog.yaml";
  private static final String AAT_CONFIG = "../backlogs/aat/aat-default-config.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Cli.Result compare(Path out, String... extra) {
    var args = new ArrayList<>(List.of("compare", "--backlog", CHAOS, "--sprints", "6",
        "--replications", "4", "--seed", "5", "--out", out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void identicalConfigsDifferByExactlyZeroInEveryMetric() throws IOException {
    Path out = dir.resolve("same");
    Cli.Result r = compare(out, "--base", AAT_CONFIG, "--variant", AAT_CONFIG);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode metrics = JSON.readTree(out.resolve("compare.json").toFile()).get("metrics");
    assertThat(metrics.size()).isGreaterThan(20);
    for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
      JsonNode c = m.getValue();
      assertThat(c.get("n").asInt()).as(m.getKey()).isPositive();
      assertThat(c.get("diff_mean").asDouble()).as(m.getKey()).isZero();
      assertThat(c.get("ci95_low").asDouble()).as(m.getKey()).isZero();
      assertThat(c.get("ci95_high").asDouble()).as(m.getKey()).isZero();
      assertThat(c.get("base_mean")).as(m.getKey()).isEqualTo(c.get("variant_mean"));
    }
    assertThat(Files.readAllBytes(out.resolve("stories-base.jsonl")))
        .isEqualTo(Files.readAllBytes(out.resolve("stories-variant.jsonl")));
    assertThat(r.out()).contains("wall time");
  }

  @Test
  void anInterventionShowsUpAsAPairedDifferenceWithItsInterval() throws IOException {
    Path out = dir.resolve("solo");
    Cli.Result r = compare(out, "--intervention", "pairing=off@2");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(out.resolve("compare.json").toFile());
    assertThat(doc.get("variant").get("interventions").get(0).asText()).isEqualTo("pairing=off@2");
    assertThat(doc.get("base").get("interventions").size()).isZero();
    JsonNode hours = doc.get("metrics").get("person_hours");
    assertThat(hours.get("diff_mean").asDouble()).isNegative();
    assertThat(hours.get("ci95_low").asDouble()).isLessThan(hours.get("diff_mean").asDouble());
    assertThat(hours.get("ci95_high").asDouble()).isGreaterThan(hours.get("diff_mean").asDouble());
    assertThat(hours.get("ratio").asDouble()).isLessThan(1.0);
    String md = Files.readString(out.resolve("compare.md"));
    assertThat(md).contains("`pairing=off@2`").contains("| person_hours |").contains("95% CI");
    List<String> stories = Files.readAllLines(out.resolve("stories-variant.jsonl"));
    assertThat(stories).isNotEmpty();
    JsonNode story = JSON.readTree(stories.get(0));
    for (String f : List.of("seed", "story_id", "estimate_hours", "actual_hours", "person_hours",
        "rework_hours", "sprint_accepted")) {
      assertThat(story.has(f)).as(f).isTrue();
    }
    JsonNode sprint = JSON.readTree(Files.readAllLines(out.resolve("sprints-variant.jsonl")).get(1));
    assertThat(sprint.get("interventions").get(0).asText()).isEqualTo("pairing=off@2");
    assertThat(sprint.get("member_capacity_used").size()).isEqualTo(11);
  }

  private void assertBadInput(Cli.Result r, Path out, String... parts) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as("one clean line: %s", r.err()).isTrue();
    assertThat(r.err()).contains(parts);
    assertThat(out).doesNotExist();
  }

  @Test
  void badInterventionsGetOneLineNamingTheKey() throws IOException {
    Path out = dir.resolve("bad");
    assertBadInput(compare(out, "--intervention", "pairing=off@9"), out,
        "--intervention", "'pairing=off@9': sprint 9 is beyond the run (--sprints 6)");
    assertBadInput(compare(out, "--intervention", "add=wizard:mid:backend@2"), out,
        "--intervention", "unknown role 'wizard'");
    assertBadInput(compare(out, "--intervention", "split=priya_senior_devops:team-1=0.8:x=0.4"), out,
        "--intervention", "split_member.shares must sum to at most 1");
    assertBadInput(compare(out, "--intervention", "remove=nobody@2"), out,
        "--intervention", "remove_member.id: unknown member 'nobody'");
    assertBadInput(compare(out, "--intervention", "split=priya_senior_devops:a=0.5:b=0.5"), out,
        "--intervention", "split_member.shares names none of the simulated teams");
    Path variant = dir.resolve("variant.yaml");
    Files.writeString(variant, "interventions:\n  - {sprint: 7, pairing: off}\n");
    assertBadInput(compare(out, "--variant", variant.toString()), out,
        "variant.yaml:2:", "interventions[0].sprint: sprint 7 is beyond the run (--sprints 6)");
    Files.writeString(variant, "interventions:\n  - split_member:\n      id: priya_senior_devops\n"
        + "      shares: {team-1: 0.9, other: 0.3}\n");
    assertBadInput(compare(out, "--variant", variant.toString()), out,
        "variant.yaml:4:", "interventions[0].split_member.shares: shares sum to 1.2");
  }

  @Test
  void simulateTakesInterventionsToo() throws IOException {
    Path out = dir.resolve("sim");
    Cli.Result r = Cli.run("simulate", "--backlog", CHAOS, "--sprints", "4", "--seed", "2", "--out",
        out.toString(), "--intervention", "capacity=0.5@3");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("sprints.jsonl"));
    assertThat(JSON.readTree(lines.get(2)).get("interventions").get(0).asText()).isEqualTo("capacity=0.5@3");
    assertThat(JSON.readTree(lines.get(1)).get("interventions").size()).isZero();
    Path bad = dir.resolve("bad");
    Cli.Result e = Cli.run("simulate", "--backlog", CHAOS, "--sprints", "4", "--out", bad.toString(),
        "--intervention", "capacity=0.5@5");
    assertBadInput(e, bad, "--intervention", "beyond the run (--sprints 4)");
  }
}

package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.Json;

class RunReportTest {

  private static long count(String html, String regex) {
    return Pattern.compile(regex).matcher(html).results().count();
  }

  @Test
  void holmMatchesAHandComputedCase() {
    // sorted 0.01, 0.02, 0.03, 0.5 (m = 4): 0.04, max(0.04, 0.06), max(0.06, 0.06), max(.., 0.5)
    double[] adj = PairedTTest.holm(new double[] {0.03, 0.5, Double.NaN, 0.01, 0.02});
    assertArrayEquals(new double[] {0.06, 0.5, Double.NaN, 0.04, 0.06}, adj, 1e-12);
    assertArrayEquals(new double[] {1.0, 1.0}, PairedTTest.holm(new double[] {0.6, 0.9}), 1e-12);
  }

  @Test
  void pValueOfAKnownPairedSample() {
    // differences 1, 2, 3: mean 2, sd 1, t = 2 / (1 / sqrt 3) = 3.4641, df 2: p = 0.07418
    PairedTTest t = PairedTTest.of(new double[] {0, 0, 0}, new double[] {1, 2, 3});
    assertEquals(0.07418, t.pValue(), 1e-5);
  }

  @Test
  void csvHasAHeaderOfEveryColumnAndEmptyCellsForNoValue() {
    var a = new LinkedHashMap<String, Object>();
    a.put("metric", "velocity");
    a.put("mean", 10.5);
    var b = new LinkedHashMap<String, Object>();
    b.put("metric", "cycle, days");
    b.put("mean", null);
    b.put("n", 3);
    assertEquals("metric,mean,n\nvelocity,10.5,\n\"cycle, days\",,3\n",
        CsvTables.text(List.of(a, b)));
  }

  @Test
  void compareWritesReportCsvAndHolmFields(@TempDir Path dir) throws Exception {
    var err = new StringWriter();
    Path out = dir.resolve("cmp");
    assertEquals(0, SprintGymCli.execute(new String[] {"compare", "--backlog",
        "../backlogs/crud-api.yaml", "--intervention", "pairing=off", "--replications", "4",
        "--sprints", "3", "--out", out.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err)), err.toString());
    String html = Files.readString(out.resolve("report.html"));
    // velocity, cycle time and WIP for both arms, then the forest plot
    assertEquals(4, count(html, "<svg"));
    assertEquals(6, count(html, "class='series'"));
    assertTrue(html.contains("Holm") && !html.contains("<script") && !html.contains("http://cdn"));
    JsonNode doc = Json.mapper().readTree(out.resolve("compare.json").toFile());
    assertTrue(doc.get("multiple_comparisons").asText().contains("Holm"));
    JsonNode v = doc.get("metrics").get("velocity");
    assertTrue(v.has("p_value") && v.has("p_holm") && v.has("ci95_low"));
    assertTrue(v.get("p_holm").asDouble() >= v.get("p_value").asDouble());
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertTrue(csv.get(0).startsWith("metric,n,base_mean"), csv.get(0));
    assertEquals(doc.get("metrics").size() + 1, csv.size());
    List<String> sprints = Files.readAllLines(out.resolve("sprints-base.csv"));
    assertEquals(4 * 3 + 1, sprints.size());
    assertTrue(sprints.get(0).startsWith("seed,sprint,"), sprints.get(0));
  }

  @Test
  void simulateWritesReportAndCsvs(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sim");
    assertEquals(0, SprintGymCli.execute(new String[] {"simulate", "--backlog",
        "../backlogs/crud-api.yaml", "--sprints", "4", "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    String html = Files.readString(out.resolve("report.html"));
    assertEquals(3, count(html, "<svg"));
    assertEquals(5, Files.readAllLines(out.resolve("sprints.csv")).size());
    Map<?, ?> summary = Json.mapper().readValue(out.resolve("summary.json").toFile(), Map.class);
    assertEquals(((Map<?, ?>) summary.get("per_sprint")).size() + 1,
        Files.readAllLines(out.resolve("results.csv")).size());
    // one replication: no band promised, one seed named
    assertTrue(html.contains("one replication gives no band"), html);
    assertTrue(html.contains("Simulation, seed 1<") || html.contains("Simulation, seed 1 "), html);
    assertTrue(!html.contains("bands their 95% t intervals") && !html.contains("seeds 1..1"));
  }
}

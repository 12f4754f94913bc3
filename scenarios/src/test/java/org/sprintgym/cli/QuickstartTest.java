package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.Json;

class QuickstartTest {

  @Test
  void theQuickstartBacklogLastsAllItsSprints(@TempDir Path dir) throws Exception {
    var out = new StringWriter();
    var err = new StringWriter();
    assertEquals(0, SprintGymCli.execute(new String[] {"run", "../scenarios/quickstart.yaml",
        "--out", dir.resolve("q").toString()}, new PrintWriter(out), new PrintWriter(err)),
        err.toString());
    Map<?, ?> summary = Json.mapper().readValue(dir.resolve("q/summary.json").toFile(), Map.class);
    assertEquals(10, summary.get("sprints_run"));
    assertEquals(false, summary.get("backlog_exhausted"));
    assertTrue(out.toString().contains("JVM warm-up included"), out.toString());
  }

  @Test
  void theQuickstartBacklogIsPlainAatFormat() {
    var loaded = org.sprintgym.sim.backlog.AatBacklogReader.load(
        Path.of("../backlogs/quickstart/vetdesk.yaml"), 1);
    assertEquals(40, loaded.backlog().stories().size());
    assertEquals(java.util.List.of(), loaded.ignoredKeys());
  }
}

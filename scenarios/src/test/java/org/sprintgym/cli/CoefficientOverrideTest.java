package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.Json;

/** A coefficient set with --set acts on the simulation and is recorded in run.json. */
class CoefficientOverrideTest {
  private static final String QUICKSTART = "../scenarios/quickstart.yaml";

  private static Map<?, ?> read(Path file) throws Exception {
    return Json.mapper().readValue(file.toFile(), Map.class);
  }

  @Test
  void riskBiasChangesTheOutcomeAndIsRecorded(@TempDir Path dir) throws Exception {
    Cli.Result base = Cli.run("run", QUICKSTART, "--out", dir.resolve("base").toString());
    assertEquals(0, base.code(), base.err());
    Cli.Result risky = Cli.run("run", QUICKSTART, "--out", dir.resolve("risky").toString(),
        "--set", "sim.coefficients.work.risk_bias=2");
    assertEquals(0, risky.code(), risky.err());

    Object basePoints = read(dir.resolve("base/summary.json")).get("points_accepted");
    Object riskyPoints = read(dir.resolve("risky/summary.json")).get("points_accepted");
    assertTrue(((Number) riskyPoints).intValue() < ((Number) basePoints).intValue(),
        "risk_bias 2 should cost points: " + basePoints + " vs " + riskyPoints);

    Map<?, ?> tables = (Map<?, ?>) read(dir.resolve("risky/run.json")).get("coefficient_tables");
    assertEquals(2.0, ((Number) ((Map<?, ?>) tables.get("sim.coefficients.work"))
        .get("risk_bias")).doubleValue());
    assertTrue(tables.containsKey("sim.coefficients.development"), tables.keySet().toString());
    assertTrue(tables.containsKey("sim.coefficients.knowledge"), tables.keySet().toString());
    assertTrue(tables.containsKey("episode.rewards"), tables.keySet().toString());
    for (String t : List.of("episode.judge", "episode.outcome", "episode.cues",
        "episode.situations", "episode.types", "episode.difficulty")) {
      assertTrue(tables.containsKey(t), tables.keySet().toString());
    }
    Map<?, ?> baseTables = (Map<?, ?>) read(dir.resolve("base/run.json")).get("coefficient_tables");
    assertEquals(0.25, ((Number) ((Map<?, ?>) baseTables.get("sim.coefficients.work"))
        .get("risk_bias")).doubleValue());
    assertNotEquals(baseTables, tables);
  }

  @Test
  void aTableInTheScenarioFileActsLikeTheSet(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("risky.yaml");
    Files.writeString(scenario, "extends: " + Path.of(QUICKSTART).toAbsolutePath().normalize()
        + "\nsim:\n  coefficients:\n    work: {risk_bias: 2}\n");
    Cli.Result file = Cli.run("run", scenario.toString(), "--out", dir.resolve("f").toString());
    assertEquals(0, file.code(), file.err());
    Cli.Result set = Cli.run("run", QUICKSTART, "--out", dir.resolve("s").toString(),
        "--set", "sim.coefficients.work.risk_bias=2");
    assertEquals(0, set.code(), set.err());
    assertEquals(read(dir.resolve("s/summary.json")).get("points_accepted"),
        read(dir.resolve("f/summary.json")).get("points_accepted"));
  }

  @Test
  void anUnknownKeyNamesTheSetTheKeyAndTheKnownKeys(@TempDir Path dir) {
    Cli.Result r = Cli.run("run", QUICKSTART, "--out", dir.resolve("x").toString(),
        "--set", "sim.coefficients.work.risk_biass=2");
    assertEquals(2, r.code());
    assertTrue(r.oneCleanErrorLine(), r.err());
    assertTrue(r.err().contains("--set sim.coefficients.work.risk_biass=2:1:1: "), r.err());
    assertTrue(r.err().contains("unknown key 'risk_biass'"), r.err());
    assertTrue(r.err().contains("hours_per_point") && r.err().contains("risk_bias,"), r.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void aValueOutOfRangeNamesTheKeyAndTheRange(@TempDir Path dir) {
    Cli.Result r = Cli.run("run", QUICKSTART, "--out", dir.resolve("x").toString(),
        "--set", "sim.coefficients.work.risk_bias=3");
    assertEquals(2, r.code());
    assertTrue(r.oneCleanErrorLine(), r.err());
    assertTrue(r.err().contains("sim.coefficients.work.risk_bias: 3.0 is out of range"), r.err());
    assertTrue(r.err().contains("(allowed: 0.0..2.0)"), r.err());
  }
}

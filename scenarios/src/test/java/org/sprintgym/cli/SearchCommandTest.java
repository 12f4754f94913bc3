package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.evaluation.search.Search;
import org.sprintgym.sweep.SearchLoader;

/** The search section of a sweep file: strict validation, and the example as shipped. */
class SearchCommandTest {
  @TempDir Path tmp;

  String file(String search) throws Exception {
    Path f = tmp.resolve("search.yaml");
    Files.writeString(f, "name: s\nscenario: " + Path.of("tiny-curriculum.yaml").toAbsolutePath()
        + "\nsearch:\n" + search);
    return f.toString();
  }

  static final String OK = """
        method: successive_halving
        trials: 9
        budget: 4
        metric: elicitation
        parameters:
          curriculum.ppo.learning_rate: {log_uniform: [0.0001, 0.01]}
          curriculum.lora.rank: {choice: [4, 8]}
      """;

  @Test
  void theExampleLoadsWithNineConfigurationsDrawnTheSameEveryTime() {
    Search a = SearchLoader.load(Path.of("sweeps/ppo-search.yaml"));
    Search b = SearchLoader.load(Path.of("sweeps/ppo-search.yaml"));
    assertThat(a.trials()).hasSize(9).isEqualTo(b.trials());
    assertThat(a.method()).isEqualTo(Search.Method.SUCCESSIVE_HALVING);
    assertThat(a.trials().stream().map(t -> t.get("curriculum.ppo.learning_rate")).distinct())
        .hasSize(9);
    for (var t : a.trials()) {
      double lr = Double.parseDouble(t.get("curriculum.ppo.learning_rate"));
      assertThat(lr).isBetween(0.0003, 0.01);
      assertThat(t.get("curriculum.lora.rank")).isIn("4", "8", "16");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "  method: grid_search|method|random, successive_halving",
      "  metric: velocity|metric|graduated_stages, training_return, decomposition, elicitation, self_correction",
      "  eta: 1|eta|",
      "  trials: 0|trials|",
      "  budget: 0|budget|",
      "  goal: up|goal|max, min",
      "  sheds: 3|sheds|method, trials, seed, budget, eta, metric, goal, parameters"})
  void aBadSettingIsOneLineNamingTheKey(String line, String key, String allowed) throws Exception {
    String body = OK.lines().filter(l -> !l.trim().startsWith(line.trim().split(":")[0] + ":"))
        .reduce("", (x, y) -> x + y + "\n") + "  " + line.trim() + "\n";
    String f = file(body);
    Path out = tmp.resolve("never");
    Cli.Result r = Cli.run("sweep", f, "--out", out.toString());
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).startsWith("sprintgym: " + f + ":").contains(key);
    if (allowed != null) {
      assertThat(r.err()).contains("(allowed: " + allowed);
    }
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aValueTheScenarioRefusesIsReportedInTheSearchFile() throws Exception {
    String f = file(OK.replace("{choice: [4, 8]}", "{choice: [0]}"));
    InputError e = assertThrows(InputError.class, () -> SearchLoader.load(Path.of(f)));
    assertThat(e.file()).isEqualTo(f);
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.getMessage()).contains("curriculum.lora.rank");
  }

  @Test
  void onlyTrainingSettingsOfACurriculumCanBeSearched() throws Exception {
    String f = file(OK.replace("curriculum.lora.rank", "curriculum.stages"));
    Cli.Result r = Cli.run("sweep", f);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("curriculum.stages").contains("the budget");

    Path sim = tmp.resolve("sim-search.yaml");
    Files.writeString(sim, "scenario: " + Path.of("quickstart.yaml").toAbsolutePath()
        + "\nsearch:\n" + OK);
    Cli.Result kind = Cli.run("sweep", sim.toString());
    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains(sim + ":1:").contains("kind curriculum");
  }

  @Test
  void randomSearchHasNoEtaAndSearchesRunHere() throws Exception {
    String f = file(OK.replace("successive_halving", "random") + "  eta: 3\n");
    assertThat(Cli.run("sweep", f).err()).contains("eta only applies to successive_halving");
    String ok = file(OK);
    Cli.Result grid = Cli.run("sweep", "sweeps/wip-x-commitment.yaml", "--tensorboard",
        tmp.resolve("tb").toString(), "--out", tmp.resolve("g").toString());
    assertThat(grid.code()).isEqualTo(2);
    assertThat(grid.err()).contains("--tensorboard", "search");
    assertThat(Files.exists(tmp.resolve("g"))).isFalse();
    Cli.Result spark = Cli.run("sweep", ok, "--spark", "local[2]", "--out", tmp.resolve("n").toString());
    assertThat(spark.code()).isEqualTo(2);
    assertThat(spark.err()).startsWith("sprintgym: --spark: ");
    assertThat(Files.exists(tmp.resolve("n"))).isFalse();
  }

  @Test
  void aTinyRandomSearchTrainsReportsTheBestAndResumes() throws Exception {
    String f = file("""
          method: random
          trials: 2
          seed: 3
          budget: 8
          metric: training_return
          parameters:
            curriculum.ppo.learning_rate: {log_uniform: [0.0003, 0.01]}
        """);
    Path out = tmp.resolve("search");
    Path tb = tmp.resolve("tb");
    Cli.Result r = Cli.run("sweep", f, "--out", out.toString(), "--tensorboard", tb.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // every training: progress.csv in its folder, TensorBoard events in its own
    for (String t : List.of("trial-000-b8", "trial-001-b8")) {
      assertThat(org.sprintgym.policy.log.ProgressCsv.read(out.resolve("trials/" + t
          + "/progress.csv"))).isNotEmpty();
      try (var events = Files.list(tb.resolve(t))) {
        assertThat(events.count()).isEqualTo(1);
      }
    }
    assertThat(r.out()).contains("rung 0: 2 trials at 8 episodes per stage").contains("best: trial-00")
        .contains("2 trainings run, 0 already done");
    List<String> rungs = Files.readAllLines(out.resolve("rungs.csv"));
    assertThat(rungs).hasSize(3);
    assertThat(rungs.get(1).split(",")[4]).isNotEmpty(); // a measured training return
    assertThat(Files.readString(out.resolve("best.json"))).contains("\"metric\" : \"training_return\"")
        .contains("curriculum.ppo.learning_rate=");
    assertThat(out.resolve("trials/trial-000-b8/report.json")).exists();

    Cli.Result again = Cli.run("sweep", f, "--out", out.toString());
    assertThat(again.out()).contains("0 trainings run, 2 already done");
    assertThat(Files.readAllLines(out.resolve("rungs.csv"))).isEqualTo(rungs);
  }

  @Test
  void aTrialsRunJsonRecordsTheCoefficientTablesItsWorldsAreSimulatedWith() throws Exception {
    Path scenario = tmp.resolve("reworked.yaml");
    Files.writeString(scenario, "extends: " + Path.of("tiny-curriculum.yaml").toAbsolutePath()
        + "\nsim: {coefficients: {quality: {rework_shape: 3.0}}}\n");
    Path f = tmp.resolve("reworked-search.yaml");
    Files.writeString(f, "name: s\nscenario: " + scenario + "\nsearch:\n" + """
          method: random
          trials: 1
          seed: 3
          budget: 4
          metric: training_return
          parameters:
            curriculum.ppo.learning_rate: {log_uniform: [0.0003, 0.01]}
        """);
    Path out = tmp.resolve("search");
    Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    var run = org.sprintgym.sim.io.Json.mapper().readTree(
        out.resolve("trials/trial-000-b4/run.json").toFile());
    var tables = run.get("coefficient_tables");
    assertThat(tables).as(run.toString()).isNotNull();
    assertThat(tables.get("sim.coefficients.quality").get("rework_shape").asDouble())
        .isEqualTo(3.0);
    assertThat(tables.get("sim.coefficients.work").get("risk_bias").asDouble())
        .isEqualTo(org.sprintgym.sim.config.SimConfig.defaults().coefficients().riskBias());
    assertThat(tables.has("episode.rewards")).isTrue();
  }
}

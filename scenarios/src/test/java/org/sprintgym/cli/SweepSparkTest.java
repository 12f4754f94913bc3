package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spark executor (embedded, local[2]) against the local one on a 2 x 3 x 3-seed sweep. */
class SweepSparkTest {
  @TempDir Path tmp;
  Path sweep;

  @BeforeEach
  void tinySweep() throws Exception {
    Path scenario = tmp.resolve("tiny.yaml");
    Files.writeString(scenario, "extends: " + Path.of("headless-simulation.yaml").toAbsolutePath()
        + "\nname: tiny\nsimulation: {sprints: 2}\n");
    sweep = tmp.resolve("tiny-sweep.yaml");
    Files.writeString(sweep, """
        name: tiny-sweep
        scenario: tiny.yaml
        seeds: 3
        grid:
          team.wip_limits.in_progress: [2, 4, 8]
          team.commitment_factor: [0.5, 0.7, 0.9]
        """);
  }

  @Test
  void sparkWritesTheSameResultsAsTheLocalExecutorAndResumes() throws Exception {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    Cli.Result l = Cli.run("sweep", sweep.toString(), "--out", local.toString(), "--threads", "2");
    assertThat(l.code()).as(l.err()).isZero();
    Cli.Result s = Cli.run("sweep", sweep.toString(), "--out", spark.toString(), "--spark", "local[2]");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("spark: master local[2], parallelism 2")
        .contains("9 cells x 3 seeds; 9 run, 0 already done");
    byte[] csv = Files.readAllBytes(local.resolve("results.csv"));
    assertThat(Files.readAllBytes(spark.resolve("results.csv"))).isEqualTo(csv);
    assertThat(Files.readAllLines(spark.resolve("results.csv"))).hasSize(1 + 9 * 3);
    assertThat(Files.readString(spark.resolve("summary.json")))
        .isEqualTo(Files.readString(local.resolve("summary.json")));

    // re-running skips every finished cell, with either executor, into either folder; with
    // nothing left to run Spark is not even started
    assertThat(Cli.run("sweep", sweep.toString(), "--out", spark.toString(), "--spark", "local[2]")
        .out()).contains("0 run, 9 already done (skipped)").doesNotContain("spark: master");
    assertThat(Cli.run("sweep", sweep.toString(), "--out", local.toString(), "--spark", "local[2]")
        .out()).contains("0 run, 9 already done (skipped)");
    assertThat(Cli.run("sweep", sweep.toString(), "--out", spark.toString()).out())
        .contains("0 run, 9 already done (skipped)");

    // a cell lost to a kill is the only one Spark runs again, to the same numbers
    Files.delete(spark.resolve("cells/cell-0005.json"));
    Cli.Result resumed = Cli.run("sweep", sweep.toString(), "--out", spark.toString(),
        "--spark", "local[1]");
    assertThat(resumed.out()).contains("spark: master local[1], parallelism 1")
        .contains("1 run, 8 already done");
    assertThat(Files.readAllBytes(spark.resolve("results.csv"))).isEqualTo(csv);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "local[0]", "local[x]", "local[2", "local[2,0]", "spark://",
      "spark://host", "spark://host:0", "spark://host:70000", "mesos://host:5050", "local[2] ",
      "yarn-client"})
  void aBadMasterIsOneLineAndWritesNothing(String master) {
    Path out = tmp.resolve("never");
    Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--spark", master);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).contains("--spark").contains("allowed: local, local[N]");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void threadsBelongToTheLocalExecutor() {
    Path out = tmp.resolve("never");
    Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--spark",
        "local[2]", "--threads", "2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).contains("--threads");
    assertThat(Files.exists(out)).isFalse();
  }
}

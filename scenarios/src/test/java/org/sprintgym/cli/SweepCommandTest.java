package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  static final String GRID = "sweeps/wip-x-commitment.yaml";

  @TempDir Path tmp;

  @Test
  void gridSweepWritesOneRowPerCellAndSeedAndReRunSkipsEverything() throws Exception {
    Path out = tmp.resolve("grid");
    Cli.Result first = Cli.run("sweep", GRID, "--out", out.toString(), "--threads", "2");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("9 cells x 3 seeds; 9 run, 0 already done");
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertThat(csv).hasSize(1 + 9 * 3);
    assertThat(csv.get(0)).startsWith(
        "cell,team.wip_limits.in_progress,team.commitment_factor,seed,sprints_run,points_accepted");
    assertThat(csv.get(1)).startsWith("cell-0000,2,0.5,1,");
    // common random numbers: every cell runs seeds 1, 2, 3
    assertThat(csv.stream().skip(1).map(l -> l.split(",")[3]).distinct()).containsExactly("1", "2", "3");
    // the parameters matter: not every cell has the same velocity
    assertThat(csv.stream().skip(1).map(l -> l.split(",")[6]).distinct().count()).isGreaterThan(1);
    String before = Files.readString(out.resolve("results.csv"));

    Cli.Result again = Cli.run("sweep", GRID, "--out", out.toString());
    assertThat(again.out()).contains("0 run, 9 already done (skipped)");
    assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo(before);
    assertThat(Files.readString(out.resolve("summary.md"))).contains("± ");
    assertThat(Files.readString(out.resolve("summary.html"))).contains("<svg");
  }

  @Test
  void resultsDoNotDependOnThreadsAndALostCellIsRunAgain() throws Exception {
    Path one = tmp.resolve("one");
    Path three = tmp.resolve("three");
    assertThat(Cli.run("sweep", GRID, "--out", one.toString()).code()).isZero();
    assertThat(Cli.run("sweep", GRID, "--out", three.toString(), "--threads", "3").code()).isZero();
    String csv = Files.readString(one.resolve("results.csv"));
    assertThat(Files.readString(three.resolve("results.csv"))).isEqualTo(csv);
    Files.delete(three.resolve("cells/cell-0004.json")); // as if killed before this cell ended
    Cli.Result resumed = Cli.run("sweep", GRID, "--out", three.toString());
    assertThat(resumed.out()).contains("1 run, 8 already done");
    assertThat(Files.readString(three.resolve("results.csv"))).isEqualTo(csv);
  }

  @Test
  void randomSampleIsReproducible() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(Cli.run("sweep", "sweeps/commitment-random.yaml", "--out", a.toString()).code()).isZero();
    assertThat(Cli.run("sweep", "sweeps/commitment-random.yaml", "--out", b.toString()).code()).isZero();
    List<String> csv = Files.readAllLines(a.resolve("results.csv"));
    assertThat(csv).hasSize(1 + 6 * 2);
    assertThat(Files.readString(b.resolve("results.csv"))).isEqualTo(String.join("\n", csv) + "\n");
  }

  @Test
  void aValueTheScenarioRefusesIsReportedInTheSweepFile() throws Exception {
    Path sweep = tmp.resolve("bad.yaml");
    Files.writeString(sweep, "scenario: " + Path.of("headless-simulation.yaml").toAbsolutePath()
        + "\nseeds: 2\ngrid:\n  team.wip_limits.in_progress: [2, 99]\n");
    Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.oneCleanErrorLine()).as(r.err()).isTrue();
    assertThat(r.err()).contains(sweep + ":4:").contains("99");
    assertThat(Files.exists(tmp.resolve("x"))).isFalse();

    Files.writeString(sweep, "scenario: nowhere.yaml\ngrid: {team.pairing: [true]}\n");
    Cli.Result missing = Cli.run("sweep", sweep.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains(sweep + ":1:").contains("not found");

    Files.writeString(sweep, "scenario: x.yaml\ngrdi: {}\n");
    assertThat(Cli.run("sweep", sweep.toString()).err()).contains("grdi");
    assertThat(Cli.run("sweep", GRID, "--spark", "local[0]").code()).isEqualTo(2);
  }
}

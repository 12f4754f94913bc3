package org.sprintgym.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunTest {
  @TempDir Path tmp;

  private Sweep sweep() throws Exception {
    Path file = tmp.resolve("s.yaml");
    Files.writeString(file, "scenario: " + Path.of("headless-simulation.yaml").toAbsolutePath()
        + "\nseeds: 2\ngrid:\n  team.wip_limits.in_progress: [2, 3]\n");
    return SweepLoader.load(file);
  }

  @Test
  void resultFilesAreReadableLikeAnyOtherOutputFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    var plain = Files.getPosixFilePermissions(Files.writeString(tmp.resolve("plain"), "x"));
    Path csv = tmp.resolve("results.csv");
    SweepRun.atomicWrite(csv, "cell,seed\n");
    assertThat(Files.readString(csv)).isEqualTo("cell,seed\n");
    assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(plain);
  }

  @Test
  void anExecutorThatFailsBeforeAnyCellLeavesNoFolderBehind() throws Exception {
    Path out = tmp.resolve("out");
    SweepRun.Executor broken = (scenario, cells, seeds, done) -> {
      throw new IllegalStateException("the cluster went away");
    };
    var e = assertThrows(IllegalStateException.class,
        () -> SweepRun.run(sweep(), out, broken, n -> { }));
    assertThat(e.getMessage()).contains("cluster");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderThatExistedBeforeIsLeftAlone() throws Exception {
    Path out = tmp.resolve("kept");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    SweepRun.Executor broken = (scenario, cells, seeds, done) -> {
      throw new IllegalStateException("the cluster went away");
    };
    assertThrows(IllegalStateException.class, () -> SweepRun.run(sweep(), out, broken, n -> { }));
    assertThat(out.resolve("notes.txt")).hasContent("mine");
  }
}

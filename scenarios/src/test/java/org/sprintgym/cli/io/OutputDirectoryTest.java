package org.sprintgym.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path dir;

  @Test
  void aCommittedFolderHasOrdinaryPermissionsAndNoStagingFolderIsLeft() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Set<PosixFilePermission> plain =
        Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("plain")));
    assumeTrue(plain.contains(PosixFilePermission.OTHERS_EXECUTE), "a umask that lets others in");
    Path target = dir.resolve("run");
    try (OutputDirectory out = OutputDirectory.open(target, "--out", false)) {
      out.writeString("eval.json", "{}\n");
      out.commit();
    }
    assertThat(Files.readString(target.resolve("eval.json"))).isEqualTo("{}\n");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(plain);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "run");
    }
  }

  @Test
  void anUncommittedFolderLeavesNothing() throws IOException {
    Path target = dir.resolve("run");
    try (OutputDirectory out = OutputDirectory.open(target, "--out", false)) {
      out.writeString("eval.json", "{}\n");
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).isEmpty();
    }
  }
}

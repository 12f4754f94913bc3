package org.sprintgym.sim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private void assumePosix() {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
  }

  /** The permissions a plain (non-atomic) write gives a new file here. */
  private Set<PosixFilePermission> plainWritePermissions() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    return Files.getPosixFilePermissions(plain);
  }

  private Set<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return Set.copyOf(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("sub/report.json");
    AtomicFiles.writeString(f, "{\"a\": 1}\n");
    AtomicFiles.writeString(f, "{\"a\": 2}\n");
    assertThat(Files.readString(f)).isEqualTo("{\"a\": 2}\n");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void aNewFileIsReadableLikeAPlainlyWrittenOne() throws IOException {
    assumePosix();
    Set<PosixFilePermission> plain = plainWritePermissions();
    assumeTrue(plain.contains(PosixFilePermission.GROUP_READ)
        && plain.contains(PosixFilePermission.OTHERS_READ), "a umask that lets others read");
    Path f = dir.resolve("progress.csv");
    AtomicFiles.writeString(f, "a,b\n1,2\n");
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
    assertThat(perms).isEqualTo(plain)
        .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  }

  @Test
  void aStreamedSyncedFileIsReadableToo() throws IOException {
    assumePosix();
    Set<PosixFilePermission> plain = plainWritePermissions();
    Path f = dir.resolve("net.bin");
    AtomicFiles.write(f, true, out -> out.write(new byte[] {1, 2, 3}));
    assertThat(Files.readAllBytes(f)).containsExactly(1, 2, 3);
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(plain);
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    assumePosix();
    Path f = dir.resolve("eval.json");
    Files.writeString(f, "old");
    Set<PosixFilePermission> custom = PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(f, custom);
    AtomicFiles.writeString(f, "new");
    assertThat(Files.readString(f)).isEqualTo("new");
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(custom);
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("summary.json");
    Files.writeString(f, "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, false, out -> {
      out.write('x');
      throw new IOException("disk full");
    }));
    assertThat(e).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(files()).containsExactly("summary.json");
  }

  @Test
  void uncheckedWriteNamesTheFile() {
    Path blocker = dir.resolve("blocker");
    var e = assertThrows(java.io.UncheckedIOException.class, () -> {
      Files.writeString(blocker, "a file, not a folder");
      AtomicFiles.writeStringUnchecked(blocker.resolve("x.json"), "{}");
    });
    assertThat(e).hasMessageContaining("x.json");
  }

  @Test
  void aHiddenStagingFolderHasTheDefaultPermissions() throws IOException {
    assumePosix();
    Set<PosixFilePermission> plain =
        Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("plain")));
    Path staged = AtomicFiles.newHiddenDirectory(dir, "out.staging");
    assertThat(staged.getFileName().toString()).startsWith(".out.staging-");
    assertThat(Files.getPosixFilePermissions(staged)).isEqualTo(plain);
  }
}

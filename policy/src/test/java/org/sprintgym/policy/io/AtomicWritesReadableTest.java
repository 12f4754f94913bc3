package org.sprintgym.policy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints and text results read like any other output file (not owner-only). */
class AtomicWritesReadableTest {
  @TempDir Path dir;

  private Set<PosixFilePermission> plain() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Set<PosixFilePermission> p =
        Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain"), "x"));
    assumeTrue(p.contains(PosixFilePermission.GROUP_READ)
        && p.contains(PosixFilePermission.OTHERS_READ), "a umask that lets others read");
    return p;
  }

  @Test
  void aCheckpointArchiveGetsOrdinaryPermissions() throws IOException {
    Set<PosixFilePermission> plain = plain();
    Path f = dir.resolve("checkpoint/net.bin");
    new TensorArchive().put("w", new float[] {1, 2}).put("name", "x").write(f);
    assertThat(TensorArchive.read(f).string("name")).isEqualTo("x");
    assertThat(TensorArchive.read(f).floats("w")).containsExactly(1, 2);
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(plain)
        .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  }

  @Test
  void aTextResultGetsOrdinaryPermissions() throws IOException {
    Set<PosixFilePermission> plain = plain();
    Path f = dir.resolve("eval.json");
    org.sprintgym.sim.io.AtomicFiles.writeStringUnchecked(f, "{}\n");
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(plain);
  }
}

package org.sprintgym.evaluation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchRunFilesTest {
  @TempDir Path dir;

  @Test
  void trialRecordsAreReadableLikeAnyOtherOutputFile() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    var plain = Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain"), "x"));
    Path best = dir.resolve("trials/best.json");
    SearchRun.atomicWrite(best, "{}\n");
    assertThat(Files.readString(best)).isEqualTo("{}\n");
    assertThat(Files.getPosixFilePermissions(best)).isEqualTo(plain);
  }
}

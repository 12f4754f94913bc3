package org.sprintgym.sim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  record Settings(long rootSeed, String name) {}

  @Test
  void knownAnswers() {
    // FIPS 180-2 test vectors
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.of(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void jsonIsHashedWithTheProjectsConventions() {
    var m = new LinkedHashMap<String, Object>();
    m.put("settings", new Settings(7, "x"));
    m.put("seeds", new long[] {1, 2});
    String expected = "{\"settings\":{\"root_seed\":7,\"name\":\"x\"},\"seeds\":[1,2]}";
    assertThat(Sha256.ofJson(m)).isEqualTo(Sha256.of(expected.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void insertionOrderMatters() {
    var ab = new LinkedHashMap<String, Object>();
    ab.put("a", 1);
    ab.put("b", 2);
    var ba = new LinkedHashMap<String, Object>();
    ba.put("b", 2);
    ba.put("a", 1);
    assertThat(Sha256.ofJson(ab)).isNotEqualTo(Sha256.ofJson(ba));
  }

  @Property(tries = 50)
  void aFileHashesLikeItsBytes(@ForAll byte[] bytes) throws Exception {
    Path f = Files.createTempFile("sha256", ".bin");
    try {
      Files.write(f, bytes);
      assertThat(Sha256.ofFile(f)).isEqualTo(Sha256.of(bytes)).hasSize(64);
    } finally {
      Files.delete(f);
    }
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> Sha256.ofFile(dir.resolve("absent.yaml")));
  }
}

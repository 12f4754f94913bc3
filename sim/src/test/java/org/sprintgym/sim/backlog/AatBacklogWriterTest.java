package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.InputError;

class AatBacklogWriterTest {
  @TempDir Path dir;

  @Test
  void aatBacklogsRoundTripToAnEqualBacklog() {
    for (String name : List.of("aat-04-chaos-backlog.yaml", "aat-05-quick-demo-backlog.yaml",
        "aat-06-multi-team-backlog.yaml")) {
      Backlog original = AatBacklogReader.read(AatBacklogReaderTest.AAT.resolve(name), 3);
      Path out = dir.resolve(name);
      AatBacklogWriter.write(original, out);
      // a different seed: nothing may be re-derived, everything must come from the file
      Backlog back = AatBacklogReader.read(out, 999);
      assertEquals(original.withSource(out.toString()), back, name);
    }
  }

  @Test
  void awkwardStringsSurvive() {
    var story = new Story("7", "1.50", "yes\nmultiline: \"quoted\" # not a comment",
        List.of("true", "null", "- dash", "  padded  "), 2, 3, List.of(
            new AcceptanceScenario("", List.of("g"), List.of(), List.of("t1", "t2"))),
        List.of("x"), "data", "go", "platform", 0.123456789, List.of(), 0.0, "data/x",
        List.of("US-9"));
    var b = new Backlog("test", new Product("P", "", List.of("go"), List.of(),
        RepositoryType.BROWNFIELD, 1.0), List.of(story));
    Path out = dir.resolve("awkward.yaml");
    AatBacklogWriter.write(b, out);
    assertEquals(b.withSource(out.toString()), AatBacklogReader.read(out, 1));
  }

  @Test
  void writeReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Backlog b = AatBacklogReader.read(AatBacklogReaderTest.AAT.resolve(
        "aat-05-quick-demo-backlog.yaml"), 1);
    Path out = dir.resolve("sub/out.yaml");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old");
    AatBacklogWriter.write(b, out);
    assertTrue(Files.readString(out).contains("hidden_criteria:"));
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void unwritableTargetIsAnInputError() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    Backlog b = new Backlog("t", new Product("", "", List.of(), List.of(),
        RepositoryType.GREENFIELD, 0), List.of());
    InputError e = assertThrows(InputError.class,
        () -> AatBacklogWriter.write(b, blocker.resolve("out.yaml")));
    assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
  }
}

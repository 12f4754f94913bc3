package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.SimConfig;

/** Every YAML file shipped under {@code backlogs/} must load. */
class ShippedBacklogsTest {
  static final Path BACKLOGS = Path.of("../backlogs");

  private static List<Path> yaml(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void ownExamplesLoadWithTwelveToTwentyStoriesAndNoIgnoredKeys() throws IOException {
    List<Path> files = yaml(BACKLOGS);
    assertEquals(List.of("cli-tool.yaml", "crud-api.yaml", "data-pipeline.yaml",
        "frontend-spa.yaml", "library.yaml", "ml-service.yaml"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    for (Path f : files) {
      LoadedBacklog l = AatBacklogReader.load(f, 1);
      int n = l.backlog().stories().size();
      assertTrue(n >= 12 && n <= 20, f + " has " + n + " stories");
      assertEquals(List.of(), l.ignoredKeys(), f.toString());
      assertTrue(l.backlog().stories().stream().anyMatch(s -> !s.hiddenCriteria().isEmpty()), f.toString());
    }
  }

  @Test
  void everyAatFileLoadsUnchanged() throws IOException {
    List<Path> files = yaml(BACKLOGS.resolve("aat"));
    assertEquals(6, files.size());
    assertTrue(Files.exists(BACKLOGS.resolve("aat/LICENSE-agile-agent-team")), "licence kept");
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith("-backlog.yaml")) {
        assertTrue(AatBacklogReader.read(f, 1).stories().size() >= 3, name);
      } else {
        assertTrue(name.endsWith("-config.yaml"), name);
        assertTrue(AatConfigReader.read(f, SimConfig.defaults()).config().team().members().size() >= 11);
      }
    }
  }
}

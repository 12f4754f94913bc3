package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacklogCommandTest {
  @TempDir Path dir;

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  @Test
  void generateThenCheck() {
    Path f = dir.resolve("gen.yaml");
    Cli.Result g = run("backlog", "generate", "--stories", "25", "--seed", "3", "--out", f.toString(),
        "--domain", "ml_service", "--language", "rust");
    assertEquals(0, g.code(), g.err());
    assertTrue(g.out().matches("generated 25 stories, \\d+ points -> .*gen\\.yaml\\n"), g.out());
    Cli.Result c = run("backlog", "check", f.toString());
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains(": 25 stories, "), c.out());
    assertTrue(c.out().endsWith("ignored keys: none\n"), c.out());
  }

  @Test
  void checkReportsAatBacklogSummary() {
    Cli.Result c = run("backlog", "check", "../backlogs/aat/aat-05-quick-demo-backlog.yaml", "--seed", "1");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains(": 3 stories, 3 points, mean ambiguity 0."), c.out());
  }

  @Test
  void zeroStoriesIsBadInput() {
    Cli.Result r = run("backlog", "generate", "--stories", "0", "--out", dir.resolve("x.yaml").toString());
    assertEquals(2, r.code());
    assertEquals("sprintgym: --stories: 0 is out of range (allowed: 1..10000)\n", r.err());
    assertFalse(Files.exists(dir.resolve("x.yaml")));
  }

  @Test
  void unknownDomainAndLanguageAreBadInput() {
    Cli.Result d = run("backlog", "generate", "--stories", "3", "--out", dir.resolve("x.yaml").toString(),
        "--domain", "game");
    assertEquals(2, d.code());
    assertTrue(d.err().contains("--domain: 'game' is not a product kind (allowed: crud_api,"), d.err());
    Cli.Result l = run("backlog", "generate", "--stories", "3", "--out", dir.resolve("x.yaml").toString(),
        "--language", "cobol");
    assertEquals(2, l.code());
    assertTrue(l.err().contains("--language: 'cobol' is not supported"), l.err());
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path f = dir.resolve("keep.yaml");
    Files.writeString(f, "precious");
    Cli.Result r = run("backlog", "generate", "--stories", "3", "--out", f.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--out: " + f + " already exists (allowed: a new file, or add --force)"),
        r.err());
    assertEquals("precious", Files.readString(f));
    Cli.Result forced = run("backlog", "generate", "--stories", "3", "--out", f.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    assertTrue(Files.readString(f).contains("stories:"));
  }

  @Test
  void checkOfABadFileIsOneLine() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "stories:\n  - {id: A, title: t, story_points: 4}\n");
    Cli.Result r = run("backlog", "check", f.toString());
    assertEquals(2, r.code());
    assertEquals("sprintgym: " + f + ":2:37: stories[0].story_points: 4 is not allowed"
        + " (allowed: 1, 2, 3, 5, 8)\n", r.err());
  }
}

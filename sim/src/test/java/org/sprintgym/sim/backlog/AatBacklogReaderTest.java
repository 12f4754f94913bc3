package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.config.BacklogCoefficients;
import org.sprintgym.sim.io.InputError;

class AatBacklogReaderTest {
  static final Path AAT = Path.of("../backlogs/aat");

  @TempDir Path dir;

  private static final String PRODUCT = """
      product:
        name: "Demo"
        languages: [go]
      """;

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("backlog.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  /** A file whose one story has {@code extra} lines added (indented as story keys). */
  private Path storyWith(String extra) throws IOException {
    return file(PRODUCT + """
        stories:
          - id: US-001
            title: "Login"
            story_points: 3
            priority: 1
        """ + extra.indent(4));
  }

  private InputError error(Path f) {
    return assertThrows(InputError.class, () -> AatBacklogReader.read(f, 7));
  }

  @Test
  void chaosBacklogLoadsWithAatFieldsAndDerivedOnes() {
    Backlog b = AatBacklogReader.read(AAT.resolve("aat-04-chaos-backlog.yaml"), 1);
    assertEquals(15, b.stories().size());
    assertEquals(List.of("python", "typescript"), b.product().languages());
    assertEquals(RepositoryType.GREENFIELD, b.product().repository());
    Story rt = b.stories().get(3);
    assertEquals("US-004", rt.id());
    assertEquals(8, rt.points());
    assertEquals(4, rt.priority());
    assertEquals(4, rt.acceptanceCriteria().size());
    assertEquals("backend/messaging", rt.codebaseArea());
    assertEquals("python", rt.language());
    assertTrue(rt.technicalRisk() > 0.5, "real-time + websocket is risky: " + rt.technicalRisk());
    assertEquals("backend/auth", b.stories().get(0).codebaseArea());
  }

  @Test
  void quickDemoScenariosLowerAmbiguity() {
    Backlog b = AatBacklogReader.read(AAT.resolve("aat-05-quick-demo-backlog.yaml"), 1);
    Story hello = b.stories().get(0);
    assertEquals(1, hello.scenarios().size());
    assertEquals(List.of("I send GET /hello"), hello.scenarios().get(0).when());
    Backlog chaos = AatBacklogReader.read(AAT.resolve("aat-04-chaos-backlog.yaml"), 1);
    double chaosMean = chaos.stories().stream().mapToDouble(Story::ambiguity).average().orElseThrow();
    assertTrue(hello.ambiguity() < chaosMean - 0.2, hello.ambiguity() + " vs " + chaosMean);
  }

  @Test
  void multiTeamBacklogKeepsExplicitDomainsAndDerivesOthers() {
    Backlog b = AatBacklogReader.read(AAT.resolve("aat-06-multi-team-backlog.yaml"), 1);
    assertEquals("devops", b.stories().get(2).domain());
    assertEquals("devops", b.stories().get(3).domain(), "tag 'logging' means devops");
    assertEquals("database", b.stories().get(5).domain());
    assertEquals("backend", b.stories().get(0).domain());
    assertTrue(b.stories().get(0).ambiguity() >= 0.05 && b.stories().get(0).ambiguity() <= 0.95);
  }

  @Test
  void hiddenCriteriaDependOnSeedAndIdNotOnOrder() throws IOException {
    Path chaos = AAT.resolve("aat-04-chaos-backlog.yaml");
    Backlog a = AatBacklogReader.read(chaos, 11);
    assertEquals(a, AatBacklogReader.read(chaos, 11));
    Backlog other = AatBacklogReader.read(chaos, 12);
    assertNotEquals(hidden(a), hidden(other));
    assertTrue(hidden(a).size() >= 5, "15 fairly vague stories must hide something");

    // the same stories in reverse order keep their hidden truth
    var lines = Files.readString(chaos).split("\n  - id: ");
    var stories = new ArrayList<>(List.of(lines).subList(1, lines.length));
    Collections.reverse(stories);
    Path reversed = file(lines[0] + "\n  - id: " + String.join("\n  - id: ", stories));
    Backlog r = AatBacklogReader.read(reversed, 11);
    for (Story s : r.stories()) {
      Story same = a.stories().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
      assertEquals(same.hiddenCriteria(), s.hiddenCriteria(), s.id());
    }
  }

  private static List<HiddenCriterion> hidden(Backlog b) {
    return b.stories().stream().flatMap(s -> s.hiddenCriteria().stream()).toList();
  }

  @Test
  void extensionKeysAreReadAsWritten() throws IOException {
    Backlog b = AatBacklogReader.read(storyWith("""
        ambiguity: 0.7
        technical_risk: 0.25
        codebase_area: backend/identity
        language: rust
        depends_on: [US-000]
        hidden_criteria:
          - text: "locks the account after 5 failures"
            dimension: edge_cases
        """), 1);
    Story s = b.stories().get(0);
    assertEquals(0.7, s.ambiguity());
    assertEquals(0.25, s.technicalRisk());
    assertEquals("backend/identity", s.codebaseArea());
    assertEquals("rust", s.language());
    assertEquals(List.of("US-000"), s.dependsOn());
    assertEquals(List.of(new HiddenCriterion("locks the account after 5 failures",
        ElicitationDimension.EDGE_CASES)), s.hiddenCriteria());
  }

  @Test
  void unknownProductKeysAreCollectedNotFatal() throws IOException {
    Path f = file("""
        product:
          name: X
          budget: 100
          repository: {type: brownfield, url: "git@x", branch: main}
        extra_section: 1
        stories: []
        """);
    LoadedBacklog l = AatBacklogReader.load(f, 1);
    assertEquals(List.of("extra_section", "product.budget", "product.repository.branch"),
        l.ignoredKeys());
    assertEquals(RepositoryType.BROWNFIELD, l.backlog().product().repository());
    assertEquals(BacklogCoefficients.defaults().fileBrownfieldDebt(), l.backlog().product().technicalDebt());
  }

  // ---- bad input: one test per case, each checks where and what ----

  @Test
  void malformedYaml() throws IOException {
    InputError e = error(file("stories:\n  - id: [unclosed\n    title: x\n"));
    assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    assertTrue(e.line() >= 2, "line " + e.line());
  }

  @Test
  void missingFile() {
    InputError e = error(dir.resolve("nope.yaml"));
    assertTrue(e.getMessage().endsWith("nope.yaml: file not found"), e.getMessage());
  }

  @Test
  void emptyFile() throws IOException {
    InputError e = error(file("# only a comment\n"));
    assertTrue(e.getMessage().contains("file is empty"), e.getMessage());
  }

  @Test
  void noStoriesList() throws IOException {
    InputError e = error(file(PRODUCT));
    assertTrue(e.getMessage().contains("no 'stories:' list"), e.getMessage());
    InputError notList = error(file(PRODUCT + "stories: 3\n"));
    assertEquals("stories", notList.field());
    assertEquals(4, notList.line());
  }

  @Test
  void storyWithoutId() throws IOException {
    InputError e = error(file(PRODUCT + "stories:\n  - title: x\n    story_points: 1\n"));
    assertEquals("stories[0].id", e.field());
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    assertEquals(5, e.line());
  }

  @Test
  void duplicateId() throws IOException {
    InputError e = error(file(PRODUCT + """
        stories:
          - {id: US-1, title: a, story_points: 1}
          - {id: US-1, title: b, story_points: 2}
        """));
    assertEquals("stories[1].id", e.field());
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("duplicate story id 'US-1' (first used at line 5)"),
        e.getMessage());
  }

  @Test
  void storyPointsFourListsTheAllowedSizes() throws IOException {
    InputError e = error(file(PRODUCT + "stories:\n  - id: A\n    title: a\n    story_points: 4\n"));
    assertEquals("stories[0].story_points", e.field());
    assertEquals(7, e.line());
    assertEquals(19, e.column());
    assertTrue(e.getMessage().endsWith("stories[0].story_points: 4 is not allowed (allowed: 1, 2, 3, 5, 8)"),
        e.getMessage());
  }

  @Test
  void nonIntegerPoints() throws IOException {
    InputError e = error(file(PRODUCT + "stories:\n  - {id: A, title: a, story_points: 2.5}\n"));
    assertEquals("stories[0].story_points", e.field());
    assertTrue(e.getMessage().contains("expected an integer but found the number 2.5"), e.getMessage());
    InputError word = error(file(PRODUCT + "stories:\n  - {id: A, title: a, story_points: three}\n"));
    assertTrue(word.getMessage().contains("found the string \"three\""), word.getMessage());
  }

  @Test
  void unknownStoryKeyIsNamedWithTheAllowedKeys() throws IOException {
    InputError e = error(storyWith("estimate: 3"));
    assertEquals("stories[0].estimate", e.field());
    assertTrue(e.getMessage().contains("unknown key 'estimate'"), e.getMessage());
    assertTrue(e.getMessage().contains("allowed: id, title, description, acceptance_criteria,"
        + " story_points, priority"), e.getMessage());
    assertTrue(e.getMessage().contains("hidden_criteria"), e.getMessage());
  }

  @Test
  void ambiguityAboveOne() throws IOException {
    InputError e = error(storyWith("ambiguity: 1.5"));
    assertEquals("stories[0].ambiguity", e.field());
    assertTrue(e.getMessage().contains("1.5 is out of range (allowed: 0.0..1.0)"), e.getMessage());
  }

  @Test
  void badHiddenCriterionDimension() throws IOException {
    InputError e = error(storyWith("hidden_criteria:\n  - {text: t, dimension: mood}"));
    assertEquals("stories[0].hidden_criteria[0].dimension", e.field());
    assertTrue(e.getMessage().contains("'mood' is not allowed (allowed: scope, constraints,"
        + " success_criteria, edge_cases, data, users)"), e.getMessage());
  }

  @Test
  void priorityZero() throws IOException {
    InputError e = error(file(PRODUCT + "stories:\n  - {id: A, title: a, story_points: 1, priority: 0}\n"));
    assertEquals("stories[0].priority", e.field());
    assertTrue(e.getMessage().contains("0 is out of range (allowed: integers 1..1000000)"),
        e.getMessage());
  }

  @Test
  void acceptanceCriteriaAsANumberIsTheWrongType() throws IOException {
    InputError e = error(storyWith("acceptance_criteria: 5"));
    assertEquals("stories[0].acceptance_criteria", e.field());
    assertTrue(e.getMessage().contains("expected a list but found the integer 5"), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("backlog.yaml") + ":9:"), e.getMessage());
  }

  @Test
  void badRepositoryTypeAndSelfDependency() throws IOException {
    InputError repo = error(file("product:\n  repository: {type: bluefield}\nstories: []\n"));
    assertEquals("product.repository.type", repo.field());
    assertTrue(repo.getMessage().contains("allowed: greenfield, brownfield"));
    InputError self = error(storyWith("depends_on: [US-001]"));
    assertEquals("stories[0].depends_on[0]", self.field());
  }

  @Test
  void duplicateYamlKeyInAStory() throws IOException {
    InputError e = error(storyWith("title: again"));
    assertEquals("stories[0].title", e.field());
    assertTrue(e.getMessage().contains("duplicate key 'title'"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}

package org.sprintgym.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.io.InputError;

class ScenarioLoaderTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, yaml);
    return p;
  }

  private static final String BASE = """
      kind: simulation
      seed: 5
      team:
        sprint_days: 10
        wip_limits: {in_progress: 3, review: 2}
      backlog:
        generate: {stories: 40, seed: 2, domain: cli_tool}
      simulation:
        sprints: 4
      """;

  @Test
  void loadsTheShippedScripts() {
    Scenario s = ScenarioLoader.load(Path.of("headless-simulation.yaml"), List.of());
    assertThat(s.kind()).isEqualTo(Scenario.Kind.SIMULATION);
    assertThat(s.replications()).isEqualTo(5);
    assertThat(s.simulation().orElseThrow().sprints()).isEqualTo(12);
    Scenario tight = ScenarioLoader.load(Path.of("headless-simulation-tight-wip.yaml"), List.of());
    assertThat(tight.config().wipLimits().inProgress()).isEqualTo(2);
    assertThat(tight.config().wipLimits().review()).isEqualTo(2);
    assertThat(tight.name()).isEqualTo("headless-simulation-tight-wip");
  }

  @Test
  void extendsMergesMappingsAndSetOverridesLast() throws IOException {
    write("base.yaml", BASE);
    Path child = write("child.yaml", """
        extends: base.yaml
        team:
          wip_limits: {review: 1}
        """);
    Scenario s = ScenarioLoader.load(child, List.of("seed=9", "team.pairing=false"));
    assertThat(s.seed()).isEqualTo(9);
    assertThat(s.config().sprintDays()).isEqualTo(10);
    assertThat(s.config().wipLimits().inProgress()).isEqualTo(3);
    assertThat(s.config().wipLimits().review()).isEqualTo(1);
    assertThat(s.config().pairing()).isFalse();
    assertThat(s.name()).isEqualTo("child");
    assertThat(s.backlog()).isEqualTo(new Scenario.BacklogSource.Generated(40, 2, "cli_tool", null));
  }

  @Test
  void errorsPointAtFileLineAndColumn() throws IOException {
    Path p = write("bad.yaml", BASE.replace("sprint_days: 10", "sprint_days: 30"));
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(p, List.of()));
    assertThat(e.getMessage()).isEqualTo(p + ":4:16: team.sprint_days: 30 is out of range (allowed: integers 1..20)");
  }

  @Test
  void unknownKeysAreRejectedWithTheAllowedOnes() throws IOException {
    Path p = write("bad.yaml", BASE + "colour: red\n");
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(p, List.of()));
    assertThat(e.getMessage()).contains("bad.yaml:10:").contains("unknown key 'colour'")
        .contains("allowed: extends, name, kind");
  }

  @Test
  void wrongTypesAreRejected() throws IOException {
    Path p = write("bad.yaml", BASE.replace("sprints: 4", "sprints: many"));
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(p, List.of()));
    assertThat(e.getMessage()).contains("simulation.sprints").contains("expected an integer");
  }

  @Test
  void exactlyOneBacklogSource() throws IOException {
    Path p = write("bad.yaml", BASE.replace("  generate: {stories: 40, seed: 2, domain: cli_tool}",
        "  generate: {stories: 40}\n  file: x.yaml"));
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(p, List.of()));
    assertThat(e.getMessage()).contains("exactly one of 'file' and 'generate'");
  }

  @Test
  void missingFilesAndLoopsAreReported() throws IOException {
    Path missing = write("m.yaml", BASE + "extends: nowhere.yaml\n");
    assertThat(assertThrows(InputError.class, () -> ScenarioLoader.load(missing, List.of()))
        .getMessage()).contains("nowhere.yaml not found");
    write("a.yaml", "extends: b.yaml\n" + BASE);
    Path b = write("b.yaml", "extends: a.yaml\n");
    assertThat(assertThrows(InputError.class, () -> ScenarioLoader.load(b, List.of()))
        .getMessage()).contains("loops back");
    Path noBacklog = write("nb.yaml", BASE.replace("generate:", "file: absent.yaml\n  #"));
    assertThat(assertThrows(InputError.class, () -> ScenarioLoader.load(noBacklog, List.of()))
        .getMessage()).contains("absent.yaml not found");
  }

  @Test
  void badOverridesNameTheSet() throws IOException {
    Path p = write("ok.yaml", BASE);
    var noEq = assertThrows(InputError.class, () -> ScenarioLoader.load(p, List.of("seed")));
    assertThat(noEq.getMessage()).contains("--set seed").contains("path.to.key=value");
    var range = assertThrows(InputError.class,
        () -> ScenarioLoader.load(p, List.of("team.tester_pairing.frequency=1.5")));
    assertThat(range.getMessage()).startsWith("--set team.tester_pairing.frequency=1.5:1:1: ")
        .contains("0.0..1.0");
    var through = assertThrows(InputError.class,
        () -> ScenarioLoader.load(p, List.of("seed.x=1")));
    assertThat(through.getMessage()).contains("cannot set a key inside");
  }

  @Test
  void kindIsRequiredAndChecked() throws IOException {
    Path none = write("k.yaml", BASE.replace("kind: simulation\n", ""));
    assertThat(assertThrows(InputError.class, () -> ScenarioLoader.load(none, List.of()))
        .getMessage()).contains("kind: is missing");
    Path bad = write("k2.yaml", BASE.replace("kind: simulation", "kind: party"));
    assertThat(assertThrows(InputError.class, () -> ScenarioLoader.load(bad, List.of()))
        .getMessage()).contains("'party' is not allowed (allowed: simulation, curriculum)");
  }

  @Test
  void interventionsComeThroughTheAatConfigAndMustFitTheRun() throws IOException {
    write("variant.yaml", "interventions:\n  - {sprint: 3, pairing: off}\n");
    Path ok = write("ok.yaml", BASE.replace("  sprint_days: 10", "  sprint_days: 10\n  aat_config: variant.yaml")
        .replace("sprints: 4", "sprints: 3"));
    assertThat(ScenarioLoader.load(ok, List.of()).config().interventions())
        .extracting(i -> i.spec()).containsExactly("pairing=off@3");
    Path late = write("late.yaml", BASE.replace("  sprint_days: 10", "  sprint_days: 10\n  aat_config: variant.yaml")
        .replace("sprints: 4", "sprints: 2"));
    var e = assertThrows(InputError.class, () -> ScenarioLoader.load(late, List.of()));
    assertThat(e.getMessage()).contains("variant.yaml:2:").contains("interventions[0].sprint")
        .contains("beyond the run (simulation.sprints 2)");
  }
}

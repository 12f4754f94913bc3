package org.sprintgym.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sprintgym.cli.SprintGymCli;

/**
 * Feeds 10,000 mutated scenario scripts to the loader, reporting failures exactly as the CLI does
 * ({@link SprintGymCli#report}): each either loads or fails with exit 2 and exactly one
 * {@code FILE:LINE:COLUMN: ...} line; never a stack trace. 200 more go through the whole
 * {@code sprintgym run --check} command line.
 */
class ScenarioMutationPropertiesTest {
  private static final Pattern LOCATED = Pattern.compile("^sprintgym: \\S+:\\d+:\\d+: .+\\n$");
  private static final String[] TOKENS = {"0", "-1", "1.5", "99999999999999999999", "true", "x",
      "", "[]", "{}", "[1, 2", "{a: 1", ": :", "\"unterminated", "'", "!!binary x", "&a", "*a",
      "null", "~", "1e309", "colour: red", "\t", "- item", "? complex", "%YAML 1.2", "@", "`"};
  private static Path dir;
  private static List<String> lines;
  private static int loaded;
  private static int rejected;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("scenario-mutations");
    Files.copy(Path.of("../backlogs/crud-api.yaml"), dir.resolve("crud-api.yaml"));
    lines = List.of("name: mutant", "kind: simulation", "seed: 3", "replications: 2", "team:",
        "  sprint_days: 5", "  wip_limits:", "    in_progress: 4", "    review: 2",
        "  pairing: true", "  tester_pairing:", "    enabled: true", "    frequency: 0.2",
        "backlog:", "  file: crud-api.yaml", "simulation:", "  sprints: 6", "  events: false");
  }

  @AfterContainer
  static void report() {
    // both outcomes must occur, or the mutations are not exercising the loader
    assertThat(loaded).isPositive();
    assertThat(rejected).isPositive();
  }

  @Property(tries = 10_000)
  void everyMutantLoadsOrFailsWithOneLocatedLine(@ForAll long seed) throws IOException {
    String text = mutate(new SplittableRandom(seed));
    Path f = dir.resolve("mutant.yaml");
    Files.writeString(f, text);
    var err = new StringWriter();
    int code = 0;
    try {
      ScenarioLoader.load(f, List.of());
    } catch (RuntimeException e) {
      code = SprintGymCli.report(e, new PrintWriter(err));
    }
    check(text, code, err.toString());
  }

  @Property(tries = 200)
  void theCommandLineAgreesOnMutants(@ForAll long seed) throws IOException {
    String text = mutate(new SplittableRandom(seed));
    Path f = dir.resolve("mutant-cli.yaml");
    Files.writeString(f, text);
    var err = new StringWriter();
    int code = SprintGymCli.execute(new String[] {"run", f.toString(), "--check"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    check(text, code, err.toString());
  }

  private static void check(String text, int code, String err) {
    if (code == 0) {
      loaded++;
      assertThat(err).isEmpty();
    } else {
      rejected++;
      assertThat(code).as("exit code for:%n%s%n%s", text, err).isEqualTo(2);
      assertThat(err).as("message for:%n%s", text).matches(LOCATED);
    }
  }

  private static String mutate(SplittableRandom rnd) {
    var out = new ArrayList<>(lines);
    int edits = 1 + rnd.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = rnd.nextInt(out.size());
      String line = out.get(at);
      String token = TOKENS[rnd.nextInt(TOKENS.length)];
      switch (rnd.nextInt(7)) {
        case 0 -> out.remove(at);
        case 1 -> out.add(at, line);
        case 2 -> out.set(at, line.replaceFirst(":.*$", ": " + token));
        case 3 -> out.add(at, "  ".repeat(rnd.nextInt(3)) + token);
        case 4 -> out.set(at, " " + line);
        case 5 -> out.set(at, line.substring(0, rnd.nextInt(line.length() + 1)));
        default -> out.set(at, line + token);
      }
      if (out.isEmpty()) {
        out.add(token);
      }
    }
    return String.join("\n", out) + "\n";
  }
}

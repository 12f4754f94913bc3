package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's options are public interface: every (sub)command's options and positional
 * parameters (names, arity, required, type, default and initial value, param label, inheritance)
 * must match the golden file. Help texts are left out on purpose, so wording can change freely.
 * Regenerate only for an intended change, with {@code -Dgolden.update=true}, and say why in the
 * commit.
 */
class CliOptionsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/cli-options.txt");

  @Test
  void everyCommandsOptionsMatchTheGoldenFile() throws IOException {
    var sb = new StringBuilder();
    describe(new CommandLine(new SprintGymCli()).getCommandSpec(), sb);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, sb.toString());
    }
    assertThat(sb.toString()).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void theListingSeesEveryCommandAndADefault() {
    var sb = new StringBuilder();
    describe(new CommandLine(new SprintGymCli()).getCommandSpec(), sb);
    String text = sb.toString();
    // self-check: a listing that missed subcommands or values could not guard anything
    assertThat(text).contains("[sprintgym bench learn]", "[sprintgym serve policy]",
        "[sprintgym backlog generate]", "--seed arity=1 required=false type=long");
    assertThat(text).contains("default=1");
  }

  private static void describe(CommandSpec spec, StringBuilder sb) {
    sb.append('[').append(spec.qualifiedName()).append("]\n");
    spec.options().stream()
        .sorted(Comparator.comparing(OptionSpec::longestName))
        .forEach(o -> sb.append("  ").append(String.join(", ", o.names()))
            .append(" arity=").append(o.arity())
            .append(" required=").append(o.required())
            .append(" type=").append(o.type().getSimpleName())
            .append(" label=").append(o.paramLabel())
            .append(" default=").append(o.defaultValue())
            .append(" initial=").append(initial(o.initialValue()))
            .append(" scope=").append(o.scopeType())
            .append(o.inherited() ? " inherited" : "")
            .append(o.hidden() ? " hidden" : "")
            .append(o.negatable() ? " negatable" : "")
            .append('\n'));
    for (PositionalParamSpec p : spec.positionalParameters()) {
      sb.append("  @").append(p.index())
          .append(" arity=").append(p.arity())
          .append(" required=").append(p.required())
          .append(" type=").append(p.type().getSimpleName())
          .append(" label=").append(p.paramLabel())
          .append(" default=").append(p.defaultValue())
          .append('\n');
    }
    spec.subcommands().entrySet().stream()
        .filter(e -> e.getKey().equals(e.getValue().getCommandName())) // aliases once
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> describe(e.getValue().getCommandSpec(), sb));
  }

  private static String initial(Object v) {
    if (v instanceof Double d) {
      return Double.toString(d);
    }
    return String.valueOf(v);
  }
}

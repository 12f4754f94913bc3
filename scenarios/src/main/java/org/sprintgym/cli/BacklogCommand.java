package org.sprintgym.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.AatBacklogWriter;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.backlog.LoadedBacklog;
import org.sprintgym.sim.backlog.ProductKind;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sprintgym backlog generate|check}: write synthetic backlogs and check backlog files. */
@Command(name = "backlog", mixinStandardHelpOptions = true,
    description = "Generate and check AAT-format backlogs.",
    subcommands = {BacklogCommand.Generate.class, BacklogCommand.Check.class})
public final class BacklogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Writes a seeded synthetic backlog as AAT YAML. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Write a seeded synthetic backlog as AAT-format YAML.")
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--stories", required = true, paramLabel = "N",
        description = "Number of stories, 1..10000.")
    int stories;

    // not SeedOption: default 0, and it seeds the generated backlog, not a simulation
    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
        description = "Seed; the same seed gives the same backlog (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--domain", paramLabel = "D",
        description = "Product kind: crud_api, data_pipeline, ml_service, frontend_spa, cli_tool,"
            + " library (default: drawn from the seed).")
    String domain;

    @Option(names = "--language", paramLabel = "L",
        description = "python, typescript, go, rust, java or cpp (default: drawn from the seed).")
    String language;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Override
    public Integer call() {
      if (stories < 1 || stories > BacklogGenerator.MAX_STORIES) {
        throw InputError.option("--stories", stories + " is out of range",
            "1.." + BacklogGenerator.MAX_STORIES);
      }
      ProductKind kind = domain == null ? null : ProductKind.fromKey(domain).orElseThrow(() ->
          InputError.option("--domain", "'" + domain + "' is not a product kind",
              String.join(", ", ProductKind.keys())));
      if (language != null && !BacklogGenerator.languages().contains(language)) {
        throw InputError.option("--language", "'" + language + "' is not supported",
            String.join(", ", BacklogGenerator.languages()));
      }
      if (Files.exists(out) && !force) {
        throw InputError.option("--out", out + " already exists", "a new file, or add --force");
      }
      Backlog b = BacklogGenerator.generate(stories, seed,
          new BacklogGenerator.Options(kind, language));
      AatBacklogWriter.write(b, out);
      spec.commandLine().getOut().printf("generated %d stories, %d points -> %s%n",
          b.stories().size(), b.totalPoints(), out);
      return 0;
    }
  }

  /** Loads a backlog file and prints a one-line summary. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Load an AAT-format backlog and print a one-line summary.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backlog file.")
    Path file;

    // not SeedOption: default 0, and it seeds only the derived hidden criteria of the check
    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
        description = "Seed for derived hidden criteria (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
      LoadedBacklog loaded = AatBacklogReader.load(file, seed);
      Backlog b = loaded.backlog();
      double meanAmbiguity = b.stories().stream().mapToDouble(Story::ambiguity).average().orElse(0);
      int hidden = b.stories().stream().mapToInt(s -> s.hiddenCriteria().size()).sum();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT,
          "%s: %d stories, %d points, mean ambiguity %.2f, %d hidden criteria, ignored keys: %s%n",
          file, b.stories().size(), b.totalPoints(), meanAmbiguity, hidden,
          loaded.ignoredKeys().isEmpty() ? "none" : String.join(", ", loaded.ignoredKeys()));
      return 0;
    }
  }
}

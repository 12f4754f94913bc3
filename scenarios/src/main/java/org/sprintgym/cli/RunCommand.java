package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.cli.options.ForceOption;
import org.sprintgym.evaluation.curriculum.CurriculumJob;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym run SCENARIO.yaml}: does what a scenario script says. {@code --check} only
 * loads and validates it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario script (see scenarios/SCHEMA.md).")
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario script (YAML).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<name>).")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a key of the script, e.g. --set team.sprint_days=10 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--check", description = "Only load and validate the script.")
  boolean check;

  @Mixin ForceOption forceOption;

  // --resume and --tensorboard: kept here, not mixins shared with train, so that each help text
  // keeps naming its own kind of run (curriculum here, one PPO training there)
  @Option(names = "--resume",
      description = "Continue an interrupted curriculum run from its checkpoint in the output folder.")
  boolean resume;

  @Option(names = "--tensorboard", paramLabel = "DIR",
      description = "A curriculum run also writes TensorBoard event files of every PPO update"
          + " into DIR.")
  Path tensorboard;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.existing(file, "SCENARIO", "a scenario YAML file");
    Scenario scenario = ScenarioLoader.load(file, sets);
    if (check) {
      stdout.printf("%s: valid %s scenario '%s' (seed %d, %d replication%s)%n", file,
          scenario.kind().key(), scenario.name(), scenario.seed(), scenario.replications(),
          scenario.replications() == 1 ? "" : "s");
      return 0;
    }
    Path target = out != null ? out : Path.of("runs", scenario.name());
    var provenance = new LinkedHashMap<String, Object>();
    provenance.put("command", "run");
    provenance.put("scenario", Provenance.file(file));
    provenance.put("overrides", sets);
    provenance.put("resolved_scenario", scenario.resolved());
    provenance.put("coefficient_tables", scenario.coefficientTables());
    if (scenario.kind() == Scenario.Kind.CURRICULUM) {
      NativeThreads.limit(1);
      try (ProgressBar bar = Bars.open("curriculum " + scenario.name(), 1, " episodes")) {
        CurriculumJob.run(new CurriculumJob.Request(scenario.curriculum().orElseThrow(),
            scenario.seed(), scenario.name(), target, resume, forceOption.force(), provenance,
            Provenance.versions(), tensorboard), stdout, (done, planned) -> {
              if (bar != null) {
                bar.maxHint(planned);
                bar.stepTo(done);
              }
            });
      }
      return 0;
    }
    if (resume) {
      throw InputError.option("--resume", "only a curriculum run can be resumed",
          "a kind: curriculum scenario");
    }
    if (tensorboard != null) {
      throw InputError.option("--tensorboard", "only a curriculum run trains a policy",
          "a kind: curriculum scenario");
    }
    var ignored = new ArrayList<String>();
    Backlog backlog = scenario.loadBacklog(ignored);
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", forceOption.force())) {
      switch (scenario.kind()) {
        case CURRICULUM -> throw new IllegalStateException("handled above");
        case SIMULATION -> {
          Scenario.Simulation sim = scenario.simulation().orElseThrow();
          new SimulationJob(scenario.config(), backlog, scenario.seed(), scenario.replications(),
              sim.sprints(), sim.events(), null).run(dir, provenance, ignored, stdout);
        }
      }
    }
    return 0;
  }
}

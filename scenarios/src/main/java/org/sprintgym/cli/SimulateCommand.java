package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.cli.io.Provenance;
import org.sprintgym.cli.options.ForceOption;
import org.sprintgym.cli.options.SeedOption;
import org.sprintgym.cli.options.TeamRunOptions;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.LoadedBacklog;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.kernel.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym simulate}: headless simulation of sprints with scripted members, no learning.
 * Writes {@code sprints.jsonl}, {@code summary.json} and {@code run.json} into a fresh folder,
 * atomically.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate sprints of a team working a backlog (headless, no learning).")
public final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // not shared with compare, whose help says both arms share the backlog, nor with bench sim,
  // where it is optional
  @Option(names = "--backlog", required = true, paramLabel = "FILE",
      description = "AAT-format backlog YAML (product: and stories:).")
  Path backlog;

  @Option(names = "--config", paramLabel = "FILE",
      description = "AAT experiment config YAML; modelled keys are applied, the others listed as ignored.")
  Path config;

  @Mixin TeamRunOptions teamRun;

  @Mixin SeedOption seedOption;

  // each folder command keeps its own --out: the default folder is named after the command
  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: runs/simulate-<backlog>-s<seed>).")
  Path out;

  @Mixin ForceOption forceOption;

  @Option(names = "--events", description = "Also write the full event log as events.jsonl.")
  boolean events;

  // not shared with compare: there an intervention applies to the variant arm only
  @Option(names = "--intervention", paramLabel = "SPEC",
      description = "What-if intervention, repeatable: " + org.sprintgym.sim.config.InterventionSpec.FORMS
          + ", e.g. pairing=off@3.")
  List<String> interventions = new ArrayList<>();


  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    InputFiles.inRange(sprints(), 1, 10_000, "--sprints");
    InputFiles.existing(backlog, "--backlog", "an AAT backlog YAML file");
    var streams = new RandomStreams(seed());
    SimConfig cfg = SimConfig.defaults();
    List<String> ignored = new ArrayList<>();
    AatConfigReader.LoadedConfig lc = null;
    if (config != null) {
      InputFiles.existing(config, "--config", "an AAT experiment config YAML file");
      lc = AatConfigReader.read(config, cfg);
      cfg = lc.config();
      ignored.addAll(lc.ignoredKeys());
    }
    // the config's sim.coefficients.backlog derives what the backlog file does not state
    LoadedBacklog loaded = AatBacklogReader.load(backlog, streams.seedOf("backlog"),
        cfg.backlogCoefficients());
    cfg = InterventionOptions.apply(cfg, lc,
        InterventionOptions.parse(interventions, "--intervention"), "--intervention", sprints());
    ignored.addAll(loaded.ignoredKeys());
    Path target = out != null ? out : Path.of("runs", "simulate-" + baseName(backlog) + "-s" + seed());
    var provenance = new LinkedHashMap<String, Object>();
    provenance.put("command", "simulate");
    provenance.put("backlog", Provenance.file(backlog));
    provenance.put("config", config == null ? null : Provenance.file(config));
    if (teams() != null) {
      InputFiles.inRange(teams(), 2, 7, "--teams");
      int listed = cfg.portfolio().teams().size();
      if (listed > 0 && teams() != listed) {
        throw InputError.option("--teams", teams() + " teams but the config lists " + listed,
            String.valueOf(listed));
      }
    }
    InterventionOptions.checkTeams(cfg, loaded.backlog(), teams(), seed(),
        interventions.isEmpty() ? "--config" : "--intervention");
    try (OutputDirectory dir = OutputDirectory.open(target, "--out", forceOption.force())) {
      new SimulationJob(cfg, loaded.backlog(), seed(), 1, sprints(), events, teams())
          .run(dir, provenance, ignored, stdout);
    }
    return 0;
  }

  private static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private long seed() {
    return seedOption.seed();
  }

  private int sprints() {
    return teamRun.sprints();
  }

  private Integer teams() {
    return teamRun.teams();
  }
}

package org.sprintgym.cli;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.AatConfigReader.LoadedConfig;
import org.sprintgym.sim.config.Intervention;
import org.sprintgym.sim.config.InterventionSpec;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.world.Portfolio;
import org.sprintgym.sim.world.TeamSimulation;

/**
 * Interventions given on the command line ({@code --intervention pairing=off@3}), added after any
 * the config file lists, and checked against the run length. Every problem is one
 * {@link InputError} that names the option or the config key.
 */
final class InterventionOptions {
  private InterventionOptions() {}

  /** Parses each spec; the error names {@code option} and quotes the spec. */
  static List<Intervention> parse(List<String> specs, String option) {
    var out = new ArrayList<Intervention>();
    for (String s : specs) {
      try {
        out.add(InterventionSpec.parse(s));
      } catch (IllegalArgumentException e) {
        // a message that lists its own allowed values needs no list of every form
        String m = e.getMessage();
        throw InputError.option(option, "'" + s + "': " + m,
            m.contains("(allowed:") ? null : InterventionSpec.FORMS);
      }
    }
    return out;
  }

  /**
   * The config with {@code extra} appended to its interventions, every intervention within
   * {@code sprints}; {@code loaded} (may be null) locates the config file's own interventions.
   */
  static SimConfig apply(SimConfig config, LoadedConfig loaded, List<Intervention> extra,
      String option, int sprints) {
    if (loaded != null) {
      loaded.requireWithinRun(sprints, "--sprints");
    }
    for (Intervention i : extra) {
      if (i.sprint() > sprints) {
        throw InputError.option(option, "'" + i.spec() + "': sprint " + i.sprint()
            + " is beyond the run (--sprints " + sprints + ")", "sprints 1.." + sprints);
      }
    }
    if (extra.isEmpty()) {
      return config;
    }
    var all = new ArrayList<>(config.interventions());
    all.addAll(extra);
    try {
      return config.toBuilder().interventions(all).build();
    } catch (IllegalArgumentException e) {
      throw InputError.option(option, e.getMessage(), null);
    }
  }

  /**
   * Builds the simulation once so that what only the teams can tell (a split naming no simulated
   * team, an added member's unknown team) is an input error before any output.
   */
  static void checkTeams(SimConfig cfg, Backlog backlog, Integer teams, long seed, String option) {
    if (cfg.interventions().isEmpty()) {
      return;
    }
    try {
      if (teams != null || !cfg.portfolio().teams().isEmpty()) {
        var b = Portfolio.builder(cfg, backlog, seed);
        if (teams != null && cfg.portfolio().teams().isEmpty()) {
          b.teams(teams);
        }
        b.build();
      } else {
        TeamSimulation.builder(cfg, backlog, seed).build();
      }
    } catch (IllegalArgumentException e) {
      throw InputError.option(option, e.getMessage(), null);
    }
  }
}

package org.sprintgym.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.backlog.AatBacklogReader;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.backlog.ProductKind;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.episode.EpisodeCoefficients;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * A validated scenario script: what to run, on which team and backlog, with which seeds.
 *
 * @param file the script (after {@code extends} chains are resolved, the outermost file)
 * @param name the scenario's name (default: the file name without extension)
 * @param kind what the script runs
 * @param seed the root seed of replication 1; replication i uses {@code seed + i - 1}
 * @param replications how many seeds to run
 * @param config the team and process configuration (AAT config, then the script's team section)
 * @param backlog where the backlog comes from (null for kind {@code curriculum}, whose episode
 *     worlds generate their own backlogs)
 * @param simulation settings of a headless simulation (kind {@code simulation})
 * @param curriculum settings of a curriculum (kind {@code curriculum})
 * @param rewards the reward weights ({@code episode.rewards}; the defaults unless given)
 * @param episode the judge's, the consequence model's, the cues', the situation models', the type
 *     specs' and the difficulty's tables ({@code episode.judge}, {@code episode.outcome},
 *     {@code episode.cues}, {@code episode.situations}, {@code episode.types},
 *     {@code episode.difficulty}; the defaults unless given)
 * @param resolved the fully merged script as plain maps and lists, for provenance
 */
public record Scenario(
    Path file,
    String name,
    Kind kind,
    long seed,
    int replications,
    SimConfig config,
    BacklogSource backlog,
    Optional<Simulation> simulation,
    Optional<org.sprintgym.evaluation.curriculum.CurriculumSpec> curriculum,
    RewardWeights rewards,
    EpisodeCoefficients episode,
    Map<String, Object> resolved) {

  public Scenario {
    Requires.nonNull(file, "scenario file");
    Requires.nonBlank(name, "scenario name");
    Requires.nonNull(kind, "scenario kind");
    Requires.inRange(replications, 1, 100_000, "replications");
    Requires.nonNull(config, "config");
    Requires.nonNull(rewards, "rewards");
    Requires.nonNull(episode, "episode");
    if (kind == Kind.SIMULATION) {
      Requires.nonNull(backlog, "backlog");
    }
    // YAML nulls are legal values here, so no Map.copyOf
    resolved = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resolved));
  }

  /**
   * Every coefficient table in effect, by table name ({@code sim.coefficients.work}, ...,
   * {@code episode.rewards}, {@code episode.judge}, {@code episode.outcome}, {@code episode.cues},
   * {@code episode.situations}, {@code episode.types}, {@code episode.difficulty}), each as
   * key -> value in table order: for run.json.
   */
  public Map<String, Map<String, Double>> coefficientTables() {
    var out = new java.util.LinkedHashMap<String, Map<String, Double>>(config.coefficientValues());
    out.putAll(episode.valuesWith(rewards));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** What a scenario script runs. */
  public enum Kind {
    /** Headless sprints with scripted members, no learning. */
    SIMULATION,
    /** Staged PPO + LoRA training with graduation criteria and a report. */
    CURRICULUM;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Settings of a headless simulation. */
  public record Simulation(int sprints, boolean events) {
    public Simulation {
      Requires.inRange(sprints, 1, 10_000, "simulation.sprints");
    }
  }

  /**
   * The scenario's backlog. A file's hidden truth derives from the scenario's seed, so every
   * replication (and every sweep cell with that seed) works the same backlog; what the file does
   * not state, and a generated backlog's draws, follow {@code sim.coefficients.backlog}.
   *
   * @param ignored collects keys of the file that SprintGym does not model
   */
  public Backlog loadBacklog(List<String> ignored) {
    if (backlog instanceof BacklogSource.File f) {
      var lb = AatBacklogReader.load(f.path(), new RandomStreams(seed).seedOf("backlog"),
          config.backlogCoefficients());
      ignored.addAll(lb.ignoredKeys());
      return lb.backlog();
    }
    var g = (BacklogSource.Generated) backlog;
    ProductKind kind = g.domain() == null ? null : ProductKind.fromKey(g.domain()).orElseThrow();
    return BacklogGenerator.generate(g.stories(), g.seed(),
        new BacklogGenerator.Options(kind, g.language()), config.backlogCoefficients());
  }

  /** A backlog file, or a generated backlog. */
  public sealed interface BacklogSource {
    /** An AAT-format backlog file. */
    record File(Path path) implements BacklogSource {}

    /** A backlog from {@code BacklogGenerator}; null kind or language = drawn from the seed. */
    record Generated(int stories, long seed, String domain, String language) implements BacklogSource {}
  }
}

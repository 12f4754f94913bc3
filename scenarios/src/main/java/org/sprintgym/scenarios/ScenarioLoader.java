package org.sprintgym.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sprintgym.scenarios.curriculum.CurriculumSection;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.backlog.ProductKind;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.CoefficientReader;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.TesterPairing;
import org.sprintgym.sim.config.WipLimits;
import org.sprintgym.sim.episode.EpisodeCoefficients;
import org.sprintgym.sim.episode.EpisodeTablesReader;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.YamlMerge;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Loads a scenario script: follows {@code extends} (a script layered on another, paths relative
 * to the file that names them), applies {@code --set path=value} overrides, then validates every
 * key strictly. Every problem is an {@link InputError} located at FILE:LINE:COLUMN (or at the
 * {@code --set} that caused it). The schema is documented in {@code scenarios/SCHEMA.md}.
 */
public final class ScenarioLoader {
  static final List<String> TOP = List.of("extends", "name", "kind", "seed", "replications", "team",
      "backlog", "simulation", "curriculum", "sim", "episode");
  static final List<String> TEAM = List.of("aat_config", "sprint_days", "wip_limits", "pairing",
      "tester_pairing", "commitment_factor");
  static final List<String> BACKLOG = List.of("file", "generate");
  static final List<String> GENERATE = List.of("stories", "seed", "domain", "language");
  static final List<String> SIMULATION = List.of("sprints", "events");
  private static final int MAX_EXTENDS_DEPTH = 16;

  private ScenarioLoader() {}

  /** Loads and validates {@code file} with the given {@code key=value} overrides. */
  public static Scenario load(Path file, List<String> sets) {
    YamlNode root = readChain(file, new LinkedHashSet<>());
    for (String set : sets) {
      root = applySet(root, set);
    }
    return validate(file, root);
  }

  private static YamlNode readChain(Path file, Set<Path> seen) {
    Path norm = file.toAbsolutePath().normalize();
    YamlNode node = YamlTree.read(file);
    if (node.kind() != YamlNode.Kind.MAP) {
      throw node.error("a scenario must be a mapping of sections but is " + node.describe(),
          String.join(", ", TOP));
    }
    if (!seen.add(norm) || seen.size() > MAX_EXTENDS_DEPTH) {
      throw node.error("'extends' chain loops back to " + file, "a chain of distinct files");
    }
    Optional<YamlNode> ext = node.get("extends");
    if (ext.isEmpty()) {
      return node;
    }
    Path parent = relative(ext.get(), ext.get().asString());
    if (!Files.isRegularFile(parent)) {
      throw ext.get().error("file " + parent + " not found", "a scenario file to extend");
    }
    return YamlMerge.merge(readChain(parent, seen), node);
  }

  private static YamlNode applySet(YamlNode root, String set) {
    Path source = Path.of("--set " + set);
    int eq = set.indexOf('=');
    if (eq <= 0) {
      throw InputError.at(source, 1, 1, "--set", "expected path.to.key=value", "e.g. team.sprint_days=10");
    }
    return YamlMerge.set(root, set.substring(0, eq).trim(), set.substring(eq + 1), source);
  }

  /** A path written in a scenario, relative to the file it was written in. */
  static Path relative(YamlNode at, String written) {
    Path p = Path.of(written);
    if (p.isAbsolute()) {
      return p;
    }
    Path dir = at.file().toAbsolutePath().getParent();
    boolean fromFile = dir != null && Files.isRegularFile(at.file());
    return fromFile ? dir.resolve(p).normalize() : p;
  }

  private static Scenario validate(Path file, YamlNode root) {
    root.requireKeys(TOP);
    String defaultName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String name = root.get("name").map(ScenarioLoader::name).orElse(defaultName);
    YamlNode kindNode = root.require("kind");
    List<String> kinds = new ArrayList<>();
    for (Scenario.Kind k : Scenario.Kind.values()) {
      kinds.add(k.key());
    }
    Scenario.Kind kind = Scenario.Kind.valueOf(kindNode.asChoice(kinds).toUpperCase(java.util.Locale.ROOT));
    long seed = root.get("seed").map(YamlNode::asLong).orElse(1L);
    int replications = root.get("replications").map(n -> n.asInt(1, 100_000)).orElse(1);
    if (kind == Scenario.Kind.CURRICULUM) {
      for (String unused : List.of("team", "backlog", "simulation", "replications")) {
        Optional<YamlNode> n = root.get(unused);
        if (n.isPresent()) {
          throw n.get().error("'" + unused + "' is not used by kind: curriculum (its episode"
              + " worlds come from curriculum.worlds; seeds from curriculum.evaluation.seeds)",
              "extends, name, kind, seed, sim, episode, curriculum");
        }
      }
      YamlNode c = root.get("curriculum").orElseGet(() -> root.require("curriculum"));
      EpisodeTablesReader.Tables read = EpisodeTablesReader.read(root.get("episode"));
      RewardWeights rewards = read.rewards();
      EpisodeCoefficients tables = read.coefficients();
      // the episode worlds are the default team's, so of sim: only the coefficient tables apply
      SimConfig config = SimConfig.defaults();
      if (root.get("sim").isPresent()) {
        config = CoefficientReader.applySim(root.get("sim").get(), config);
      }
      return new Scenario(file, name, kind, seed, 1, config, null, Optional.empty(),
          Optional.of(CurriculumSection.parse(c).withRewards(rewards).withSim(config)
              .withEpisode(tables)), rewards, tables, plain(root));
    }
    root.get("episode").ifPresent(n -> {
      throw n.error("'episode' (reward weights and episode tables) is only for kind: curriculum",
          "kind: curriculum");
    });
    root.get("curriculum").ifPresent(n -> {
      throw n.error("'curriculum' is only for kind: curriculum", "kind: curriculum");
    });
    var aatConfig = new ArrayList<AatConfigReader.LoadedConfig>(1);
    SimConfig config = team(root.get("team"), aatConfig);
    if (root.get("sim").isPresent()) {
      config = CoefficientReader.applySim(root.get("sim").get(), config);
    }
    Scenario.BacklogSource backlog = backlog(root.require("backlog"));
    Optional<Scenario.Simulation> simulation = Optional.empty();
    if (kind == Scenario.Kind.SIMULATION) {
      YamlNode sim = root.require("simulation").requireKeys(SIMULATION);
      simulation = Optional.of(new Scenario.Simulation(sim.require("sprints").asInt(1, 10_000),
          sim.get("events").map(YamlNode::asBoolean).orElse(false)));
      // the AAT config's interventions must take effect within the run
      for (AatConfigReader.LoadedConfig lc : aatConfig) {
        lc.requireWithinRun(simulation.get().sprints(), "simulation.sprints");
      }
    }
    return new Scenario(file, name, kind, seed, replications, config, backlog, simulation, Optional.empty(),
        RewardWeights.defaults(), EpisodeCoefficients.defaults(), plain(root));
  }

  /** A run name: it becomes a folder name, so letters, digits, '.', '_' and '-' only. */
  private static String name(YamlNode n) {
    String s = n.asString();
    if (!s.matches("[A-Za-z0-9._-]{1,100}") || s.startsWith(".")) {
      throw n.error("'" + s + "' is not a usable run name",
          "1-100 letters, digits, '.', '_', '-', not starting with '.'");
    }
    return s;
  }

  private static SimConfig team(Optional<YamlNode> section,
      List<AatConfigReader.LoadedConfig> aatConfig) {
    SimConfig cfg = SimConfig.defaults();
    if (section.isEmpty()) {
      return cfg;
    }
    YamlNode t = section.get().requireKeys(TEAM);
    Optional<YamlNode> aat = t.get("aat_config");
    if (aat.isPresent()) {
      Path p = relative(aat.get(), aat.get().asString());
      if (!Files.isRegularFile(p)) {
        throw aat.get().error("file " + p + " not found", "an AAT experiment config YAML file");
      }
      AatConfigReader.LoadedConfig lc = AatConfigReader.read(p, cfg);
      aatConfig.add(lc);
      cfg = lc.config();
    }
    SimConfig.Builder b = cfg.toBuilder();
    t.get("sprint_days").ifPresent(n -> b.sprintDays(n.asInt(1, 20)));
    t.get("pairing").ifPresent(n -> b.pairing(n.asBoolean()));
    t.get("commitment_factor").ifPresent(n -> b.commitmentFactor(n.asDouble(0.05, 1.5)));
    SimConfig current = cfg;
    t.get("wip_limits").ifPresent(n -> {
      n.requireKeys(List.of("in_progress", "review"));
      b.wipLimits(new WipLimits(
          n.get("in_progress").map(x -> x.asInt(1, 50)).orElse(current.wipLimits().inProgress()),
          n.get("review").map(x -> x.asInt(1, 50)).orElse(current.wipLimits().review())));
    });
    t.get("tester_pairing").ifPresent(n -> {
      n.requireKeys(List.of("enabled", "frequency"));
      b.testerPairing(new TesterPairing(
          n.get("enabled").map(YamlNode::asBoolean).orElse(current.testerPairing().enabled()),
          n.get("frequency").map(YamlNode::asUnit).orElse(current.testerPairing().frequency())));
    });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw t.error(e.getMessage(), null); // a combination the single checks above cannot see
    }
  }

  private static Scenario.BacklogSource backlog(YamlNode b) {
    b.requireKeys(BACKLOG);
    Optional<YamlNode> f = b.get("file");
    Optional<YamlNode> g = b.get("generate");
    if (f.isPresent() == g.isPresent()) {
      throw b.error("give exactly one of 'file' and 'generate'", "file: PATH, or generate: {stories, seed}");
    }
    if (f.isPresent()) {
      Path p = relative(f.get(), f.get().asString());
      if (!Files.isRegularFile(p)) {
        throw f.get().error("file " + p + " not found", "an AAT backlog YAML file");
      }
      return new Scenario.BacklogSource.File(p);
    }
    YamlNode gen = g.get().requireKeys(GENERATE);
    List<String> kinds = ProductKind.keys();
    return new Scenario.BacklogSource.Generated(
        gen.require("stories").asInt(1, BacklogGenerator.MAX_STORIES),
        gen.get("seed").map(YamlNode::asLong).orElse(1L),
        gen.get("domain").map(n -> n.asChoice(kinds)).orElse(null),
        gen.get("language").map(n -> n.asChoice(BacklogGenerator.languages())).orElse(null));
  }

  /** The tree as plain maps, lists and scalars (for run.json). */
  static Map<String, Object> plain(YamlNode map) {
    var out = new LinkedHashMap<String, Object>();
    map.entries().forEach((k, v) -> out.put(k, plainValue(v)));
    return out;
  }

  private static Object plainValue(YamlNode n) {
    return switch (n.kind()) {
      case MAP -> plain(n);
      case LIST -> n.items().stream().map(ScenarioLoader::plainValue).toList();
      case NULL -> null;
      case BOOLEAN -> n.asBoolean();
      case INTEGER -> n.asLong();
      case FLOAT -> n.asDouble(-Double.MAX_VALUE, Double.MAX_VALUE);
      case STRING -> n.asString();
    };
  }
}

package org.sprintgym.sim.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Team;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Applies an agile-agent-team experiment config on top of a base {@link SimConfig}. Only the keys
 * in {@link #APPLIERS} act; every other key is reported once, at its top-most unmodelled path
 * (e.g. {@code disturbances}, not each frequency), in {@link LoadedConfig#ignoredKeys()}. Modelling
 * a new key later is one more entry in the table. Values are validated with
 * {@link org.sprintgym.sim.io.InputError}s that name the file, line, column, key path and range.
 */
public final class AatConfigReader {
  private AatConfigReader() {}

  /**
   * The result of reading a config.
   *
   * @param config the base config with the file's modelled keys applied
   * @param ignoredKeys key paths present in the file that SprintGym does not model (yet)
   */
  public record LoadedConfig(SimConfig config, List<String> ignoredKeys) {
    public LoadedConfig {
      Requires.nonNull(config, "config");
      ignoredKeys = List.copyOf(ignoredKeys);
    }
  }

  /** Applies one key's value to the draft, validating it first. */
  @FunctionalInterface
  interface Applier {
    void apply(YamlNode value, Draft draft);
  }

  static final List<String> TEAM_TYPES =
      List.of("stream_aligned", "platform", "enabling", "complicated_subsystem");

  /** The modelled keys, by full path. Order is irrelevant: the file's order is kept. */
  static final Map<String, Applier> APPLIERS = appliers();

  /** Paths that lead to a modelled key and are therefore walked into rather than ignored. */
  private static final Set<String> CONTAINERS = containers(APPLIERS.keySet());

  private static Map<String, Applier> appliers() {
    var m = new LinkedHashMap<String, Applier>();
    m.put("experiment.name", (v, d) -> d.name = nonBlank(v));
    m.put("experiment.num_simulated_days", (v, d) -> d.sprintDays = v.asInt(1, 20));
    m.put("team.team_type", (v, d) -> d.teamType = v.asChoice(TEAM_TYPES));
    m.put("team.wip_limits.in_progress", (v, d) -> d.inProgress = v.asInt(1, 50));
    m.put("team.wip_limits.review", (v, d) -> d.review = v.asInt(1, 50));
    m.put("team.tester_pairing.enabled", (v, d) -> d.pairingEnabled = v.asBoolean());
    m.put("team.tester_pairing.frequency", (v, d) -> d.pairingFrequency = v.asUnit());
    // testers always navigate in SprintGym, as in AAT; any other role is a misunderstanding
    m.put("team.tester_pairing.role", (v, d) -> v.asChoice(List.of("navigator")));
    m.put("models.agents", (v, d) -> d.members = AatTeamReader.members(v, d.ignored));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Set<String> containers(Set<String> paths) {
    var out = new TreeSet<String>();
    for (String p : paths) {
      for (int dot = p.indexOf('.'); dot > 0; dot = p.indexOf('.', dot + 1)) {
        out.add(p.substring(0, dot));
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Reads {@code file} and applies it on top of {@code base}. */
  public static LoadedConfig read(Path file, SimConfig base) {
    var draft = new Draft(base);
    YamlNode root = YamlTree.read(file, draft.ignored);
    if (root.kind() != YamlNode.Kind.MAP) {
      throw root.error("expected a mapping of config sections but found " + root.describe(), null);
    }
    walk(root, draft);
    return new LoadedConfig(draft.build(), draft.ignored);
  }

  private static void walk(YamlNode map, Draft draft) {
    for (YamlNode child : map.entries().values()) {
      String path = child.path();
      Applier applier = APPLIERS.get(path);
      if (applier != null) {
        if (child.kind() != YamlNode.Kind.NULL) {
          applier.apply(child, draft);
        }
      } else if (CONTAINERS.contains(path) && child.kind() != YamlNode.Kind.NULL) {
        child.entries(); // a section must be a mapping; this names it if it is not
        walk(child, draft);
      } else {
        draft.ignored.add(path);
      }
    }
  }

  static String nonBlank(YamlNode v) {
    String s = v.asText();
    if (s.isBlank()) {
      throw v.error("must not be empty", "a non-empty string");
    }
    return s.strip();
  }

  /** The values being assembled; starts as the base config. */
  static final class Draft {
    private final SimConfig base;
    final List<String> ignored = new ArrayList<>();
    String name;
    int sprintDays;
    String teamType;
    int inProgress;
    int review;
    boolean pairingEnabled;
    double pairingFrequency;
    List<Member> members;

    Draft(SimConfig base) {
      this.base = base;
      name = base.name();
      sprintDays = base.sprintDays();
      teamType = base.team().teamType();
      inProgress = base.wipLimits().inProgress();
      review = base.wipLimits().review();
      pairingEnabled = base.testerPairing().enabled();
      pairingFrequency = base.testerPairing().frequency();
      members = base.team().members();
    }

    SimConfig build() {
      return base.toBuilder()
          .name(name)
          .sprintDays(sprintDays)
          .team(new Team(base.team().id(), teamType, members))
          .wipLimits(new WipLimits(inProgress, review))
          .testerPairing(new TesterPairing(pairingEnabled, pairingFrequency))
          .build();
    }
  }
}

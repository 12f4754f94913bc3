package org.sprintgym.sim.episode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.config.CoefficientReader;
import org.sprintgym.sim.config.Coefficients;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Reads the episode tables from YAML strictly: an {@code episode:} section of a scenario or of an
 * AAT config (a SprintGym extension, like its {@code sim:} section) with the reward weights
 * ({@code rewards}) and the {@link EpisodeCoefficients} tables by their short names
 * ({@code judge}, {@code outcome}, {@code cues}, {@code situations}, {@code types},
 * {@code difficulty}), each written flat or nested as {@link CoefficientReader} reads them. Every
 * problem is an {@link org.sprintgym.sim.io.InputError} at the offending node (FILE:LINE:COLUMN),
 * naming the key and what is allowed; tables not given keep their defaults.
 */
public final class EpisodeTablesReader {
  private EpisodeTablesReader() {}

  /**
   * The reward weights and the other episode tables as read.
   *
   * @param rewards the reward weights ({@code episode.rewards})
   * @param coefficients the other episode tables
   */
  public record Tables(RewardWeights rewards, EpisodeCoefficients coefficients) {
    public Tables {
      Requires.nonNull(rewards, "rewards");
      Requires.nonNull(coefficients, "coefficients");
    }

    /** The default weights and tables. */
    public static Tables defaults() {
      return new Tables(RewardWeights.defaults(), EpisodeCoefficients.defaults());
    }

    /** {@code base} with these weights and tables. */
    public EpisodeConfig applyTo(EpisodeConfig base) {
      return base.withRewards(rewards).withCoefficients(coefficients);
    }
  }

  /** The keys an {@code episode:} section may hold: {@code rewards}, then the tables' names. */
  public static List<String> sections() {
    var out = new ArrayList<String>();
    out.add(RewardWeights.TABLE.shortName());
    out.addAll(EpisodeCoefficients.tableNames());
    return List.copyOf(out);
  }

  /** The tables of an {@code episode:} section; absent or null: the defaults. */
  public static Tables read(Optional<YamlNode> episode) {
    if (episode.isEmpty() || episode.get().kind() == YamlNode.Kind.NULL) {
      return Tables.defaults();
    }
    YamlNode e = episode.get().requireKeys(sections());
    return new Tables(rewards(e), coefficients(e));
  }

  /**
   * The {@code episode:} section of the AAT config {@code file} (read as AAT reads it: a repeated
   * key's later value wins); a file without one gives the defaults. Its other keys are the
   * world's ({@link org.sprintgym.sim.config.AatConfigReader}) and are not read here.
   */
  public static Tables readAatConfig(Path file) {
    YamlNode root = YamlTree.read(file, new ArrayList<>());
    if (root.kind() != YamlNode.Kind.MAP) {
      throw root.error("expected a mapping of config sections but found " + root.describe(), null);
    }
    return read(root.get("episode"));
  }

  private static RewardWeights rewards(YamlNode episode) {
    Optional<YamlNode> r = episode.get(RewardWeights.TABLE.shortName());
    if (r.isEmpty() || r.get().kind() == YamlNode.Kind.NULL) {
      return RewardWeights.defaults();
    }
    try {
      return RewardWeights.from(CoefficientReader.read(r.get(), RewardWeights.TABLE));
    } catch (IllegalArgumentException ex) {
      throw r.get().error(ex.getMessage(), null); // e.g. components not summing to 1
    }
  }

  private static EpisodeCoefficients coefficients(YamlNode episode) {
    EpisodeCoefficients out = EpisodeCoefficients.defaults();
    for (Coefficients t : out.tables()) {
      String name = t.table().shortName();
      Optional<YamlNode> n = episode.get(name);
      if (n.isEmpty() || n.get().kind() == YamlNode.Kind.NULL) {
        continue;
      }
      Map<String, Double> values = CoefficientReader.read(n.get(), t.table());
      try {
        out = out.with(name, values);
      } catch (IllegalArgumentException ex) {
        throw n.get().error(ex.getMessage(), null); // a combination the single ranges cannot see
      }
    }
    return out;
  }
}

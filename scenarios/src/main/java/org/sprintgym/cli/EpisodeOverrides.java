package org.sprintgym.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.config.Coefficients;
import org.sprintgym.sim.episode.EpisodeCoefficients;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeTablesReader;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.io.InputError;

/**
 * {@code --set episode.TABLE.KEY=VALUE} overrides of the episode tables ({@code rewards},
 * {@code judge}, {@code outcome}, {@code cues}, {@code situations}, {@code types},
 * {@code difficulty}) for commands that play
 * episodes outside a scenario: each table's own checks apply, and a bad override is one
 * {@code --set} error naming what is allowed.
 */
final class EpisodeOverrides {
  private EpisodeOverrides() {}

  private static final String PREFIX = "episode.";

  /**
   * The default episode configuration with the tables {@code base} (an AAT config's, say) and
   * then {@code settings} applied (in order, per table).
   */
  static EpisodeConfig apply(EpisodeTablesReader.Tables base, List<String> settings) {
    var byTable = new LinkedHashMap<String, Map<String, Double>>();
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (!s.startsWith(PREFIX) || eq < 0) {
        throw InputError.option("--set", "'" + s + "' is not an episode table override",
            "episode.TABLE.KEY=VALUE, TABLE one of " + String.join(", ", tables()));
      }
      String path = s.substring(PREFIX.length(), eq);
      int dot = path.indexOf('.');
      String table = dot < 0 ? path : path.substring(0, dot);
      if (!tables().contains(table) || dot < 0) {
        throw InputError.option("--set", "'" + path + "' names no key of an episode table",
            "episode.TABLE.KEY with TABLE one of " + String.join(", ", tables()));
      }
      double value;
      try {
        value = Double.parseDouble(s.substring(eq + 1).trim());
      } catch (NumberFormatException e) {
        throw InputError.option("--set", "'" + s.substring(eq + 1) + "' is not a number",
            "a number in the key's range");
      }
      byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(path.substring(dot + 1),
          value);
    }
    try {
      EpisodeConfig cfg = EpisodeConfig.defaults().withRewards(base.rewards());
      Map<String, Double> rewards = byTable.remove("rewards");
      if (rewards != null) {
        cfg = cfg.withRewards(RewardWeights.from(RewardWeights.TABLE.resolve(
            base.rewards().values(), rewards)));
      }
      EpisodeCoefficients tables = base.coefficients();
      for (var e : byTable.entrySet()) {
        tables = tables.with(e.getKey(), e.getValue());
      }
      return cfg.withCoefficients(tables);
    } catch (IllegalArgumentException e) {
      throw InputError.option("--set", e.getMessage(), null); // the table says what is allowed
    }
  }

  /** The episode tables' short names. */
  static List<String> tables() {
    var out = new java.util.ArrayList<String>();
    out.add(RewardWeights.TABLE.shortName());
    for (Coefficients c : EpisodeCoefficients.defaults().tables()) {
      out.add(c.table().shortName());
    }
    return out;
  }
}

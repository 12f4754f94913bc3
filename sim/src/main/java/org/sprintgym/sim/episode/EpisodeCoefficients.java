package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.config.Coefficients;

/**
 * The episode layer's model tables besides the reward weights: the rubric judge's numbers
 * ({@code episode.judge}), the consequence model's ({@code episode.outcome}) and the cues'
 * ({@code episode.cues}).
 */
public record EpisodeCoefficients(JudgeCoefficients judge, OutcomeCoefficients outcome,
    CueCoefficients cues) {

  public EpisodeCoefficients {
    Requires.nonNull(judge, "judge");
    Requires.nonNull(outcome, "outcome");
    Requires.nonNull(cues, "cues");
  }

  public static EpisodeCoefficients defaults() {
    return new EpisodeCoefficients(JudgeCoefficients.defaults(), OutcomeCoefficients.defaults(),
        CueCoefficients.defaults());
  }

  /** The tables in a fixed order (judge, outcome, cues). */
  public List<Coefficients> tables() {
    return List.of(judge, outcome, cues);
  }

  /** The short names {@link #with} accepts ({@code judge}, {@code outcome}, {@code cues}). */
  public static List<String> tableNames() {
    return List.of(JudgeCoefficients.TABLE.shortName(), OutcomeCoefficients.TABLE.shortName(),
        CueCoefficients.TABLE.shortName());
  }

  /** Every table's values by table name ({@code episode.judge}, ...), for run.json. */
  public Map<String, Map<String, Double>> values() {
    var out = new LinkedHashMap<String, Map<String, Double>>();
    tables().forEach(c -> out.put(c.table().name(), c.values()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * These tables with entries of one replaced, by the table's short name; unknown tables or keys
   * and values out of range fail naming the table, the key and what is allowed.
   */
  public EpisodeCoefficients with(String table, Map<String, Double> values) {
    return switch (table) {
      case "judge" -> new EpisodeCoefficients(JudgeCoefficients.from(
          JudgeCoefficients.TABLE.resolve(judge.values(), values)), outcome, cues);
      case "outcome" -> new EpisodeCoefficients(judge, OutcomeCoefficients.from(
          OutcomeCoefficients.TABLE.resolve(outcome.values(), values)), cues);
      case "cues" -> new EpisodeCoefficients(judge, outcome, CueCoefficients.from(
          CueCoefficients.TABLE.resolve(cues.values(), values)));
      default -> throw new IllegalArgumentException("episode: unknown table '" + table
          + "' (known tables: " + String.join(", ", tableNames()) + ")");
    };
  }
}

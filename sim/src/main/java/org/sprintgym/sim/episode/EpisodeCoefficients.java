package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.config.Coefficients;

/**
 * The episode layer's model tables besides the reward weights: the rubric judge's numbers
 * ({@code episode.judge}), the consequence model's ({@code episode.outcome}), the cues'
 * ({@code episode.cues}) and the per-type situation models' ({@code episode.situations}).
 */
public record EpisodeCoefficients(JudgeCoefficients judge, OutcomeCoefficients outcome,
    CueCoefficients cues, SituationCoefficients situations) {

  public EpisodeCoefficients {
    Requires.nonNull(judge, "judge");
    Requires.nonNull(outcome, "outcome");
    Requires.nonNull(cues, "cues");
    Requires.nonNull(situations, "situations");
  }

  public static EpisodeCoefficients defaults() {
    return new EpisodeCoefficients(JudgeCoefficients.defaults(), OutcomeCoefficients.defaults(),
        CueCoefficients.defaults(), SituationCoefficients.defaults());
  }

  /** The tables in a fixed order (judge, outcome, cues, situations). */
  public List<Coefficients> tables() {
    return List.of(judge, outcome, cues, situations);
  }

  /**
   * The short names {@link #with} accepts ({@code judge}, {@code outcome}, {@code cues},
   * {@code situations}).
   */
  public static List<String> tableNames() {
    return List.of(JudgeCoefficients.TABLE.shortName(), OutcomeCoefficients.TABLE.shortName(),
        CueCoefficients.TABLE.shortName(), SituationCoefficients.TABLE.shortName());
  }

  /** Every table's values by table name ({@code episode.judge}, ...), for run.json. */
  public Map<String, Map<String, Double>> values() {
    var out = new LinkedHashMap<String, Map<String, Double>>();
    tables().forEach(c -> out.put(c.table().name(), c.values()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * {@code rewards}' values and then these tables', by table name ({@code episode.rewards},
   * {@code episode.judge}, ...): every episode table as run, for run.json and summaries.
   */
  public Map<String, Map<String, Double>> valuesWith(RewardWeights rewards) {
    var out = new LinkedHashMap<String, Map<String, Double>>();
    out.put(rewards.table().name(), rewards.values());
    out.putAll(values());
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * These tables with entries of one replaced, by the table's short name; unknown tables or keys
   * and values out of range fail naming the table, the key and what is allowed.
   */
  public EpisodeCoefficients with(String table, Map<String, Double> values) {
    return switch (table) {
      case "judge" -> new EpisodeCoefficients(JudgeCoefficients.from(
          JudgeCoefficients.TABLE.resolve(judge.values(), values)), outcome, cues, situations);
      case "outcome" -> new EpisodeCoefficients(judge, OutcomeCoefficients.from(
          OutcomeCoefficients.TABLE.resolve(outcome.values(), values)), cues, situations);
      case "cues" -> new EpisodeCoefficients(judge, outcome, CueCoefficients.from(
          CueCoefficients.TABLE.resolve(cues.values(), values)), situations);
      case "situations" -> new EpisodeCoefficients(judge, outcome, cues,
          SituationCoefficients.from(SituationCoefficients.TABLE.resolve(situations.values(),
              values)));
      default -> throw new IllegalArgumentException("episode: unknown table '" + table
          + "' (known tables: " + String.join(", ", tableNames()) + ")");
    };
  }
}

package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.config.Coefficients;

/**
 * The episode layer's model tables besides the reward weights: the rubric judge's numbers
 * ({@code episode.judge}), the consequence model's ({@code episode.outcome}), the cues'
 * ({@code episode.cues}), the per-type situation models' ({@code episode.situations}), the
 * per-type specs' ({@code episode.types}) and the situations' difficulty
 * ({@code episode.difficulty}).
 */
public record EpisodeCoefficients(JudgeCoefficients judge, OutcomeCoefficients outcome,
    CueCoefficients cues, SituationCoefficients situations, TypeCoefficients types,
    DifficultyCoefficients difficulty) {

  public EpisodeCoefficients {
    Requires.nonNull(judge, "judge");
    Requires.nonNull(outcome, "outcome");
    Requires.nonNull(cues, "cues");
    Requires.nonNull(situations, "situations");
    Requires.nonNull(types, "types");
    Requires.nonNull(difficulty, "difficulty");
  }

  /** These tables with the default {@code episode.types} and {@code episode.difficulty}. */
  public EpisodeCoefficients(JudgeCoefficients judge, OutcomeCoefficients outcome,
      CueCoefficients cues, SituationCoefficients situations) {
    this(judge, outcome, cues, situations, TypeCoefficients.defaults(),
        DifficultyCoefficients.defaults());
  }

  public static EpisodeCoefficients defaults() {
    return new EpisodeCoefficients(JudgeCoefficients.defaults(), OutcomeCoefficients.defaults(),
        CueCoefficients.defaults(), SituationCoefficients.defaults(), TypeCoefficients.defaults(),
        DifficultyCoefficients.defaults());
  }

  /** The tables in a fixed order (judge, outcome, cues, situations, types, difficulty). */
  public List<Coefficients> tables() {
    return List.of(judge, outcome, cues, situations, types, difficulty);
  }

  /**
   * The short names {@link #with} accepts ({@code judge}, {@code outcome}, {@code cues},
   * {@code situations}, {@code types}, {@code difficulty}).
   */
  public static List<String> tableNames() {
    return List.of(JudgeCoefficients.TABLE.shortName(), OutcomeCoefficients.TABLE.shortName(),
        CueCoefficients.TABLE.shortName(), SituationCoefficients.TABLE.shortName(),
        TypeCoefficients.TABLE.shortName(), DifficultyCoefficients.TABLE.shortName());
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
          JudgeCoefficients.TABLE.resolve(judge.values(), values)), outcome, cues, situations,
          types, difficulty);
      case "outcome" -> new EpisodeCoefficients(judge, OutcomeCoefficients.from(
          OutcomeCoefficients.TABLE.resolve(outcome.values(), values)), cues, situations, types,
          difficulty);
      case "cues" -> new EpisodeCoefficients(judge, outcome, CueCoefficients.from(
          CueCoefficients.TABLE.resolve(cues.values(), values)), situations, types, difficulty);
      case "situations" -> new EpisodeCoefficients(judge, outcome, cues,
          SituationCoefficients.from(SituationCoefficients.TABLE.resolve(situations.values(),
              values)), types, difficulty);
      case "types" -> new EpisodeCoefficients(judge, outcome, cues, situations,
          TypeCoefficients.from(TypeCoefficients.TABLE.resolve(types.values(), values)),
          difficulty);
      case "difficulty" -> new EpisodeCoefficients(judge, outcome, cues, situations, types,
          DifficultyCoefficients.from(DifficultyCoefficients.TABLE.resolve(difficulty.values(),
              values)));
      default -> throw new IllegalArgumentException("episode: unknown table '" + table
          + "' (known tables: " + String.join(", ", tableNames()) + ")");
    };
  }
}

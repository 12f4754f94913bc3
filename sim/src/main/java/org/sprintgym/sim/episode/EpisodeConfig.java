package org.sprintgym.sim.episode;

import java.util.EnumMap;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * Configuration of the episode envs.
 *
 * @param worlds distinct simulated worlds situations are cut from (see {@link SituationLibrary})
 * @param librarySeed root seed of those worlds; fixed so every run and policy sees the same worlds
 * @param rewards the reward weights
 * @param efficiencyBaseline per type, the episode length beyond which each action is penalised
 *     (the median length of successful episodes; the defaults are the medians of
 *     successful expert episodes)
 * @param coefficients the judge's, the consequence model's, the cues', the situation models', the
 *     type specs' and the difficulty's tables
 */
public record EpisodeConfig(int worlds, long librarySeed, RewardWeights rewards,
    Map<EpisodeType, Integer> efficiencyBaseline, EpisodeCoefficients coefficients) {

  public EpisodeConfig {
    Requires.inRange(worlds, 1, 1_000_000, "worlds");
    Requires.nonNull(rewards, "rewards");
    var copy = new EnumMap<EpisodeType, Integer>(EpisodeType.class);
    copy.putAll(efficiencyBaseline);
    for (EpisodeType t : EpisodeType.values()) {
      Integer b = copy.get(t);
      if (b == null) {
        throw new IllegalArgumentException("efficiency baseline of type " + t.key() + " is missing");
      }
      Requires.positive(b, "efficiency baseline of " + t.key());
    }
    efficiencyBaseline = java.util.Collections.unmodifiableMap(copy);
    Requires.nonNull(coefficients, "coefficients");
  }

  /** A configuration with the default judge, outcome, cue and situation tables. */
  public EpisodeConfig(int worlds, long librarySeed, RewardWeights rewards,
      Map<EpisodeType, Integer> efficiencyBaseline) {
    this(worlds, librarySeed, rewards, efficiencyBaseline, EpisodeCoefficients.defaults());
  }

  /** 256 worlds, dojo's reward weights, baselines from the type specs, the default tables. */
  public static EpisodeConfig defaults() {
    var base = new EnumMap<EpisodeType, Integer>(EpisodeType.class);
    for (EpisodeType t : EpisodeType.values()) {
      base.put(t, TypeSpecs.of(t).referenceSteps());
    }
    return new EpisodeConfig(256, 0x5EED_2026L, RewardWeights.defaults(), base);
  }

  public EpisodeConfig withWorlds(int n) {
    return new EpisodeConfig(n, librarySeed, rewards, efficiencyBaseline, coefficients);
  }

  public EpisodeConfig withRewards(RewardWeights w) {
    return new EpisodeConfig(worlds, librarySeed, w, efficiencyBaseline, coefficients);
  }

  /** This configuration with the episode tables {@code c} (all but the reward weights). */
  public EpisodeConfig withCoefficients(EpisodeCoefficients c) {
    return new EpisodeConfig(worlds, librarySeed, rewards, efficiencyBaseline, c);
  }

  /** The rubric judge's table ({@code episode.judge}). */
  public JudgeCoefficients judge() {
    return coefficients.judge();
  }

  /** The consequence model's table ({@code episode.outcome}). */
  public OutcomeCoefficients outcome() {
    return coefficients.outcome();
  }

  /** The cues' table ({@code episode.cues}). */
  public CueCoefficients cues() {
    return coefficients.cues();
  }

  /** The situation models' table ({@code episode.situations}). */
  public SituationCoefficients situations() {
    return coefficients.situations();
  }

  /** The type specs' table ({@code episode.types}). */
  public TypeCoefficients types() {
    return coefficients.types();
  }

  /** The situations' difficulty table ({@code episode.difficulty}). */
  public DifficultyCoefficients difficulty() {
    return coefficients.difficulty();
  }
}

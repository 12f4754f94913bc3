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
 */
public record EpisodeConfig(int worlds, long librarySeed, RewardWeights rewards,
    Map<EpisodeType, Integer> efficiencyBaseline) {

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
  }

  /** 256 worlds, dojo's reward weights, baselines from the type specs. */
  public static EpisodeConfig defaults() {
    var base = new EnumMap<EpisodeType, Integer>(EpisodeType.class);
    for (EpisodeType t : EpisodeType.values()) {
      base.put(t, TypeSpecs.of(t).referenceSteps());
    }
    return new EpisodeConfig(256, 0x5EED_2026L, RewardWeights.defaults(), base);
  }

  public EpisodeConfig withWorlds(int n) {
    return new EpisodeConfig(n, librarySeed, rewards, efficiencyBaseline);
  }

  public EpisodeConfig withRewards(RewardWeights w) {
    return new EpisodeConfig(worlds, librarySeed, w, efficiencyBaseline);
  }
}

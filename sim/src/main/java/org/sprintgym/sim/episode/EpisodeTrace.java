package org.sprintgym.sim.episode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.episode.judge.JudgeResult;

/**
 * One episode as a JSONL line: seed, policy, every step's observation, mask, action and reward,
 * the final observation, the reward's parts, the judge's reasons, the outcome and the record
 * (situation and hidden truth) the judge scored. Reads back equal ({@link TraceCodec}).
 *
 * @param type the episode type
 * @param seed the reset seed
 * @param policy who acted
 * @param steps the steps, in order
 * @param finalObservation the observation after the last action
 * @param terminated ended by the trainee
 * @param truncated cut off by the step limit
 * @param reward the reward's parts
 * @param judge the judge's verdict
 * @param outcome the outcome components
 * @param record what the judge scored
 */
public record EpisodeTrace(EpisodeType type, long seed, String policy, List<TraceStep> steps,
    float[] finalObservation, boolean terminated, boolean truncated, RewardBreakdown reward,
    JudgeResult judge, Map<String, Double> outcome, EpisodeRecord record) {

  public EpisodeTrace {
    steps = List.copyOf(steps);
    finalObservation = finalObservation.clone();
    outcome = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcome));
  }

  /**
   * One step: what the trainee saw, what it could do, what it did, what it got.
   *
   * @param observation the observation before acting
   * @param mask the allowed actions
   * @param action the action index
   * @param actionName its name
   * @param reward the reward of this step
   */
  public record TraceStep(float[] observation, boolean[] mask, int action, String actionName,
      double reward) {
    public TraceStep {
      observation = observation.clone();
      mask = mask.clone();
    }

    @Override
    public float[] observation() {
      return observation.clone();
    }

    @Override
    public boolean[] mask() {
      return mask.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TraceStep s && Arrays.equals(observation, s.observation)
          && Arrays.equals(mask, s.mask) && action == s.action && actionName.equals(s.actionName)
          && Double.compare(reward, s.reward) == 0;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(observation) * 31 + action;
    }
  }

  @Override
  public float[] finalObservation() {
    return finalObservation.clone();
  }

  /** The undiscounted return. */
  public double totalReward() {
    double r = 0;
    for (TraceStep s : steps) {
      r += s.reward();
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EpisodeTrace t && type == t.type && seed == t.seed
        && policy.equals(t.policy) && steps.equals(t.steps)
        && Arrays.equals(finalObservation, t.finalObservation) && terminated == t.terminated
        && truncated == t.truncated && reward.equals(t.reward) && judge.equals(t.judge)
        && outcome.equals(t.outcome) && record.equals(t.record);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seed) * 31 + steps.hashCode();
  }
}

package org.sprintgym.sim.env;

import java.util.Map;

/**
 * What {@link Env#step(int)} returns. {@code terminated}: the episode reached a terminal state
 * (no value beyond it). {@code truncated}: it was cut off (e.g. a time limit) and a learner should
 * bootstrap from {@code observation}. Both may be true at once, as with Gymnasium's TimeLimit.
 */
public record Step(float[] observation, double reward, boolean terminated, boolean truncated,
    boolean[] actionMask, Map<String, Object> info) {

  public Step {
    if (!Double.isFinite(reward)) {
      throw new IllegalArgumentException("reward must be finite but was " + reward);
    }
    Steps.requireMask(actionMask);
    info = Map.copyOf(info);
  }

  /** The episode is over, for either reason. */
  public boolean done() {
    return terminated || truncated;
  }
}

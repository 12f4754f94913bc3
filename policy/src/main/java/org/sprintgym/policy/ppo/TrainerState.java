package org.sprintgym.policy.ppo;

import org.sprintgym.sim.env.VectorEnvSnapshot;

/**
 * The trainer's counters and random-stream states at an update boundary; with the network, the
 * adapters and Adam's moments it is everything a resumed run needs to continue bit-identically.
 */
public record TrainerState(long totalSteps, int updatesDone, long globalSteps,
    long samplingRngState, long shuffleRngState, VectorEnvSnapshot envs) {

  public TrainerState {
    if (totalSteps < 1 || updatesDone < 0 || globalSteps < 0) {
      throw new IllegalArgumentException("trainer state needs totalSteps >= 1 and non-negative"
          + " counters but got " + totalSteps + ", " + updatesDone + ", " + globalSteps);
    }
  }
}

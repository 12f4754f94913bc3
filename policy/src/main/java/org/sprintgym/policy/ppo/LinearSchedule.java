package org.sprintgym.policy.ppo;

/**
 * A value that decays linearly from {@code start} to 0 over a run of {@code totalSteps} env steps,
 * as SB3 (and RL Zoo's {@code lin_} schedules) anneal it: {@code start * progressRemaining} with
 * {@code progressRemaining = 1 - stepsDone / totalSteps}, where {@code stepsDone} already counts
 * the rollout the update is about to train on (SB3 updates the progress after collecting it).
 * The first update therefore uses {@code start * (1 - rolloutSize / totalSteps)}. When the last
 * rollout runs past {@code totalSteps}, SB3's progress goes slightly negative (a negative step
 * size and clip range); it is floored at 0 here. With {@code anneal} false the value stays
 * {@code start}.
 */
public record LinearSchedule(double start, long totalSteps, boolean anneal) {

  public LinearSchedule {
    if (!Double.isFinite(start) || totalSteps < 1) {
      throw new IllegalArgumentException("schedule needs a finite start and totalSteps >= 1 but"
          + " got " + start + " and " + totalSteps);
    }
  }

  /** The value once {@code stepsDone} env steps (this update's rollout included) are collected. */
  public double at(long stepsDone) {
    if (stepsDone < 0) {
      throw new IllegalArgumentException("stepsDone must be >= 0 but was " + stepsDone);
    }
    return anneal ? start * Math.max(0.0, 1.0 - (double) stepsDone / totalSteps) : start;
  }
}

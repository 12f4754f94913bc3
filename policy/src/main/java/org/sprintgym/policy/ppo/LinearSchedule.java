package org.sprintgym.policy.ppo;

/**
 * A value that decays linearly from {@code start} to 0 over {@code updates} updates, CleanRL's
 * {@code frac = 1 - (update - 1) / updates}: update 1 uses {@code start}, the last uses
 * {@code start / updates}. With {@code anneal} false the value stays {@code start}.
 */
public record LinearSchedule(double start, int updates, boolean anneal) {

  public LinearSchedule {
    if (!Double.isFinite(start) || updates < 1) {
      throw new IllegalArgumentException("schedule needs a finite start and updates >= 1 but got "
          + start + " and " + updates);
    }
  }

  /** The value at update {@code update} (1-based). */
  public double at(int update) {
    if (update < 1 || update > updates) {
      throw new IllegalArgumentException("update must be in [1, " + updates + "] but was "
          + update);
    }
    return anneal ? start * (1.0 - (update - 1.0) / updates) : start;
  }
}

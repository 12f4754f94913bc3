package org.sprintgym.policy.log;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.UpdateStats;

/** Small fixed inputs for the log tests: a 2-env x 4-step config and made-up update stats. */
final class LogFixtures {
  private LogFixtures() {}

  /** 8 steps per rollout, 3 epochs, ent_coef 0.01, vf_coef 0.5. */
  static final PpoConfig PPO = new PpoConfig(2, 4, 4, 3, 0.99, 0.95, 1e-3, true, 0.2, false,
      Double.POSITIVE_INFINITY, 0.01, 0.5, 0.5, true, 1e-5, List.of(8), List.of(8));

  /** Update {@code u} with losses derived from {@code u}; {@code episodes} 0 gives NaN means. */
  static UpdateStats stats(int u, int episodes) {
    double ret = episodes == 0 ? Double.NaN : 10.0 * u;
    double len = episodes == 0 ? Double.NaN : 5.0 + u;
    return new UpdateStats(u, 8L * u, 1e-3, 0.2, -0.01 * u, 0.5 * u, 1.25, 0.002, 0.125,
        0.25, 0.75, episodes, ret, 80.0, 0.05, len);
  }

  static Clock at(double seconds) {
    return Clock.fixed(Instant.ofEpochMilli(Math.round(seconds * 1000)), ZoneOffset.UTC);
  }
}

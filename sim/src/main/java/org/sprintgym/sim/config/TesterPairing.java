package org.sprintgym.sim.config;

import org.sprintgym.agents.Requires;

/**
 * Testers joining pairing sessions as navigators (AAT {@code team.tester_pairing}).
 *
 * @param enabled whether testers navigate at all
 * @param frequency share of pairing sessions with a tester navigating, in [0, 1] (default 0.20)
 */
public record TesterPairing(boolean enabled, double frequency) {
  public TesterPairing {
    Requires.unit(frequency, "tester_pairing.frequency");
  }

  public static TesterPairing aatDefault() {
    return new TesterPairing(true, 0.20);
  }

  /** The effective per-session probability. */
  public double rate() {
    return enabled ? frequency : 0.0;
  }
}

package org.sprintgym.agents;

/**
 * Seniority sets a member's base skill outside their specialisation and their working speed.
 * The levels per seniority are the simulator's priors, in {@link TeamCoefficients} (a world may
 * change them through its {@code sim.coefficients.team} table); a member's own skills override
 * them per domain.
 */
public enum Seniority {
  JUNIOR,
  MID,
  SENIOR
}

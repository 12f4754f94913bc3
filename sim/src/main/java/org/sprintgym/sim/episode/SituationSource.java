package org.sprintgym.sim.episode;

/**
 * Which simulation of a library world a situation was cut from; with the world index and the
 * sprint it says how to rebuild that simulation to run consequences forward.
 */
public enum SituationSource {
  /** The default team, no disturbances: stage 1. */
  TEAM,
  /** The default team with AAT's default disturbance probabilities: stage 2. */
  DISTURBED,
  /** Two teams sharing the backlog, with borrowing and cross-team dependencies: stage 3. */
  PORTFOLIO,
  /** The default team, one developer announcing their departure (backfilled): stage 4. */
  DEPARTURE
}

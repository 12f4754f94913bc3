package org.sprintgym.sim.backlog;

/**
 * The dimensions along which a story's requirements can be incomplete. Hidden acceptance criteria
 * belong to one of them; elicitation questions target one of them.
 */
public enum ElicitationDimension {
  SCOPE,
  CONSTRAINTS,
  SUCCESS_CRITERIA,
  EDGE_CASES,
  DATA,
  USERS;

  /** The YAML spelling, e.g. {@code success_criteria}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package org.sprintgym.agents;

/** What a member does in the team. */
public enum Role {
  PRODUCT_OWNER,
  DEV_LEAD,
  QA_LEAD,
  TESTER,
  DEVELOPER,
  /** Multi-team coordinator (staff engineer, enablement lead): not on a team board. */
  COORDINATOR;

  /** Whether members in this role drive development tasks. */
  public boolean drivesTasks() {
    return this == DEVELOPER || this == DEV_LEAD;
  }

  /** Whether members in this role may navigate pairing sessions. */
  public boolean navigates() {
    return this == DEVELOPER || this == DEV_LEAD || this == TESTER;
  }
}

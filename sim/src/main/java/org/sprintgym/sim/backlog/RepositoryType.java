package org.sprintgym.sim.backlog;

/** Whether the product starts from an empty repository or an existing code base. */
public enum RepositoryType {
  GREENFIELD,
  BROWNFIELD;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

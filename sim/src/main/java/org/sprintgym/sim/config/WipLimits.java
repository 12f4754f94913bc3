package org.sprintgym.sim.config;

import org.sprintgym.agents.Requires;

/**
 * Kanban work-in-progress limits, counted in story cards.
 *
 * @param inProgress most stories in development at once (AAT {@code in_progress}, default 4)
 * @param review most stories waiting for or in QA review at once (AAT {@code review}, default 2)
 */
public record WipLimits(int inProgress, int review) {
  public WipLimits {
    Requires.inRange(inProgress, 1, 50, "wip_limits.in_progress");
    Requires.inRange(review, 1, 50, "wip_limits.review");
  }

  public static WipLimits aatDefault() {
    return new WipLimits(4, 2);
  }
}

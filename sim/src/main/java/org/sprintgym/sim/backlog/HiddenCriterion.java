package org.sprintgym.sim.backlog;

import org.sprintgym.agents.Requires;

/**
 * An acceptance criterion the product owner expects but did not write down. A story accepted
 * without it is rejected at review unless the team discovered it (by asking) or built it anyway.
 *
 * @param text what the PO expects
 * @param dimension the requirement dimension a question must target to reveal it
 */
public record HiddenCriterion(String text, ElicitationDimension dimension) {
  public HiddenCriterion {
    Requires.nonBlank(text, "hidden criterion text");
    Requires.nonNull(dimension, "hidden criterion dimension");
  }
}

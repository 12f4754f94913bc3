package org.sprintgym.sim.backlog;

import java.util.List;

/** A Given/When/Then scenario attached to a story (AAT's optional {@code scenarios} key). */
public record AcceptanceScenario(String name, List<String> given, List<String> when, List<String> then) {
  public AcceptanceScenario {
    given = List.copyOf(given);
    when = List.copyOf(when);
    then = List.copyOf(then);
  }
}

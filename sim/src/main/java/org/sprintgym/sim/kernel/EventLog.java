package org.sprintgym.sim.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The ordered record of what happened; off by default in benchmarks, on for tests and traces. */
public final class EventLog {
  private final boolean enabled;
  private final List<SimEvent> events = new ArrayList<>();

  public EventLog(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  public void add(double time, int sprint, String type, String story, String task, String member,
      String detail) {
    if (enabled) {
      events.add(new SimEvent(time, sprint, type, nz(story), nz(task), nz(member), nz(detail)));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public List<SimEvent> events() {
    return Collections.unmodifiableList(events);
  }
}

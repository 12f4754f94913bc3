package org.sprintgym.sim.env;

import java.util.HashSet;
import java.util.List;

/** A discrete action space: action {@code i} is named {@code names().get(i)}. */
public record ActionSpace(List<String> names) {

  public ActionSpace {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an action space needs at least one action");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("action names must be distinct: " + names);
    }
  }

  public static ActionSpace of(String... names) {
    return new ActionSpace(List.of(names));
  }

  /** Number of actions. */
  public int n() {
    return names.size();
  }

  /** A mask allowing every action. */
  public boolean[] allAllowed() {
    boolean[] mask = new boolean[n()];
    java.util.Arrays.fill(mask, true);
    return mask;
  }
}

package org.sprintgym.sim.env;

import java.util.Map;

/** What {@link Env#reset(long)} returns: the first observation, the allowed actions, extra info. */
public record Reset(float[] observation, boolean[] actionMask, Map<String, Object> info) {

  public Reset {
    Steps.requireMask(actionMask);
    info = Map.copyOf(info);
  }
}

package org.sprintgym.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.ObservationSpace;

/** Env spaces as gym-http-api describes them: {@code Box} with bounds, {@code Discrete} with n. */
final class Spaces {
  private Spaces() {}

  static Map<String, Object> observation(Env env) {
    ObservationSpace s = env.observationSpace();
    var m = new LinkedHashMap<String, Object>();
    m.put("name", "Box");
    m.put("shape", List.of(s.size()));
    m.put("dtype", "float32");
    m.put("low", s.low());
    m.put("high", s.high());
    m.put("names", s.names());
    return m;
  }

  static Map<String, Object> action(Env env) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", "Discrete");
    m.put("n", env.actionSpace().n());
    m.put("names", env.actionSpace().names());
    return m;
  }
}

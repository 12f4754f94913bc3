package org.sprintgym.sim.config;

import java.util.Map;

/**
 * A record of named model coefficients described by a {@link CoefficientTable}: it can be written
 * as a map (for run.json) and rebuilt from one ({@code from(Map)} on each record).
 */
public interface Coefficients {
  /** The table that names, bounds and documents these values. */
  CoefficientTable table();

  /** The values by key, in table order. */
  Map<String, Double> values();
}

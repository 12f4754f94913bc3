package org.sprintgym.sim.config;

import java.util.Map;

/**
 * A record of named model coefficients described by a {@link CoefficientTable}: it can be written
 * as a map (for run.json) and rebuilt from one ({@code from(Map)} on each record).
 */
public interface Coefficients {
  /** The table that names, bounds and documents these values. */
  CoefficientTable table();

  /**
   * The values by key, in table order: read from the record's components where they are the
   * table's keys ({@link CoefficientTable#read}); a record of another shape says its own.
   */
  default Map<String, Double> values() {
    return table().read((Record) this);
  }
}

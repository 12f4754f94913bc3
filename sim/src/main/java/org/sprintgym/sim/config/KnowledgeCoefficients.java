package org.sprintgym.sim.config;

import java.util.Map;

/**
 * Who holds an area's knowledge and what losing it costs (see {@code world.KnowledgeMap}).
 *
 * @param holder knowledge of an area at which a member counts as holding it (coverage, bus factor,
 *     documentation, loss on departure)
 * @param lostSlowdown work in an area whose knowledge was lost takes this many times longer
 * @param lostDefects ... and introduces this many times more defects
 * @param documentRetention share of a leaver's knowledge a reader of their documents gets
 */
public record KnowledgeCoefficients(double holder, double lostSlowdown, double lostDefects,
    double documentRetention) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.knowledge")
      .entry("holder", 0.5, 0, 1,
          "knowledge at which a member holds an area; design choice (half of full knowledge)")
      .entry("lost_slowdown", 1.4, 1, 5, "slowdown in an area whose knowledge was lost; design choice")
      .entry("lost_defects", 1.6, 1, 5, "defect factor in a lost area; design choice")
      .entry("document_retention", 0.8, 0, 1,
          "share of a leaver's knowledge their documents pass on; design choice")
      .build();

  public KnowledgeCoefficients {
    TABLE.inOrder(holder, lostSlowdown, lostDefects, documentRetention).forEach(TABLE::check);
  }


  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static KnowledgeCoefficients from(Map<String, Double> values) {
    return TABLE.build(KnowledgeCoefficients.class, values);
  }

  public static KnowledgeCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public KnowledgeCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

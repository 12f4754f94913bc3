package org.sprintgym.sim.config;

import java.util.Map;

/**
 * How several teams share a backlog and lend each other developers (see {@code world.Portfolio}
 * and {@code world.PortfolioTeams}). How many may be lent and for how long are AAT's and live in
 * {@link PortfolioSettings}; these are the model's own numbers.
 *
 * @param handoverHours hours a lent developer is briefed before joining the receiving board
 * @param lendLoadRatio the coordinator lends only while the busiest team's load (open points per
 *     driver) is at least this many times the idlest team's ...
 * @param lendLoadMargin ... plus this margin
 * @param donorMinDrivers a team lends only while it keeps at least this many drivers (a whole
 *     number)
 * @param fitTypeHint distribution of the backlog: score of a team whose type is the story's
 *     team type hint
 * @param fitSpecialist ... added when one of its drivers specialises in the story's domain
 * @param fitKnowledge ... added per unit of its drivers' best knowledge of the story's area
 * @param fitLoad ... taken off per share of the backlog's points already given to the team
 */
public record PortfolioCoefficients(double handoverHours, double lendLoadRatio,
    double lendLoadMargin, double donorMinDrivers, double fitTypeHint, double fitSpecialist,
    double fitKnowledge, double fitLoad) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.portfolio")
      .entry("handover_hours", 2.0, 0, 40,
          "hours a lent developer is briefed on the receiving team's code first; design choice")
      .entry("lend_load_ratio", 1.25, 0, 10,
          "lending starts when the busiest load is this many times the idlest's (plus the margin);"
          + " design choice")
      .entry("lend_load_margin", 0.5, 0, 100,
          "open points per driver added to the lending threshold; design choice")
      .entry("donor_min_drivers", 2, 0, 20,
          "drivers a lending team keeps at least, a whole number; design choice")
      .entry("fit_type_hint", 1.0, 0, 10,
          "backlog distribution: weight of a matching team type hint; design choice")
      .entry("fit_specialist", 0.5, 0, 10,
          "backlog distribution: weight of a driver specialising in the story's domain;"
          + " design choice")
      .entry("fit_knowledge", 0.5, 0, 10,
          "backlog distribution: weight of the drivers' knowledge of the story's area;"
          + " design choice")
      .entry("fit_load", 2.0, 0, 100,
          "backlog distribution: penalty per share of the points already given to a team;"
          + " design choice")
      .build();

  public PortfolioCoefficients {
    TABLE.inOrder(handoverHours, lendLoadRatio, lendLoadMargin, donorMinDrivers, fitTypeHint,
        fitSpecialist, fitKnowledge, fitLoad).forEach(TABLE::check);
    TABLE.checkWhole("donor_min_drivers", donorMinDrivers);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static PortfolioCoefficients from(Map<String, Double> values) {
    return TABLE.build(PortfolioCoefficients.class, values);
  }

  public static PortfolioCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public PortfolioCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  /** {@link #donorMinDrivers} as the count it is. */
  public int donorKeepsDrivers() {
    return (int) donorMinDrivers;
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

package org.sprintgym.sim.config;

import java.util.Map;

/**
 * The shape of a development session's work model (see {@code world.Development}): how a driver's
 * fit to a card is made up, how fit and a navigator speed work up, how fit, risk and a navigator
 * change defects and coverage, and how fast navigators and new hires learn.
 *
 * @param fitDomain weight of domain skill in a member's fit to a card
 * @param fitLanguage weight of language skill in the fit
 * @param fitKnowledge weight of knowledge of the card's area in the fit
 * @param speedBase speed factor at fit 0: {@code speedBase + speedFit x fit}
 * @param speedFit added speed per unit of fit
 * @param navigatorSpeedup added speed per unit of the navigator's fit
 * @param defectFitSlope defects scale by {@code exp(defectFitSlope x (defectFitPivot - fit))}
 * @param defectFitPivot the fit at which that factor is 1
 * @param defectRisk added defects per unit of technical risk: {@code 1 + defectRisk x risk}
 * @param coverageBase test coverage at fit 0, solo
 * @param coverageFit added coverage per unit of fit
 * @param coverageNavigator added coverage when a navigator is present
 * @param navigatorLearning a navigator's learning rate as a share of the driver's
 * @param conventionsLearning per hour, how much of a new hire's conventions slowdown wears off
 */
public record DevelopmentCoefficients(
    double fitDomain,
    double fitLanguage,
    double fitKnowledge,
    double speedBase,
    double speedFit,
    double navigatorSpeedup,
    double defectFitSlope,
    double defectFitPivot,
    double defectRisk,
    double coverageBase,
    double coverageFit,
    double coverageNavigator,
    double navigatorLearning,
    double conventionsLearning) implements Coefficients {

  /** Names, ranges and sources; the defaults are the literals the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.development")
      .entry("fit_domain", 0.5, 0, 1, "weight of domain skill in fit; design choice (weights sum to 1)")
      .entry("fit_language", 0.3, 0, 1, "weight of language skill in fit; design choice")
      .entry("fit_knowledge", 0.2, 0, 1, "weight of area knowledge in fit; design choice")
      .entry("speed_base", 0.7, 0, 2,
          "speed at fit 0; design choice: fit spans 0.7x..1.3x speed")
      .entry("speed_fit", 0.6, 0, 2, "added speed per unit of fit; design choice")
      .entry("navigator_speedup", 0.35, 0, 2,
          "added speed per unit of navigator fit; design choice (pairing pays for itself near full fit)")
      .entry("defect_fit_slope", 2.0, 0, 10,
          "log-slope of defects against fit; design choice: fit 0 gives 3x, fit 1 0.4x the base rate")
      .entry("defect_fit_pivot", 0.55, 0, 1, "fit at which the base defect rate applies; design choice")
      .entry("defect_risk", 0.5, 0, 5, "added defects per unit of technical risk; design choice")
      .entry("coverage_base", 0.55, 0, 1, "coverage proxy at fit 0, solo; design choice")
      .entry("coverage_fit", 0.35, 0, 1, "added coverage per unit of fit; design choice")
      .entry("coverage_navigator", 0.1, 0, 1, "added coverage with a navigator; design choice")
      .entry("navigator_learning", 0.8, 0, 1,
          "navigator's learning rate relative to the driver's; design choice")
      .entry("conventions_learning", 0.02, 0, 1,
          "conventions slowdown worn off per hour of work; design choice")
      .build();

  public DevelopmentCoefficients {
    TABLE.inOrder(fitDomain, fitLanguage, fitKnowledge, speedBase, speedFit, navigatorSpeedup,
        defectFitSlope, defectFitPivot, defectRisk, coverageBase, coverageFit, coverageNavigator,
        navigatorLearning, conventionsLearning).forEach(TABLE::check);
  }


  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static DevelopmentCoefficients from(Map<String, Double> values) {
    return TABLE.build(DevelopmentCoefficients.class, values);
  }

  public static DevelopmentCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public DevelopmentCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

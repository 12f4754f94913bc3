package org.sprintgym.sim.config;

/**
 * The coefficients of the stochastic work model, in one place for calibration studies. Each
 * effect points the way real teams show it: unresolved ambiguity and technical risk make work
 * longer and buggier, skill and knowledge make it faster and cleaner, a navigator catches defects,
 * QA finds most but not all of what is left.
 *
 * @param hoursPerPoint the team's planning rate: estimated hours per story point
 * @param effortSigma base spread (log-normal sigma) of true vs planned task hours
 * @param ambiguitySigma extra spread per unit of unresolved ambiguity
 * @param riskBias extra mean effort (log scale) per unit of technical risk
 * @param debtSlowdown slowdown per unit of technical debt for members who do not know the area
 * @param defectRate defects introduced per hour of work by an average member, before modifiers
 * @param navigatorCatch share of new defects a fully skilled navigator catches during the session
 * @param tddCatch share of new defects the driver's own tests catch at a checkpoint (times skill)
 * @param fixHours hours to fix a defect caught during development
 * @param qaDetect base chance QA finds a latent defect, plus {@code qaSkillDetect} x QA skill
 * @param qaSkillDetect added detection chance per unit of QA skill
 * @param reworkHoursPerDefect mean hours of rework per defect QA found
 * @param reworkHoursPerCriterion mean hours of rework per acceptance criterion the PO found missing
 * @param anticipation chance per unit of driver skill that an undiscovered criterion gets built anyway
 * @param questionMinutes minutes of PO and asker time per refinement question
 * @param refinementBudgetMinutes the most minutes refinement may take per sprint
 * @param learningRate knowledge gained per hour of work in an area (exponential approach to 1)
 * @param integrationOverhead extra effort per other story in progress (doubled in the same area)
 */
public record WorkCoefficients(
    double hoursPerPoint,
    double effortSigma,
    double ambiguitySigma,
    double riskBias,
    double debtSlowdown,
    double defectRate,
    double navigatorCatch,
    double tddCatch,
    double fixHours,
    double qaDetect,
    double qaSkillDetect,
    double reworkHoursPerDefect,
    double reworkHoursPerCriterion,
    double anticipation,
    double questionMinutes,
    double refinementBudgetMinutes,
    double learningRate,
    double integrationOverhead) implements Coefficients {

  /** Names, ranges and sources; the defaults are the values the simulator was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.work")
      .entry("hours_per_point", 6.0, 0.5, 40,
          "planning rate, hours per story point; design choice: a 1-point story is most of a day")
      .entry("effort_sigma", 0.20, 0, 2,
          "log-normal spread of true vs planned hours; design choice, not fitted to data")
      .entry("ambiguity_sigma", 0.45, 0, 2,
          "extra spread per unit of unresolved ambiguity; design choice, not fitted to data")
      .entry("risk_bias", 0.25, 0, 2,
          "extra log-mean effort per unit of technical risk; design choice, not fitted to data")
      .entry("debt_slowdown", 0.30, 0, 1,
          "slowdown per unit of technical debt for members new to the area; design choice")
      .entry("defect_rate", 0.07, 0, 5,
          "defects per hour by an average member before modifiers; design choice")
      .entry("navigator_catch", 0.55, 0, 1,
          "share of new defects a fully skilled navigator catches; design choice")
      .entry("tdd_catch", 0.35, 0, 1,
          "share of new defects the driver's tests catch at a checkpoint, x skill; design choice")
      .entry("fix_hours", 0.30, 0, 40,
          "hours to fix a defect caught during development; design choice")
      .entry("qa_detect", 0.45, 0, 1,
          "base chance QA finds a latent defect; design choice (with qa_skill_detect <= 1)")
      .entry("qa_skill_detect", 0.40, 0, 1,
          "added detection chance per unit of QA skill; design choice")
      .entry("rework_hours_per_defect", 1.5, 0, 40,
          "mean rework hours per defect QA found; design choice")
      .entry("rework_hours_per_criterion", 3.0, 0, 80,
          "mean rework hours per criterion the PO found missing; design choice")
      .entry("anticipation", 0.35, 0, 1,
          "chance per unit of driver skill an undiscovered criterion is built anyway; design choice")
      .entry("question_minutes", 6.0, 0, 120,
          "PO and asker minutes per refinement question; design choice")
      .entry("refinement_budget_minutes", 180.0, 0, 960,
          "most refinement minutes per sprint; design choice (a 3-hour session)")
      .entry("learning_rate", 0.03, 0, 1,
          "knowledge gained per hour in an area (exponential approach to 1); design choice")
      .entry("integration_overhead", 0.06, 0, 1,
          "extra effort per other story in progress, doubled in the same area; design choice")
      .build();

  public WorkCoefficients {
    var values = TABLE.inOrder(hoursPerPoint, effortSigma, ambiguitySigma, riskBias, debtSlowdown,
        defectRate, navigatorCatch, tddCatch, fixHours, qaDetect, qaSkillDetect,
        reworkHoursPerDefect, reworkHoursPerCriterion, anticipation, questionMinutes,
        refinementBudgetMinutes, learningRate, integrationOverhead);
    values.forEach(TABLE::check);
    if (qaDetect + qaSkillDetect > 1) {
      throw new IllegalArgumentException(TABLE.name() + ": qa_detect + qa_skill_detect must be <= 1"
          + " but is " + (qaDetect + qaSkillDetect));
    }
  }


  /** The defaults with the given keys replaced (see {@link #TABLE}); unknown keys and values out of range fail. */
  public static WorkCoefficients from(java.util.Map<String, Double> values) {
    var v = TABLE.resolve(values);
    return new WorkCoefficients(v.get("hours_per_point"), v.get("effort_sigma"),
        v.get("ambiguity_sigma"), v.get("risk_bias"), v.get("debt_slowdown"), v.get("defect_rate"),
        v.get("navigator_catch"), v.get("tdd_catch"), v.get("fix_hours"), v.get("qa_detect"),
        v.get("qa_skill_detect"), v.get("rework_hours_per_defect"),
        v.get("rework_hours_per_criterion"), v.get("anticipation"), v.get("question_minutes"),
        v.get("refinement_budget_minutes"), v.get("learning_rate"), v.get("integration_overhead"));
  }

  public static WorkCoefficients defaults() {
    return from(TABLE.defaults());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public WorkCoefficients with(String key, double value) {
    return from(TABLE.resolve(values(), java.util.Map.of(key, value)));
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }

  @Override
  public java.util.Map<String, Double> values() {
    return TABLE.inOrder(hoursPerPoint, effortSigma, ambiguitySigma,
        riskBias, debtSlowdown, defectRate, navigatorCatch, tddCatch, fixHours, qaDetect,
        qaSkillDetect, reworkHoursPerDefect, reworkHoursPerCriterion, anticipation,
        questionMinutes, refinementBudgetMinutes, learningRate, integrationOverhead);
  }
}

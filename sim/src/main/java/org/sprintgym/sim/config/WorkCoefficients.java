package org.sprintgym.sim.config;

import org.sprintgym.agents.Requires;

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
    double integrationOverhead) {

  public WorkCoefficients {
    Requires.inRange(hoursPerPoint, 0.5, 40, "hours_per_point");
    Requires.inRange(effortSigma, 0, 2, "effort_sigma");
    Requires.inRange(ambiguitySigma, 0, 2, "ambiguity_sigma");
    Requires.inRange(riskBias, 0, 2, "risk_bias");
    Requires.unit(debtSlowdown, "debt_slowdown");
    Requires.inRange(defectRate, 0, 5, "defect_rate");
    Requires.unit(navigatorCatch, "navigator_catch");
    Requires.unit(tddCatch, "tdd_catch");
    Requires.inRange(fixHours, 0, 40, "fix_hours");
    Requires.unit(qaDetect, "qa_detect");
    Requires.unit(qaSkillDetect, "qa_skill_detect");
    if (qaDetect + qaSkillDetect > 1) {
      throw new IllegalArgumentException("qa_detect + qa_skill_detect must be <= 1 but is "
          + (qaDetect + qaSkillDetect));
    }
    Requires.inRange(reworkHoursPerDefect, 0, 40, "rework_hours_per_defect");
    Requires.inRange(reworkHoursPerCriterion, 0, 80, "rework_hours_per_criterion");
    Requires.unit(anticipation, "anticipation");
    Requires.inRange(questionMinutes, 0, 120, "question_minutes");
    Requires.inRange(refinementBudgetMinutes, 0, 960, "refinement_budget_minutes");
    Requires.inRange(learningRate, 0, 1, "learning_rate");
    Requires.inRange(integrationOverhead, 0, 1, "integration_overhead");
  }

  public static WorkCoefficients defaults() {
    return new WorkCoefficients(6.0, 0.20, 0.45, 0.25, 0.30, 0.07, 0.55, 0.35, 0.30, 0.45, 0.40,
        1.5, 3.0, 0.35, 6.0, 180.0, 0.03, 0.06);
  }
}

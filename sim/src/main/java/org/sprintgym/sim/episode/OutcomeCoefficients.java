package org.sprintgym.sim.episode;

import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * The consequence model's numbers (see {@link Outcome}): how often what the trainee left undone
 * or got wrong turns into a problem downstream, and what problems and overrun cost the outcome's
 * components. Whether the work built missed what was needed is the judge table's
 * {@code work_tolerance} ({@link JudgeCoefficients}), one notion for the judge and the world.
 *
 * @param phantomBite chance that a believed false alarm of a probe causes a problem
 * @param wrongCallProblem chance that a wrong call causes a problem
 * @param severeCall true severity from which a wrong call causes a second problem
 * @param missingSupportProblem chance that a missing expected supporting action causes a problem
 * @param unfinishedShare share of the true work below which the work counts as unfinished
 * @param acceptanceChance chance, per unit of the sprint still ahead, that a story with one
 *     problem is accepted all the same
 * @param testsPerProblem share of tests_passing each problem costs
 * @param velocityPerOverrunStep share of velocity_kept each action beyond the baseline costs
 * @param velocityPerProblem share of velocity_kept each problem costs, times (offset + severity)
 * @param velocitySeverityOffset the offset added to the severity in the velocity cost of a problem
 * @param defaultSeverity severity assumed where the type has neither a decision nor an assessment
 */
public record OutcomeCoefficients(double phantomBite, double wrongCallProblem, double severeCall,
    double missingSupportProblem, double unfinishedShare, double acceptanceChance,
    double testsPerProblem, double velocityPerOverrunStep, double velocityPerProblem,
    double velocitySeverityOffset, double defaultSeverity) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the model was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("episode.outcome")
      .entry("phantom_bite", 1.0, 0, 1,
          "chance that a probe's false alarm, believed, causes a problem; design choice (at 0.5"
              + " probing everything still paid)")
      .entry("wrong_call_problem", 0.85, 0, 1,
          "chance that a wrong call causes a problem; design choice")
      .entry("severe_call", 0.6, 0, 1,
          "true severity from which a wrong call causes a second problem; design choice")
      .entry("missing_support_problem", 0.5, 0, 1,
          "chance that a missing expected supporting action causes a problem; design choice")
      .entry("unfinished_share", 0.66, 0, 1,
          "share of the true work below which the work is unfinished and tests cannot pass;"
              + " design choice")
      .entry("acceptance_chance", 0.8, 0, 1,
          "chance per unit of the sprint still ahead that a story with one problem is accepted;"
              + " design choice")
      .entry("tests_per_problem", 0.35, 0, 1,
          "share of tests_passing each problem costs; design choice")
      .entry("velocity_per_overrun_step", 0.03, 0, 1,
          "share of velocity_kept each action beyond the type's baseline costs; design choice")
      .entry("velocity_per_problem", 0.1, 0, 1,
          "share of velocity_kept each problem costs, times (velocity_severity_offset +"
              + " severity); design choice")
      .entry("velocity_severity_offset", 0.5, 0, 10,
          "offset added to the severity in a problem's velocity cost; design choice")
      .entry("default_severity", 0.5, 0, 1,
          "severity assumed where the type has neither a decision nor an assessment; design"
              + " choice (the middle of the scale)")
      .build();

  public OutcomeCoefficients {
    TABLE.inOrder(phantomBite, wrongCallProblem, severeCall, missingSupportProblem,
        unfinishedShare, acceptanceChance, testsPerProblem, velocityPerOverrunStep,
        velocityPerProblem, velocitySeverityOffset, defaultSeverity).forEach(TABLE::check);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static OutcomeCoefficients from(Map<String, Double> values) {
    return TABLE.build(OutcomeCoefficients.class, values);
  }

  public static OutcomeCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public OutcomeCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

package org.sprintgym.sim.episode;

import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * The rubric judge's numbers (see {@code judge.RubricJudge}) and the one tolerance that decides
 * whether the work built missed what was needed ({@link Replay#missedPurpose(double)}): the
 * judge's gate, the phase bonus and the consequence model's work problem ({@link Outcome}) all
 * read it from here, so they cannot disagree.
 *
 * @param missedPurpose share of process credit kept when the episode missed its purpose
 * @param stoppingSlack actions beyond the fewest possible that still earn full stopping credit (a
 *     whole number)
 * @param stoppingDecay further actions over which the stopping credit falls to 0
 * @param stoppingBase stopping credit of a well-timed end that uncovered none of the findings
 * @param stoppingCoverage stopping credit added per unit of the findings' coverage
 * @param workScale relative work error at which the work score reaches 0
 * @param workTolerance relative error of the work built beyond which it missed what was needed
 */
public record JudgeCoefficients(double missedPurpose, double stoppingSlack, double stoppingDecay,
    double stoppingBase, double stoppingCoverage, double workScale, double workTolerance)
    implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the judge was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("episode.judge")
      .entry("missed_purpose", 0.25, 0, 1,
          "share of process credit kept when the call or the work missed its purpose; design"
              + " choice (a half let probing everything before any call beat random)")
      .entry("stopping_slack", 1, 0, 50,
          "actions beyond the fewest possible that still earn full stopping credit, a whole"
              + " number; design choice")
      .entry("stopping_decay", 2.0, 0.1, 100,
          "further actions over which the stopping credit falls to 0; design choice")
      .entry("stopping_base", 0.3, 0, 1,
          "stopping credit of a well-timed end that uncovered none of the hidden findings; design"
              + " choice")
      .entry("stopping_coverage", 0.7, 0, 1,
          "stopping credit added per unit of the findings' coverage (stopping_base +"
              + " stopping_coverage <= 1); design choice")
      .entry("work_scale", 0.5, 0.01, 10,
          "relative work error at which the work score reaches 0; design choice")
      .entry("work_tolerance", 0.25, 0, 10,
          "relative error of the work built beyond which it missed what was needed (the judge's"
              + " gate, the phase bonus and the outcome's work problem); design choice")
      .build();

  public JudgeCoefficients {
    TABLE.inOrder(missedPurpose, stoppingSlack, stoppingDecay, stoppingBase, stoppingCoverage,
        workScale, workTolerance).forEach(TABLE::check);
    TABLE.checkWhole("stopping_slack", stoppingSlack);
    if (stoppingBase + stoppingCoverage > 1) {
      throw new IllegalArgumentException(TABLE.name() + ": stopping_base + stopping_coverage must"
          + " be <= 1 (a stopping score stays in [0, 1]) but is " + (stoppingBase
          + stoppingCoverage));
    }
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static JudgeCoefficients from(Map<String, Double> values) {
    return TABLE.build(JudgeCoefficients.class, values);
  }

  public static JudgeCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public JudgeCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

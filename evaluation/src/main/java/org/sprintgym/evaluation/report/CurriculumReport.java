package org.sprintgym.evaluation.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * A curriculum run's report: every stage, the no-regression check of the final adapter on the
 * earlier stages, and where the run came from. Written as {@code report.json}, {@code report.md}
 * and a self-contained {@code report.html} by {@link ReportWriter}.
 *
 * @param title report title
 * @param stages the stages in order
 * @param noRegression for each earlier stage's criterion: value with the final adapter, passed
 * @param provenance seeds, versions, scenario: anything that lets a reader rebuild the run
 */
public record CurriculumReport(
    String title,
    List<StageReport> stages,
    Map<String, Object> noRegression,
    Map<String, Object> provenance) {

  public CurriculumReport {
    Requires.nonBlank(title, "report title");
    stages = List.copyOf(stages);
    noRegression = Collections.unmodifiableMap(new LinkedHashMap<>(noRegression));
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    checkAgreement(stages, noRegression);
  }

  /** The criterion of the last stage that the no-regression section must agree with. */
  public static final String NO_REGRESSION = "no_regression";

  /**
   * The no-regression section and the last stage's {@code no_regression} row are one verdict:
   * a report in which they differ is refused rather than written.
   */
  private static void checkAgreement(List<StageReport> stages, Map<String, Object> section) {
    if (stages.isEmpty() || !(section.get("passed") instanceof Boolean passed)) {
      return;
    }
    for (CriterionResult c : stages.get(stages.size() - 1).criteria()) {
      if (c.name().equals(NO_REGRESSION) && c.passed() != passed) {
        throw new IllegalArgumentException("the no-regression section says passed: " + passed
            + " but stage " + stages.get(stages.size() - 1).stage() + "'s no_regression row says "
            + (c.passed() ? "pass" : "fail") + " (value " + c.value() + ")");
      }
    }
  }
}

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
  }
}

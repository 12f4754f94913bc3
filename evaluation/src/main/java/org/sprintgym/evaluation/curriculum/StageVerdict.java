package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.report.Numbers;

/** The one-sentence verdict on a finished stage: why it graduated, or which criteria held it. */
final class StageVerdict {
  private StageVerdict() {}

  static String of(CriterionMeter meter, int window, int stage, boolean graduated,
      StageState now, GraduationTracker tracker) {
    Map<String, Double> means = tracker.means();
    var failing = new ArrayList<String>();
    for (GraduationCriterion c : meter.graduationCriteria(stage)) {
      Double v = means.get(c.name());
      int have = tracker.evaluations(c.name());
      if (v == null || !c.passes(v)) {
        failing.add(c.name() + " " + (v == null ? "unmeasured" : Numbers.sig3(v)) + " fails "
            + c.direction().symbol() + " " + Numbers.sig3(c.threshold()));
      } else if (have < c.window()) {
        failing.add(c.name() + " has " + have + " of the " + c.window() + " evaluations its"
            + " rolling mean needs");
      }
    }
    var unmeasured = meter.criteria(stage).stream().map(GraduationCriterion::name)
        .filter(CriterionMeter.NOT_MEASURED::containsKey).toList();
    String tail = unmeasured.isEmpty() ? "" : " Not measured (do not block graduation): "
        + String.join(", ", unmeasured) + ".";
    String rounds = now.round() == 1 ? "" : "s";
    if (graduated) {
      return String.format(Locale.ROOT, "Graduated after %d episodes (%d remedial round%s):"
          + " every measured criterion met on the rolling mean of the last %d evaluations.%s",
          now.stageEpisodes(), now.round(), rounds, window, tail);
    }
    return String.format(Locale.ROOT, "Did not graduate after %d episodes and %d remedial"
        + " round%s (the limit): %s.%s", now.stageEpisodes(), now.round(), rounds,
        String.join("; ", failing), tail);
  }
}

package org.sprintgym.sim.episode.judge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.EpisodeRecord;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.JudgeCoefficients;
import org.sprintgym.sim.episode.Replay;
import org.sprintgym.sim.episode.Rubric;
import org.sprintgym.sim.episode.TypeSpec;

/**
 * The deterministic rubric judge of one episode type. Components, equally weighted, each only
 * where the type has it:
 * <ul>
 *   <li>specificity: share of probes aimed at a fact that held or whose cue said it likely did;
 *   <li>coverage: share of the hidden findings uncovered;
 *   <li>decision: the decision standing at the end is the one the hidden truth calls for;
 *   <li>process: the supporting actions the type expects, when they count, and an assessment
 *       before a decision that depends on severity;
 *   <li>work: the work built matches the true amount;
 *   <li>stopping: the episode ended by the trainee, with every finding uncovered and at most one
 *       action beyond the fewest possible.
 * </ul>
 * Component names are the type's own (e.g. elicitation's {@code use_of_answers}), from its
 * {@link Rubric}. Its numbers are the {@code episode.judge} table ({@link JudgeCoefficients}).
 */
public final class RubricJudge implements Judge {
  private final EpisodeType type;
  private final Rubric rubric;
  private final JudgeCoefficients coefficients;

  /** The judge of {@code type} with the default {@code episode.judge} table. */
  public RubricJudge(EpisodeType type) {
    this(type, JudgeCoefficients.defaults());
  }

  /** The judge of {@code type} with the numbers {@code coefficients}. */
  public RubricJudge(EpisodeType type, JudgeCoefficients coefficients) {
    this.type = type;
    this.rubric = type.definition().rubric();
    this.coefficients = java.util.Objects.requireNonNull(coefficients, "coefficients");
  }

  public EpisodeType type() {
    return type;
  }

  @Override
  public JudgeResult judge(EpisodeRecord record) {
    if (record.type() != type) {
      throw new IllegalArgumentException("the " + type.key() + " judge cannot judge a "
          + record.type().key() + " episode");
    }
    Replay r = Replay.of(record);
    TypeSpec spec = r.spec;
    var out = new ArrayList<JudgeResult.Component>();
    int facts = record.truth().trueCount();
    if (!spec.slots().isEmpty()) {
      // no question at all is specific only where nothing was hidden and no cue pointed at a fact
      double spec1 = r.probes == 0 ? (facts == 0 && !r.anyLikelyCue() ? 1 : 0)
          : r.wellAimedProbes / (double) r.probes;
      out.add(component("specificity", spec1, r.wellAimedProbes + " of " + r.probes
          + " probes aimed at a likely or real fact"));
      out.add(component("coverage", r.coverage(), coverageReason(r)));
    }
    if (!spec.decisions().isEmpty()) {
      int want = r.correctDecision();
      boolean right = r.decision == want;
      out.add(component("decision", right ? 1 : 0, (right ? "right call: " : "wrong call: ")
          + decisionName(spec, r.decision) + " (the situation called for "
          + decisionName(spec, want) + ", true severity " + two(record.truth().severity()) + ")"));
    }
    List<String> skipped = r.skippedExpected();
    processComponent(r, skipped).ifPresent(out::add);
    if (spec.hasWork()) {
      double err = r.workError();
      out.add(component("work", Math.max(0, 1 - err / coefficients.workScale()), "built "
          + two(r.progress) + " of a true " + two(record.truth().workTarget())
          + " (estimate units)"));
    }
    out.add(stopping(r, skipped.size()));
    return JudgeResult.of(gated(r, out));
  }

  /**
   * Credit for how the episode was run counts in full only where it served its purpose: a
   * thorough investigation that ends in the wrong call, or tidy process around work that does
   * not match what was needed, earns {@code missed_purpose} of it. Without the gate a fixed
   * routine (probe everything, then take any call) collects most of the rubric while deciding
   * no better than chance.
   */
  private List<JudgeResult.Component> gated(Replay r, List<JudgeResult.Component> in) {
    if (!r.missedPurpose(coefficients.workTolerance())) {
      return in;
    }
    boolean wrongCall = !r.spec.decisions().isEmpty() && r.decision != r.correctDecision();
    String decisionName = label("decision");
    String workName = label("work");
    var out = new ArrayList<JudgeResult.Component>(in.size());
    for (JudgeResult.Component c : in) {
      boolean purpose = c.name().equals(decisionName) || c.name().equals(workName);
      out.add(purpose ? c : new JudgeResult.Component(c.name(), c.weight(),
          c.score() * coefficients.missedPurpose(), c.reason() + (wrongCall
              ? "; cut: the call was wrong" : "; cut: the work missed what was needed")));
    }
    return out;
  }

  private String label(String generic) {
    return rubric.label(generic);
  }

  private java.util.Optional<JudgeResult.Component> processComponent(Replay r,
      List<String> missing) {
    int expected = r.expectedSupports();
    if (expected == 0) {
      return r.spec.supports().isEmpty() && r.spec.assess().isEmpty() ? java.util.Optional.empty()
          : java.util.Optional.of(component("process", 1, "nothing was expected here"));
    }
    return java.util.Optional.of(component("process", (expected - missing.size())
        / (double) expected, missing.isEmpty() ? "did everything expected, when it counts"
            : "missing or mistimed: " + String.join(", ", missing)));
  }

  /** @param skipped expected actions not done when they count ({@link Replay#skippedExpected}) */
  private JudgeResult.Component stopping(Replay r, int skipped) {
    if (r.record.truncated()) {
      return component("stopping", 0, "never ended: cut off after " + r.length + " actions");
    }
    int minimal = r.minimalLength();
    // skipping an expected action does not make an episode shorter than it should have been
    int excess = r.length - minimal + skipped;
    double timing = r.length < minimal ? r.length / (double) minimal // ended before the job
        : excess <= coefficients.stoppingSlack() ? 1
        : Math.max(0, 1 - (excess - coefficients.stoppingSlack())
            / coefficients.stoppingDecay());
    double cov = r.coverage();
    double credit = timing * (coefficients.stoppingBase() + coefficients.stoppingCoverage() * cov);
    return component("stopping", credit, "ended after " + r.length
        + " actions (fewest possible " + r.minimalLength() + ") with "
        + Math.round(cov * 100) + "% of the hidden findings uncovered");
  }

  private static String coverageReason(Replay r) {
    var missed = new ArrayList<String>();
    for (int i = 0; i < r.found.length; i++) {
      if (r.record.truth().facts()[i] && !r.found[i]) {
        missed.add(r.spec.slots().get(i).fact());
      }
    }
    int facts = r.record.truth().trueCount();
    if (facts == 0) {
      return "nothing was hidden";
    }
    return missed.isEmpty() ? "uncovered all " + facts + " hidden facts"
        : "missed: " + String.join("; ", missed);
  }

  /** Two decimals, without String.format's cost (judges run once per episode). */
  static String two(double v) {
    long c = Math.round(v * 100);
    return (c < 0 ? "-" : "") + Math.abs(c) / 100 + "." + (Math.abs(c) % 100 < 10 ? "0" : "")
        + Math.abs(c) % 100;
  }

  private static String decisionName(TypeSpec spec, int d) {
    return d == TypeSpec.NO_DECISION ? "no decision" : spec.decisions().get(d).key();
  }

  private JudgeResult.Component component(String generic, double score, String reason) {
    return new JudgeResult.Component(label(generic), 1.0, score, reason);
  }

  /** The rubric judges of all types, with the default {@code episode.judge} table. */
  public static Map<EpisodeType, Judge> all() {
    return all(JudgeCoefficients.defaults());
  }

  /** The rubric judges of all types, with the numbers {@code coefficients}. */
  public static Map<EpisodeType, Judge> all(JudgeCoefficients coefficients) {
    var m = new EnumMap<EpisodeType, Judge>(EpisodeType.class);
    for (EpisodeType t : EpisodeType.values()) {
      m.put(t, new RubricJudge(t, coefficients));
    }
    return m;
  }

  /** For messages: the names of actions. */
  static List<String> keys(List<EpisodeAction> actions) {
    return actions.stream().map(EpisodeAction::key).toList();
  }
}

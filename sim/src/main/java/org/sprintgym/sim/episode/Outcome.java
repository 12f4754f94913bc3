package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated consequences of an episode, as dojo's outcome components in [0, 1].
 *
 * @param components story_accepted, tests_passing, few_iterations, velocity_kept, no_rework,
 *     coverage (in that order)
 * @param problems problems the world ran into downstream (missed criteria, a wrong call, ...)
 * @param score the weighted sum under the configured component weights
 */
public record Outcome(Map<String, Double> components, int problems, double score) {

  public Outcome {
    components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /**
   * Runs the world forward from the trainee's last action at story level with the world's work
   * model: every finding left hidden may bite (a missing criterion gets the story rejected, a
   * missed dependency blocks, a wrong call costs rework), the work built against the true amount
   * decides whether tests pass, and time spent beyond the type's baseline costs velocity. A
   * probe's false alarm, believed, may cause a problem too (work for a phantom requirement, a
   * needless re-plan): asking is not free of risk when answers can mislead.
   *
   * @param c the consequence model's numbers ({@code episode.outcome})
   * @param workTolerance relative work error beyond which the work built missed what was needed
   *     ({@code episode.judge.work_tolerance}: the judge's notion, so both agree)
   */
  public static Outcome simulate(Replay r, SituationContext context, RewardWeights weights,
      OutcomeCoefficients c, double workTolerance, int baselineSteps) {
    HiddenTruth t = r.record.truth();
    int problems = 0;
    // where a call ends the situation, the facts are the call's inputs: a right call made without
    // them costs nothing more, and finding them all does not save a wrong one
    boolean rightCall = r.spec.decisionEnds() && r.decision == r.correctDecision();
    // one answer settles a research question: the sources not searched then hide nothing
    boolean settled = r.spec.oneAnswer() && r.anyFound();
    for (int i = 0; i < r.found.length; i++) {
      if (t.fact(i) && !r.found[i] && !rightCall && !settled) {
        double p = 1 - Math.pow(1 - t.biteChance(), t.weight(i));
        if (t.draw(i) < p) {
          problems++;
        }
      } else if (!t.fact(i) && r.probed[i] && t.reported(i) && t.draw(i) < c.phantomBite()) {
        problems++; // a false alarm acted on: work built or re-planned for what was not there
      }
    }
    if (!r.spec.decisions().isEmpty() && r.decision != r.correctDecision()) {
      problems += t.draw(TypeSpec.MAX_SLOTS) < c.wrongCallProblem() ? 1 : 0;
      problems += t.severity() >= c.severeCall() ? 1 : 0;
    }
    boolean supportMissing = false;
    for (int i = 0; i < r.spec.supports().size(); i++) {
      supportMissing |= r.supportExpected(i) && !r.supportSatisfied(i);
    }
    if (supportMissing && t.draw(TypeSpec.MAX_SLOTS + 1) < c.missingSupportProblem()) {
      problems++;
    }
    boolean unfinished = false;
    if (r.spec.hasWork()) {
      problems += r.missedWork(workTolerance) ? 1 : 0;
      unfinished = r.progress < c.unfinishedShare() * t.workTarget();
    }
    if (r.record.truncated()) {
      problems++; // the situation was left unresolved
    }
    double remaining = 1 - context.sprintProgress();
    boolean accepted = problems == 0
        || (problems == 1 && t.draw(TypeSpec.MAX_SLOTS + 2) < c.acceptanceChance() * remaining);
    int overrun = Math.max(0, r.length - baselineSteps);
    double sev = r.spec.decisions().isEmpty() && r.spec.assess().isEmpty() ? c.defaultSeverity()
        : t.severity();
    var out = new LinkedHashMap<String, Double>();
    out.put("story_accepted", accepted ? 1.0 : 0.0);
    out.put("tests_passing", unfinished ? 0.0 : Math.max(0, 1 - c.testsPerProblem() * problems));
    out.put("few_iterations", 1.0 / (1 + problems));
    out.put("velocity_kept", clamp(1 - c.velocityPerOverrunStep() * overrun
        - c.velocityPerProblem() * problems * (c.velocitySeverityOffset() + sev)));
    out.put("no_rework", problems == 0 ? 1.0 : 0.0);
    out.put("coverage", r.coverage());
    double score = 0;
    for (var e : out.entrySet()) {
      score += weights.outcomeComponents().get(e.getKey()) * e.getValue();
    }
    return new Outcome(out, problems, clamp(score));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}

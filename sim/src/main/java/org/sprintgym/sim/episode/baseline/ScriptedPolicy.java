package org.sprintgym.sim.episode.baseline;

import java.util.SplittableRandom;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.TypeSpec;

/**
 * The scripted strategies, one parameterised heuristic: gather information (assess, sharpen,
 * probe the facts whose cue passes a threshold), build the work, do the supporting actions, take
 * the decision the observed facts and severity call for, then end. The strategies differ in how
 * much they gather and how carefully they decide:
 * <ul>
 *   <li>conservative (thorough, slow): assesses and sharpens always, probes every fact, does
 *       every supporting action, pads the work;
 *   <li>balanced: probes the clearly likely facts, assesses half the time, does the supporting
 *       actions that must precede the end;
 *   <li>aggressive (fast, risky): at most one probe, decides on first impressions, skips support;
 *   <li>expert (a sensible senior): assesses before severity-dependent calls, sharpens vague cues,
 *       probes likely facts, sizes work to what was found, supports when it counts, stops.
 * </ul>
 */
public final class ScriptedPolicy implements BaselinePolicy {

  /**
   * @param probeThreshold probe a fact whose cue is at least this
   * @param maxProbes most probes (of facts not yet probed) before moving on
   * @param assessChance chance of assessing severity when the type can
   * @param sharpen whether to use the cue-sharpening action when cues are vague
   * @param supports which supporting actions to do: 0 none, 1 those due before the end, 2 as
   *     expected, 3 all
   * @param workPad extra work beyond the expected amount
   * @param sizeToFindings whether to size the work to the risk found
   * @param fewFactsThreshold the probe threshold when the type hides at most two facts (checking
   *     a doubtful one is cheap there)
   */
  public record Strategy(double probeThreshold, int maxProbes, double assessChance,
      boolean sharpen, int supports, double workPad, boolean sizeToFindings,
      double fewFactsThreshold) {}

  public static final Strategy CONSERVATIVE = new Strategy(0.0, 6, 1.0, true, 3, 0.25, true, 0.0);
  public static final Strategy BALANCED = new Strategy(0.6, 6, 0.5, false, 1, 0.0, true, 0.6);
  public static final Strategy AGGRESSIVE = new Strategy(0.75, 1, 0.0, false, 0, 0.0, false, 0.75);
  public static final Strategy EXPERT = new Strategy(0.5, 6, 1.0, true, 2, 0.0, true, 0.35);

  private final Strategy s;

  public ScriptedPolicy(Strategy strategy) {
    this.s = strategy;
  }

  @Override
  public int act(float[] observation, boolean[] mask, SplittableRandom random) {
    var v = new ObservationView(observation, mask);
    TypeSpec spec = v.spec;
    boolean needsSeverity = spec.assess().isPresent() && !spec.decisions().isEmpty();
    if (needsSeverity && !v.severityKnown() && v.allowed(spec.assess().get())
        && random.nextDouble() < s.assessChance()) {
      return spec.assess().get().ordinal();
    }
    if (s.sharpen() && spec.broad().isPresent() && v.allowed(spec.broad().get()) && vague(v)) {
      return spec.broad().get().ordinal();
    }
    int probe = nextProbe(v);
    if (probe >= 0) {
      return probe;
    }
    if (spec.hasWork()) {
      int w = nextWork(v);
      if (w >= 0) {
        return w;
      }
    }
    for (int i = 0; i < spec.supports().size(); i++) {
      var sup = spec.supports().get(i);
      if (!v.supportDone(i) && v.allowed(sup.action()) && wants(sup.rule(), v)) {
        return sup.action().ordinal();
      }
    }
    if (!spec.decisions().isEmpty()) {
      int d = spec.rule().correct(v.severity(), v.foundFlags());
      if (d != TypeSpec.NO_DECISION && !v.decisionTaken(d) && v.allowed(spec.decisions().get(d))) {
        return spec.decisions().get(d).ordinal();
      }
    }
    if (spec.done().isPresent() && v.allowed(spec.done().get())) {
      return spec.done().get().ordinal();
    }
    return ObservationView.uniform(mask, random);
  }

  private boolean vague(ObservationView v) {
    if (v.sharpened()) {
      return false;
    }
    for (int i = 0; i < v.slots(); i++) {
      if (!v.probed(i) && v.cue(i) > 0.35f && v.cue(i) < 0.65f) {
        return true;
      }
    }
    return false;
  }

  private int nextProbe(ObservationView v) {
    int probed = 0;
    for (int i = 0; i < v.slots(); i++) {
      probed += v.probed(i) ? 1 : 0;
    }
    if (probed >= s.maxProbes()) {
      return -1;
    }
    double threshold = v.slots() <= 2 ? s.fewFactsThreshold() : s.probeThreshold();
    int best = -1;
    float bestCue = -1;
    for (int i = 0; i < v.slots(); i++) {
      EpisodeAction a = v.spec.slots().get(i).probe();
      if (!v.probed(i) && v.allowed(a) && v.cue(i) >= threshold && v.cue(i) > bestCue) {
        best = a.ordinal();
        bestCue = v.cue(i);
      }
    }
    return best;
  }

  private int nextWork(ObservationView v) {
    double target = 1.0 + s.workPad();
    var hint = v.type().definition().workHint();
    if (s.sizeToFindings() && hint.isPresent() && v.found(hint.get().slot())) {
      target *= hint.get().factor(); // e.g. decomposition's effort hotspot: plan for it
    }
    double gap = target - v.progress();
    if (gap < 0.12) {
      return -1;
    }
    int pick = -1;
    double pickAmount = 0;
    int smallest = -1;
    double smallestAmount = Double.MAX_VALUE;
    for (TypeSpec.Work w : v.spec.work()) {
      if (!v.allowed(w.action())) {
        continue;
      }
      if (w.amount() <= gap + 0.12 && w.amount() > pickAmount) {
        pick = w.action().ordinal();
        pickAmount = w.amount();
      }
      if (w.amount() < smallestAmount) {
        smallest = w.action().ordinal();
        smallestAmount = w.amount();
      }
    }
    return pick >= 0 ? pick : smallest;
  }

  private boolean wants(TypeSpec.SupportRule rule, ObservationView v) {
    return switch (s.supports()) {
      case 0 -> false;
      case 1 -> rule == TypeSpec.SupportRule.BEFORE_END;
      case 2 -> rule != TypeSpec.SupportRule.AFTER_FIND || v.anyFound();
      default -> true;
    };
  }
}

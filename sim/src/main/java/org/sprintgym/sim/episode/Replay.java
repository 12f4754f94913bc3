package org.sprintgym.sim.episode;

import java.util.Arrays;
import java.util.Map;
import org.sprintgym.sim.episode.TypeSpec.Role;
import org.sprintgym.sim.episode.TypeSpec.SupportRule;

/**
 * What an episode's actions amount to under its type: facts found, probes and how well aimed,
 * work done, the decision standing at the end, supports and when. Built from an
 * {@link EpisodeRecord} alone, for judges and the consequence model.
 */
public final class Replay {
  /** Marks an action that never happened, in the step fields below. */
  public static final int NEVER = Integer.MAX_VALUE;

  public final TypeSpec spec;
  public final EpisodeRecord record;
  public final boolean[] found;
  /** Whether each fact's probe was asked (whatever it answered). */
  public final boolean[] probed;
  public final int probes;
  /** Probes aimed at a fact that held, or whose cue at the time said it likely did. */
  public final int wellAimedProbes;
  public final int assessStep;
  public final int broadStep;
  public final double progress;
  public final int workActions;
  public final int decision;
  public final int decisionStep;
  public final int decisionsTaken;
  public final int[] supportSteps;
  public final int firstFindStep;
  /** Step at which the last fact that holds was found (-1: none holds; NEVER: not all found). */
  public final int allFoundStep;
  public final int length;
  public final boolean informationFirst;

  private Replay(EpisodeRecord r) {
    this.record = r;
    this.spec = r.spec();
    Tally t = new Tally(r, spec);
    Map<EpisodeAction, int[]> roles = TypeSpecs.roles(r.type());
    for (int i = 0; i < r.length(); i++) {
      int[] role = roles.get(EpisodeAction.of(r.action(i)));
      t.count(Role.values()[role[0]], role[1], i);
    }
    found = t.found;
    probed = t.probed;
    supportSteps = t.supportSteps;
    probes = t.probes;
    wellAimedProbes = t.aimed;
    assessStep = t.assess;
    broadStep = t.broad;
    progress = t.progress;
    workActions = t.work;
    decision = t.decision;
    decisionStep = t.decisionStep;
    decisionsTaken = t.decisions;
    firstFindStep = t.firstFind;
    allFoundStep = t.allFound;
    length = r.length();
    informationFirst = t.infoFirst;
  }

  /** The running counts while an episode's actions are walked, step by step. */
  private static final class Tally {
    private final EpisodeRecord r;
    private final TypeSpec spec;
    final boolean[] found;
    final boolean[] probed;
    final int[] supportSteps;
    int probes;
    int aimed;
    int assess = NEVER;
    int broad = NEVER;
    double progress;
    int work;
    int decision = TypeSpec.NO_DECISION;
    int decisionStep = NEVER;
    int decisions;
    int firstFind = NEVER;
    /** Findable facts still to find. */
    int remaining;
    int allFound;
    boolean infoFirst;

    Tally(EpisodeRecord r, TypeSpec spec) {
      this.r = r;
      this.spec = spec;
      int k = spec.slots().size();
      found = new boolean[k];
      probed = new boolean[k];
      supportSteps = new int[spec.supports().size()];
      Arrays.fill(supportSteps, NEVER);
      for (int i = 0; i < k; i++) {
        // a fact that holds but that its probe would miss cannot be found: it never blocks allFound
        remaining += r.truth().detects(i) ? 1 : 0;
      }
      if (spec.oneAnswer()) {
        remaining = Math.min(1, remaining); // the first find settles it
      }
      allFound = remaining == 0 ? -1 : NEVER;
    }

    void count(Role kind, int idx, int i) {
      switch (kind) {
        case PROBE -> probe(idx, i);
        case ASSESS -> {
          assess = Math.min(assess, i);
          infoFirst = true;
        }
        case BROAD -> {
          broad = Math.min(broad, i);
          infoFirst = true;
        }
        case WORK -> {
          progress += spec.work().get(idx).amount();
          work++;
        }
        case DECIDE -> {
          decision = idx;
          decisionStep = i;
          decisions++;
        }
        case SUPPORT -> supportSteps[idx] = Math.min(supportSteps[idx], i);
        case DONE -> { }
        default -> throw new IllegalStateException("unknown role " + kind);
      }
    }

    private void probe(int idx, int i) {
      probes++;
      probed[idx] = true;
      boolean holds = r.truth().fact(idx);
      boolean settled = spec.oneAnswer() && firstFind != NEVER;
      if (!settled && (holds || r.cue(idx, broad < i) >= 0.5f)) {
        aimed++;
      }
      // a probe uncovers a fact only when it reports it: an answer can miss what holds
      if (r.truth().detects(idx) && !found[idx]) {
        found[idx] = true;
        firstFind = Math.min(firstFind, i);
        if (remaining > 0 && --remaining == 0) {
          allFound = i;
        }
      }
      infoFirst = true;
    }
  }

  public static Replay of(EpisodeRecord record) {
    return new Replay(record);
  }

  /** Share of the hidden findings (weighted) that were found; 1 when nothing was hidden. */
  public double coverage() {
    if (spec.oneAnswer()) {
      return record.truth().trueCount() == 0 || anyFound() ? 1.0 : 0.0;
    }
    int total = 0;
    int got = 0;
    for (int i = 0; i < found.length; i++) {
      if (record.truth().fact(i)) {
        total += record.truth().weight(i);
        got += found[i] ? record.truth().weight(i) : 0;
      }
    }
    return total == 0 ? 1.0 : got / (double) total;
  }

  /** Whether any fact was uncovered. */
  public boolean anyFound() {
    for (boolean f : found) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /** The decision the hidden truth calls for. */
  public int correctDecision() {
    return spec.rule().correct(record.truth().severity(), record.truth().facts());
  }

  /** Whether support {@code i} is expected in this episode. */
  public boolean supportExpected(int i) {
    return spec.supports().get(i).rule() != SupportRule.AFTER_FIND
        || record.truth().trueCount() > 0;
  }

  /** Whether support {@code i} was done when it counts. */
  public boolean supportSatisfied(int i) {
    int at = supportSteps[i];
    return switch (spec.supports().get(i).rule()) {
      case ANY, BEFORE_END -> at != NEVER;
      case AFTER_FIND -> at != NEVER && firstFindStep != NEVER && at > firstFindStep;
    };
  }

  /** Whether an assessment is expected: the type has one and a decision depends on it. */
  public boolean assessExpected() {
    return spec.assess().isPresent() && !spec.decisions().isEmpty();
  }

  /** Relative error of the work built against the true amount (0 when the type has no work). */
  public double workError() {
    if (!spec.hasWork()) {
      return 0;
    }
    double target = record.truth().workTarget();
    return Math.abs(progress - target) / target;
  }

  /** Whether some fact's cue, as the trainee saw it at the end, said the fact likely held. */
  public boolean anyLikelyCue() {
    boolean sharp = broadStep != NEVER;
    for (int i = 0; i < found.length; i++) {
      if (record.cue(i, sharp) >= 0.5f) {
        return true;
      }
    }
    return false;
  }

  /** How many supporting actions and assessments (before the decision) the situation expects. */
  public int expectedSupports() {
    int n = assessExpected() ? 1 : 0;
    for (int i = 0; i < supportSteps.length; i++) {
      n += supportExpected(i) ? 1 : 0;
    }
    return n;
  }

  /**
   * The expected supporting actions and assessment that were not done when they count, by key
   * ({@code assess_severity before deciding} for an assessment that came too late or not at all).
   */
  public java.util.List<String> skippedExpected() {
    var out = new java.util.ArrayList<String>();
    for (int i = 0; i < supportSteps.length; i++) {
      if (supportExpected(i) && !supportSatisfied(i)) {
        out.add(spec.supports().get(i).action().key());
      }
    }
    if (assessExpected() && !(assessStep < decisionStep && decisionStep != NEVER)) {
      out.add(spec.assess().get().key() + " before deciding");
    }
    return out;
  }

  /** Actions beyond the fewest that could have handled the situation (0 for a premature end). */
  public int excessActions() {
    return Math.max(0, length - minimalLength());
  }

  /**
   * Whether the episode earns the phase bonus: it gathered information before acting, every probe
   * was aimed at a fact that held or looked likely, and the call and the work came out right.
   * Rewarding information first as a habit paid a fixed routine (probe everything, then any call)
   * as much as a focused investigation.
   *
   * @param workTolerance see {@link #missedWork(double)}
   */
  public boolean earnsPhaseBonus(double workTolerance) {
    return informationFirst && focused() && !missedPurpose(workTolerance);
  }

  /** Whether every probe was aimed at a fact that held or whose cue said it likely did. */
  public boolean focused() {
    return wellAimedProbes == probes;
  }

  /**
   * Whether the episode missed its purpose: the call standing at the end is not the one the
   * hidden truth calls for, or the work built missed what was needed.
   *
   * @param workTolerance see {@link #missedWork(double)}
   */
  public boolean missedPurpose(double workTolerance) {
    boolean wrongCall = !spec.decisions().isEmpty() && decision != correctDecision();
    return wrongCall || missedWork(workTolerance);
  }

  /**
   * Whether the type has work and the work built is more than {@code tolerance} (relative) off
   * the true amount ({@code episode.judge.work_tolerance}, 0.25 by default).
   */
  public boolean missedWork(double tolerance) {
    return spec.hasWork() && workError() > tolerance;
  }

  /**
   * The fewest actions that could have handled the situation well: the work counts the largest
   * work action's steps, a rest below the spec's work slack of one ({@code episode.types}'
   * {@code TYPE.minimal_work_slack}) needing none.
   */
  public int minimalLength() {
    int n = spec.oneAnswer() ? Math.min(1, record.truth().trueCount())
        : record.truth().trueCount();
    for (int i = 0; i < supportSteps.length; i++) {
      n += supportExpected(i) ? 1 : 0;
    }
    n += assessExpected() ? 1 : 0;
    if (spec.hasWork()) {
      double largest = 0;
      for (TypeSpec.Work w : spec.work()) {
        largest = Math.max(largest, w.amount());
      }
      n += (int) Math.ceil(record.truth().workTarget() / largest - spec.workSlack());
    }
    n += correctDecision() != TypeSpec.NO_DECISION ? 1 : 0;
    n += spec.done().isPresent() ? 1 : 0;
    return Math.max(1, n);
  }
}

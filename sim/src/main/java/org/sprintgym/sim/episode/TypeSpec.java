package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one episode type is made of, as data: the hidden facts its probing actions reveal, an
 * optional assessment (reveals the true severity) and cue-sharpening action, work actions that
 * build something up, decisions (with the rule that makes one correct under the hidden truth),
 * supporting actions the judge expects, and how the episode ends. {@link TypeSpecs} defines the
 * fourteen types; {@link EpisodeEnv} runs any of them.
 *
 * @param type the type
 * @param slots the hidden facts, each revealed by its own probing action (at most {@link #MAX_SLOTS})
 * @param assess the action that reveals the situation's true severity, if the type has one
 * @param broad the action that sharpens every fact's cue, if the type has one
 * @param work actions adding to a work product, with the amount each adds (in the units of the
 *     situation's observable work estimate)
 * @param decisions the options of the type's decision (at most {@link #MAX_DECISIONS})
 * @param decisionEnds whether taking a decision ends the episode
 * @param supports actions the judge expects, with when they count (at most {@link #MAX_SUPPORTS})
 * @param done the closing action, empty when a decision ends the episode
 * @param stepLimit actions after which the episode is truncated ({@code episode.types}'
 *     {@code TYPE.step_limit}; so are the time cost, the work amounts, the work slack and a type's
 *     own sharpened-cue noise)
 * @param rule the correct decision under the (true or observed) severity and facts
 * @param model how the situation's hidden truth is drawn from the world cut
 * @param referenceSteps default efficiency baseline: median length of successful expert episodes
 * @param oneAnswer whether one fact found settles the situation (research: the answer is needed
 *     once, wherever it is): the others are then worth nothing, and probing on after the first
 *     find is waste
 * @param timeCost how dear an action's time is here, as a multiple of the sprint's time pressure:
 *     above 1 where the situation itself is urgent (a disturbance, a short loan, a team a member
 *     short) or where one action takes hours (reading a source)
 * @param sharpNoise noise (standard deviation) of a fact's cue after the cue-sharpening action:
 *     {@link #SHARP_NOISE} unless the type says otherwise (elicitation's {@code sharp_noise} keeps
 *     it high: an example
 *     narrows the PO's intent down but does not spell out every criterion, so an expert still
 *     misreads some and its judge score stays below 1)
 * @param ownSharpNoise whether {@code sharpNoise} is the type's own; if not, the episodes take
 *     the {@code episode.cues} table's {@code sharp_noise} (see
 *     {@link #sharpNoise(CueCoefficients)})
 * @param workSlack share of the largest work action below which the rest of the true work needs
 *     no further action, when {@link Replay#minimalLength()} counts the fewest work actions (0
 *     for a type without work)
 */
public record TypeSpec(EpisodeType type, List<Slot> slots, Optional<EpisodeAction> assess,
    Optional<EpisodeAction> broad, List<Work> work, List<EpisodeAction> decisions,
    boolean decisionEnds, List<Support> supports, Optional<EpisodeAction> done, int stepLimit,
    DecisionRule rule, SituationModel model, int referenceSteps, boolean oneAnswer,
    double timeCost, double sharpNoise, boolean ownSharpNoise, double workSlack) {

  /**
   * The usual {@link #sharpNoise()}: the sharpened cue all but settles the fact. The default of
   * the {@code episode.cues} table's {@code sharp_noise}, which a type without its own follows.
   */
  public static final double SHARP_NOISE = 0.05;
  public static final int MAX_SLOTS = 6;
  public static final int MAX_DECISIONS = 3;
  public static final int MAX_SUPPORTS = 3;
  /** What {@link DecisionRule} returns when the right call is to take no decision at all. */
  public static final int NO_DECISION = -1;

  /** A hidden fact and the action that reveals it. */
  public record Slot(EpisodeAction probe, String fact) {}

  /** A work action and the amount of the work estimate it adds. */
  public record Work(EpisodeAction action, double amount) {}

  /** A supporting action and when the judge counts it. */
  public record Support(EpisodeAction action, SupportRule rule) {}

  /** When a supporting action counts. */
  public enum SupportRule {
    /** Expected once, any time before the end. */
    ANY,
    /** Expected once a hidden fact has been found (not expected when there is nothing to find). */
    AFTER_FIND,
    /** Expected before the decision or closing action. */
    BEFORE_END
  }

  /** The role an action plays in a type. */
  public enum Role { PROBE, ASSESS, BROAD, WORK, DECIDE, SUPPORT, DONE }

  /** The correct decision: an index into {@link #decisions()}, or {@link #NO_DECISION}. */
  @FunctionalInterface
  public interface DecisionRule {
    int correct(double severity, boolean[] facts);
  }

  /** A type whose facts each count on their own. */
  public TypeSpec(EpisodeType type, List<Slot> slots, Optional<EpisodeAction> assess,
      Optional<EpisodeAction> broad, List<Work> work, List<EpisodeAction> decisions,
      boolean decisionEnds, List<Support> supports, Optional<EpisodeAction> done, int stepLimit,
      DecisionRule rule, SituationModel model, int referenceSteps) {
    this(type, slots, assess, broad, work, decisions, decisionEnds, supports, done, stepLimit,
        rule, model, referenceSteps, false);
  }

  /** A type whose actions cost the sprint's time pressure as it is. */
  public TypeSpec(EpisodeType type, List<Slot> slots, Optional<EpisodeAction> assess,
      Optional<EpisodeAction> broad, List<Work> work, List<EpisodeAction> decisions,
      boolean decisionEnds, List<Support> supports, Optional<EpisodeAction> done, int stepLimit,
      DecisionRule rule, SituationModel model, int referenceSteps, boolean oneAnswer) {
    this(type, slots, assess, broad, work, decisions, decisionEnds, supports, done, stepLimit,
        rule, model, referenceSteps, oneAnswer, 1.0, SHARP_NOISE, false, 0);
  }

  /**
   * This type with another step limit, time cost, work amounts (the same actions in the same
   * order) and work slack: the numbers the {@code episode.types} table sets
   * ({@link TypeCoefficients#applyTo}).
   */
  public TypeSpec withNumbers(int limit, double cost, List<Work> amounts, double slack) {
    if (amounts.size() != work.size()) {
      throw new IllegalArgumentException(type + ": " + amounts.size() + " work amounts for "
          + work.size() + " work actions");
    }
    for (int i = 0; i < amounts.size(); i++) {
      if (amounts.get(i).action() != work.get(i).action()) {
        throw new IllegalArgumentException(type + ": work action " + i + " is "
            + work.get(i).action().key() + ", not " + amounts.get(i).action().key());
      }
    }
    return new TypeSpec(type, slots, assess, broad, amounts, decisions, decisionEnds, supports,
        done, limit, rule, model, referenceSteps, oneAnswer, cost, sharpNoise, ownSharpNoise,
        slack);
  }

  /** This type with another {@link #timeCost()}. */
  public TypeSpec withTimeCost(double cost) {
    return withNumbers(stepLimit, cost, work, workSlack);
  }

  /** This type with its own {@link #sharpNoise()}. */
  public TypeSpec withSharpNoise(double noise) {
    return new TypeSpec(type, slots, assess, broad, work, decisions, decisionEnds, supports, done,
        stepLimit, rule, model, referenceSteps, oneAnswer, timeCost, noise, true, workSlack);
  }

  public TypeSpec {
    slots = List.copyOf(slots);
    work = List.copyOf(work);
    decisions = List.copyOf(decisions);
    supports = List.copyOf(supports);
    if (slots.size() > MAX_SLOTS || decisions.size() > MAX_DECISIONS
        || supports.size() > MAX_SUPPORTS) {
      throw new IllegalArgumentException(type + ": at most " + MAX_SLOTS + " slots, "
          + MAX_DECISIONS + " decisions and " + MAX_SUPPORTS + " supports");
    }
    if (done.isEmpty() && !(decisionEnds && !decisions.isEmpty())) {
      throw new IllegalArgumentException(type + ": needs a closing action or an ending decision");
    }
    if (!(timeCost > 0 && timeCost <= 10)) {
      throw new IllegalArgumentException(type + ": time cost must be in (0, 10] but was "
          + timeCost);
    }
    if (!(sharpNoise > 0 && sharpNoise <= 1)) {
      throw new IllegalArgumentException(type + ": sharpened-cue noise must be in (0, 1] but was "
          + sharpNoise);
    }
    if (!(workSlack >= 0 && workSlack < 1)) {
      throw new IllegalArgumentException(type + ": work slack must be in [0, 1) but was "
          + workSlack);
    }
    for (Work w : work) {
      if (!(w.amount() > 0)) {
        throw new IllegalArgumentException(type + ": work amount of " + w.action().key()
            + " must be > 0 but was " + w.amount());
      }
    }
    if (stepLimit < 2) {
      throw new IllegalArgumentException(type + ": step limit must be >= 2 but was " + stepLimit);
    }
    var seen = new java.util.HashSet<EpisodeAction>();
    for (EpisodeAction a : actionsOf(slots, assess, broad, work, decisions, supports, done)) {
      if (!seen.add(a)) {
        throw new IllegalArgumentException(type + ": action " + a.key() + " has two roles");
      }
    }
  }

  private static List<EpisodeAction> actionsOf(List<Slot> slots, Optional<EpisodeAction> assess,
      Optional<EpisodeAction> broad, List<Work> work, List<EpisodeAction> decisions,
      List<Support> supports, Optional<EpisodeAction> done) {
    var out = new ArrayList<EpisodeAction>();
    slots.forEach(s -> out.add(s.probe()));
    assess.ifPresent(out::add);
    broad.ifPresent(out::add);
    work.forEach(w -> out.add(w.action()));
    out.addAll(decisions);
    supports.forEach(s -> out.add(s.action()));
    done.ifPresent(out::add);
    return out;
  }

  /** Every action this type allows, in role order. */
  public List<EpisodeAction> actions() {
    return actionsOf(slots, assess, broad, work, decisions, supports, done);
  }

  /** Role and index within the role of every allowed action. */
  public Map<EpisodeAction, int[]> roles() {
    var m = new EnumMap<EpisodeAction, int[]>(EpisodeAction.class);
    for (int i = 0; i < slots.size(); i++) {
      m.put(slots.get(i).probe(), new int[] {Role.PROBE.ordinal(), i});
    }
    assess.ifPresent(a -> m.put(a, new int[] {Role.ASSESS.ordinal(), 0}));
    broad.ifPresent(a -> m.put(a, new int[] {Role.BROAD.ordinal(), 0}));
    for (int i = 0; i < work.size(); i++) {
      m.put(work.get(i).action(), new int[] {Role.WORK.ordinal(), i});
    }
    for (int i = 0; i < decisions.size(); i++) {
      m.put(decisions.get(i), new int[] {Role.DECIDE.ordinal(), i});
    }
    for (int i = 0; i < supports.size(); i++) {
      m.put(supports.get(i).action(), new int[] {Role.SUPPORT.ordinal(), i});
    }
    done.ifPresent(a -> m.put(a, new int[] {Role.DONE.ordinal(), 0}));
    return m;
  }

  /** The sharpened-cue noise in effect: the type's own, else {@code cues}' {@code sharp_noise}. */
  public double sharpNoise(CueCoefficients cues) {
    return ownSharpNoise ? sharpNoise : cues.sharpNoise();
  }

  /** Whether the type has work to build (and a work estimate to aim at). */
  public boolean hasWork() {
    return !work.isEmpty();
  }
}

package org.sprintgym.sim.episode;

import static org.sprintgym.sim.episode.EpisodeAction.*;
import static org.sprintgym.sim.episode.TypeSpec.NO_DECISION;
import static org.sprintgym.sim.episode.TypeSpec.SupportRule.AFTER_FIND;
import static org.sprintgym.sim.episode.TypeSpec.SupportRule.ANY;
import static org.sprintgym.sim.episode.TypeSpec.SupportRule.BEFORE_END;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sprintgym.sim.episode.TypeSpec.Slot;
import org.sprintgym.sim.episode.TypeSpec.Support;
import org.sprintgym.sim.episode.TypeSpec.SupportRule;
import org.sprintgym.sim.episode.TypeSpec.Work;

/**
 * The fourteen episode types as data. Each hidden fact's chance depends on the situation the
 * world produced (ambiguity, risk, brownfield, knowledge, disturbance), so observations carry the
 * signal a policy needs; the probing action reveals the fact itself at the cost of a step. The
 * models ({@link SituationModels}) read their numbers from the {@code episode.situations} table
 * ({@link SituationCoefficients}) that the truth being drawn carries. The specs here carry the
 * {@code episode.types} table's defaults ({@link TypeCoefficients}: step limits, time costs, work
 * amounts, elicitation's sharpened-cue noise); an env applies its own table to them
 * ({@link #of(EpisodeType, TypeCoefficients)}). The decision rules' thresholds stay here: the
 * scripted baselines apply the same rule to what they observe, and a policy sees the observation
 * only, not the episode's configuration.
 */
public final class TypeSpecs {
  private TypeSpecs() {}

  private static final Map<EpisodeType, TypeSpec> SPECS = new EnumMap<>(EpisodeType.class);
  private static final Map<EpisodeType, Map<EpisodeAction, int[]>> ROLES =
      new EnumMap<>(EpisodeType.class);

  /** The {@code episode.types} defaults every spec here is built with. */
  private static final TypeCoefficients DEFAULTS = TypeCoefficients.defaults();
  private static final Map<String, Double> DEFAULT_VALUES = DEFAULTS.values();

  // Time costs (TypeSpec#timeCost, episode.types' TYPE.time_cost): a disturbance is urgent (x2:
  // triage, recovery, scope change); a loan is short and every day of it counts (x3: borrowing
  // arrival, context switching, cross-team dependency); a team a member short pays for each hour
  // (x3: compensation); reading a source takes hours (x2.5: research); a handoff has the leaver's
  // notice period, so its time is cheaper (x0.75: knowledge handoff). Without them these
  // situations start early in the sprint, where time is cheap, and probing everything cost next
  // to nothing.
  static {
    putStageOne();
    putStageTwo();
    putStageThree();
    putStageFour();
  }

  /** Stage 1: elicitation, decomposition, implementation, self-monitoring, research. */
  private static void putStageOne() {
    put(new TypeSpec(EpisodeType.ELICITATION,
        List.of(slot(ASK_SCOPE, "missing scope criterion"),
            slot(ASK_CONSTRAINTS, "missing constraint"),
            slot(ASK_SUCCESS_CRITERIA, "missing success criterion"),
            slot(ASK_EDGE_CASES, "missing edge case"),
            slot(ASK_DATA, "missing data requirement"),
            slot(ASK_USERS, "missing user requirement")),
        Optional.empty(), Optional.of(REQUEST_EXAMPLE), List.of(), List.of(), false,
        List.of(support(STATE_ASSUMPTION, AFTER_FIND)), Optional.of(SIGNAL_READY),
        limit(EpisodeType.ELICITATION), (sev, f) -> NO_DECISION, SituationModels::elicitation, 4));
    put(new TypeSpec(EpisodeType.DECOMPOSITION,
        List.of(slot(ADD_DEPENDENCY, "hidden dependency between tasks"),
            slot(IDENTIFY_RISK, "effort hotspot the estimate misses"),
            slot(COMPARE_APPROACHES, "the obvious approach is a dead end")),
        Optional.empty(), Optional.empty(),
        List.of(work(EpisodeType.DECOMPOSITION, CREATE_TASK_SMALL),
            work(EpisodeType.DECOMPOSITION, CREATE_TASK_MEDIUM),
            work(EpisodeType.DECOMPOSITION, CREATE_TASK_LARGE)),
        List.of(), false, List.of(support(PROPOSE_APPROACH, BEFORE_END)),
        Optional.of(SIGNAL_PLAN_COMPLETE), limit(EpisodeType.DECOMPOSITION),
        (sev, f) -> NO_DECISION,
        SituationModels::decomposition, 5));
    put(new TypeSpec(EpisodeType.IMPLEMENTATION,
        List.of(slot(RUN_TESTS, "a failing test"), slot(READ_CODE, "hidden coupling in the code")),
        Optional.empty(), Optional.empty(), List.of(work(EpisodeType.IMPLEMENTATION, WRITE_CODE)),
        List.of(CHECKPOINT_CONTINUE, CHECKPOINT_PIVOT, CHECKPOINT_ESCALATE), false, List.of(),
        Optional.of(COMMIT), limit(EpisodeType.IMPLEMENTATION),
        TypeSpecs::implementationRule, SituationModels::implementation, 6));
    put(new TypeSpec(EpisodeType.SELF_MONITORING,
        List.of(slot(IDENTIFY_ISSUE, "the work is off track"),
            slot(REREAD_REQUIREMENTS, "a requirement was misread"),
            slot(RESEARCH, "a knowledge gap blocks progress")),
        Optional.of(ASSESS_PROGRESS), Optional.empty(), List.of(),
        List.of(CHECKPOINT_CONTINUE, CHECKPOINT_PIVOT, CHECKPOINT_ESCALATE), true, List.of(),
        Optional.empty(), limit(EpisodeType.SELF_MONITORING),
        (sev, f) -> !any(f) ? 0 : sev >= 0.5 ? 2 : 1, SituationModels::selfMonitoring, 3));
    put(new TypeSpec(EpisodeType.RESEARCH,
        List.of(slot(SEARCH, "the answer is on the web"),
            slot(FETCH_DOC, "the answer is in the official docs"),
            slot(SEARCH_CODE, "the answer is in the code base")),
        Optional.of(ASSESS_CONFIDENCE), Optional.empty(), List.of(), List.of(), false,
        List.of(support(SYNTHESIZE, AFTER_FIND)), Optional.of(SIGNAL_SUFFICIENT),
        limit(EpisodeType.RESEARCH), (sev, f) -> NO_DECISION, SituationModels::research, 3, true));
  }

  /** Stage 2: triage, recovery, scope change. */
  private static void putStageTwo() {
    put(new TypeSpec(EpisodeType.TRIAGE,
        List.of(slot(INVESTIGATE, "the root cause is in the team's own code"),
            slot(ASSESS_BLAST_RADIUS, "the blast radius is wide")),
        Optional.of(ASSESS_SEVERITY), Optional.empty(), List.of(), List.of(FIX_NOW, DEFER, ESCALATE),
        true, List.of(support(COMMUNICATE, BEFORE_END)), Optional.empty(),
        limit(EpisodeType.TRIAGE), TypeSpecs::triageRule, SituationModels::triage, 4));
    put(new TypeSpec(EpisodeType.RECOVERY,
        List.of(slot(DIAGNOSE_ROOT_CAUSE, "the root cause is a recent change"),
            slot(VERIFY_HYPOTHESIS, "the first hypothesis is wrong"),
            slot(RUN_TESTS, "a regression elsewhere")),
        Optional.empty(), Optional.empty(), List.of(work(EpisodeType.RECOVERY, FIX)),
        List.of(REPLAN_SPRINT), false, List.of(support(CAPTURE_LEARNING, AFTER_FIND)),
        Optional.of(SIGNAL_DONE), limit(EpisodeType.RECOVERY),
        (sev, f) -> sev >= 0.5 ? 0 : NO_DECISION, SituationModels::recovery, 6));
    put(new TypeSpec(EpisodeType.SCOPE_CHANGE,
        List.of(slot(ASK_PO, "the new scope outranks the sprint's work")),
        Optional.of(ASSESS_NEW_SCOPE), Optional.empty(), List.of(),
        List.of(ACCEPT_SCOPE, NEGOTIATE_TRADEOFF, DEFER), true, List.of(), Optional.empty(),
        limit(EpisodeType.SCOPE_CHANGE), (sev, f) -> !f[0] ? 2 : sev < 0.45 ? 0 : 1,
        SituationModels::scopeChange, 3));
  }

  /** Stage 3: borrowing arrival, context switching, cross-team dependency. */
  private static void putStageThree() {
    put(new TypeSpec(EpisodeType.BORROWING_ARRIVAL,
        List.of(slot(READ_CODE, "the code uses unfamiliar patterns"),
            slot(SEARCH_CODE, "a knowledge holder can be found"),
            slot(ASK_TEAM, "the team has unwritten norms"),
            slot(READ_DOCS, "useful docs exist"),
            slot(IDENTIFY_CONVENTIONS, "conventions differ from the home team")),
        Optional.empty(), Optional.empty(), List.of(), List.of(), false,
        List.of(support(PROPOSE_CONTRIBUTION, ANY)), Optional.of(START_WORK),
        limit(EpisodeType.BORROWING_ARRIVAL), (sev, f) -> NO_DECISION,
        SituationModels::borrowing, 4));
    put(new TypeSpec(EpisodeType.CONTEXT_SWITCHING,
        List.of(slot(REVIEW_HOME_BOARD, "the home board changed"),
            slot(CATCH_UP_WITH_TEAM, "a blocker arose while away")),
        Optional.empty(), Optional.empty(), List.of(), List.of(), false,
        List.of(support(SHARE_LEARNINGS, ANY), support(HAND_OVER_BORROWED_WORK, BEFORE_END)),
        Optional.of(RESUME_OWN_TASK), limit(EpisodeType.CONTEXT_SWITCHING), (sev, f) -> NO_DECISION,
        SituationModels::contextSwitching, 4));
    put(new TypeSpec(EpisodeType.CROSS_TEAM_DEPENDENCY,
        List.of(slot(ANALYSE_STORY, "the story needs another team's work"),
            slot(SEARCH_ARCHITECTURE, "the other team's interface is unstable")),
        Optional.empty(), Optional.empty(), List.of(),
        List.of(FLAG_DEPENDENCY, PROPOSE_RESOLUTION, PROCEED_WITHOUT), true,
        List.of(support(COMMUNICATE, AFTER_FIND)), Optional.empty(),
        limit(EpisodeType.CROSS_TEAM_DEPENDENCY), (sev, f) -> !f[0] ? 2 : f[1] ? 0 : 1,
        SituationModels::crossTeam, 3));
  }

  /** Stage 4: knowledge handoff, onboarding support, compensation. */
  private static void putStageFour() {
    put(new TypeSpec(EpisodeType.KNOWLEDGE_HANDOFF,
        List.of(slot(IDENTIFY_KNOWLEDGE, "critical knowledge is undocumented"),
            slot(VERIFY_TRANSFER, "the transfer so far is incomplete")),
        Optional.empty(), Optional.empty(), List.of(), List.of(PRIORITISE_HANDOFF), false,
        List.of(support(DOCUMENT_DECISION, AFTER_FIND), support(SCHEDULE_PAIRING, AFTER_FIND),
            support(WRITE_DOCS, ANY)),
        Optional.of(SIGNAL_DONE), limit(EpisodeType.KNOWLEDGE_HANDOFF),
        (sev, f) -> sev >= 0.5 ? 0 : NO_DECISION,
        SituationModels::knowledgeHandoff, 5));
    put(new TypeSpec(EpisodeType.ONBOARDING_SUPPORT,
        List.of(slot(ASSESS_SKILLS, "a skill gap in the stack"),
            slot(IDENTIFY_GAPS, "a gap in domain knowledge")),
        Optional.empty(), Optional.empty(), List.of(), List.of(ASSIGN_STARTER_TASK, ADJUST_SPRINT),
        false, List.of(support(SUGGEST_PAIRING, AFTER_FIND), support(PROVIDE_CONTEXT, ANY)),
        Optional.of(SIGNAL_DONE), limit(EpisodeType.ONBOARDING_SUPPORT),
        (sev, f) -> sev >= 0.25 ? 1 : 0, SituationModels::onboarding, 5));
    put(new TypeSpec(EpisodeType.COMPENSATION,
        List.of(slot(SEARCH_ARTIFACTS, "the departed member left usable artifacts"),
            slot(RECOVER_KNOWLEDGE, "another member can recover the knowledge")),
        Optional.of(ASSESS_IMPACT), Optional.empty(), List.of(),
        List.of(ADJUST_COMMITMENT, REQUEST_SPECIALIST, REDISTRIBUTE_WORK), true, List.of(),
        Optional.empty(), limit(EpisodeType.COMPENSATION),
        (sev, f) -> sev < 0.46 ? 2 : !f[1] ? 1 : 0, SituationModels::compensation, 3));
  }

  /** The spec of {@code type}, with the {@code episode.types} defaults. */
  public static TypeSpec of(EpisodeType type) {
    return SPECS.get(type);
  }

  /** The spec of {@code type} with {@code types}' numbers ({@code episode.types}). */
  public static TypeSpec of(EpisodeType type, TypeCoefficients types) {
    return types.equals(DEFAULTS) ? SPECS.get(type) : types.applyTo(SPECS.get(type));
  }

  /** The roles of {@code type}'s actions (see {@link TypeSpec#roles()}), computed once. */
  static Map<EpisodeAction, int[]> roles(EpisodeType type) {
    return ROLES.get(type);
  }

  private static void put(TypeSpec spec) {
    SituationModel facts = spec.model();
    // how far a probe's answer can be trusted: the trainee reads code and people less reliably
    // in an area it knows little, and hears what is not there more often with less skill
    // (episode.cues); a type model may override both with its own account
    SituationModel model = (c, r, t) -> {
      t.recall = t.cues.recallBase() - t.cues.recallPerUnknown() * (1 - c.traineeKnowledge());
      t.falseAlarm = t.cues.falseAlarmBase() + t.cues.falseAlarmPerUnskill()
          * (1 - c.traineeSkill());
      facts.draw(c, r, t);
    };
    TypeSpec s = new TypeSpec(spec.type(), spec.slots(), spec.assess(), spec.broad(), spec.work(),
        spec.decisions(), spec.decisionEnds(), spec.supports(), spec.done(), spec.stepLimit(),
        spec.rule(), model, spec.referenceSteps(), spec.oneAnswer(), spec.timeCost(),
        spec.sharpNoise(), spec.ownSharpNoise(), spec.workSlack());
    s = DEFAULTS.applyTo(s);
    SPECS.put(s.type(), s);
    ROLES.put(s.type(), java.util.Collections.unmodifiableMap(s.roles()));
  }

  /** {@code type}'s default step limit ({@code episode.types}' {@code TYPE.step_limit}). */
  private static int limit(EpisodeType type) {
    return (int) (double) DEFAULT_VALUES.get(type.key() + ".step_limit");
  }

  /** {@code action}'s default amount in {@code type} ({@code TYPE.ACTION_amount}). */
  private static Work work(EpisodeType type, EpisodeAction action) {
    return new Work(action, DEFAULT_VALUES.get(type.key() + "." + action.key() + "_amount"));
  }

  private static Slot slot(EpisodeAction probe, String fact) {
    return new Slot(probe, fact);
  }

  private static Support support(EpisodeAction a, SupportRule rule) {
    return new Support(a, rule);
  }

  static boolean any(boolean[] f) {
    for (boolean b : f) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Implementation's checkpoint: escalate what is too severe to handle alone, pivot when the code
   * hides a coupling (or a failing test shows the approach breaking at middling severity),
   * otherwise continue. Thresholds sit near the severity's terciles, so no one call is right
   * most of the time and a constant choice earns what a random one does.
   */
  static int implementationRule(double sev, boolean[] f) {
    if (sev >= 0.55) {
      return 2;
    }
    return f[1] || (f[0] && sev >= 0.4) ? 1 : 0;
  }

  static int triageRule(double sev, boolean[] f) {
    if (sev >= 0.6) {
      return f[1] ? 2 : 0;
    }
    if (sev < 0.42) {
      return 1;
    }
    return f[0] ? 0 : 2;
  }

}

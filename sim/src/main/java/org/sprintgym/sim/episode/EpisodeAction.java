package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sprintgym.sim.env.ActionSpace;

/**
 * The one discrete action space shared by all episode types; each type allows a subset (the
 * action mask). Actions shared by several types (e.g. {@code run_tests}, {@code communicate},
 * {@code defer}) keep one index. Indices are the enum ordinals and never change meaning.
 */
public enum EpisodeAction {
  // elicitation
  ASK_SCOPE, ASK_CONSTRAINTS, ASK_SUCCESS_CRITERIA, ASK_EDGE_CASES, ASK_DATA, ASK_USERS,
  REQUEST_EXAMPLE, STATE_ASSUMPTION, SIGNAL_READY,
  // decomposition
  CREATE_TASK_SMALL, CREATE_TASK_MEDIUM, CREATE_TASK_LARGE, ADD_DEPENDENCY, IDENTIFY_RISK,
  PROPOSE_APPROACH, COMPARE_APPROACHES, SIGNAL_PLAN_COMPLETE,
  // implementation and self-monitoring
  WRITE_CODE, RUN_TESTS, READ_CODE, COMMIT, CHECKPOINT_CONTINUE, CHECKPOINT_PIVOT,
  CHECKPOINT_ESCALATE, ASSESS_PROGRESS, IDENTIFY_ISSUE, REREAD_REQUIREMENTS, RESEARCH,
  // research
  SEARCH, FETCH_DOC, SEARCH_CODE, SYNTHESIZE, ASSESS_CONFIDENCE, SIGNAL_SUFFICIENT,
  // triage, recovery, scope change
  ASSESS_SEVERITY, ASSESS_BLAST_RADIUS, INVESTIGATE, FIX_NOW, DEFER, ESCALATE, COMMUNICATE,
  DIAGNOSE_ROOT_CAUSE, VERIFY_HYPOTHESIS, FIX, REPLAN_SPRINT, CAPTURE_LEARNING,
  ASSESS_NEW_SCOPE, ASK_PO, NEGOTIATE_TRADEOFF, ACCEPT_SCOPE,
  // borrowing, context switching, cross-team dependencies
  ASK_TEAM, READ_DOCS, IDENTIFY_CONVENTIONS, PROPOSE_CONTRIBUTION, START_WORK,
  REVIEW_HOME_BOARD, CATCH_UP_WITH_TEAM, RESUME_OWN_TASK, SHARE_LEARNINGS, HAND_OVER_BORROWED_WORK,
  ANALYSE_STORY, SEARCH_ARCHITECTURE, FLAG_DEPENDENCY, PROPOSE_RESOLUTION, PROCEED_WITHOUT,
  // knowledge handoff, onboarding, compensation
  IDENTIFY_KNOWLEDGE, DOCUMENT_DECISION, SCHEDULE_PAIRING, WRITE_DOCS, PRIORITISE_HANDOFF,
  VERIFY_TRANSFER,
  ASSESS_SKILLS, IDENTIFY_GAPS, SUGGEST_PAIRING, PROVIDE_CONTEXT, ASSIGN_STARTER_TASK, ADJUST_SPRINT,
  ASSESS_IMPACT, SEARCH_ARTIFACTS, RECOVER_KNOWLEDGE, ADJUST_COMMITMENT, REQUEST_SPECIALIST,
  REDISTRIBUTE_WORK,
  // generic end of an episode whose type has no natural closing action
  SIGNAL_DONE;

  private static final EpisodeAction[] ALL = values();
  private static final ActionSpace SPACE;

  static {
    var names = new ArrayList<String>(ALL.length);
    for (EpisodeAction a : ALL) {
      names.add(a.key());
    }
    SPACE = new ActionSpace(names);
  }

  /** The snake_case name, e.g. {@code ask_edge_cases}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action with index {@code i}. */
  public static EpisodeAction of(int i) {
    if (i < 0 || i >= ALL.length) {
      throw new IllegalArgumentException("action " + i + " is out of range 0.." + (ALL.length - 1));
    }
    return ALL[i];
  }

  /** Number of actions. */
  public static int count() {
    return ALL.length;
  }

  /** The unified action space (names in index order). */
  public static ActionSpace space() {
    return SPACE;
  }

  /** Names of the given actions, for messages. */
  static List<String> keys(List<EpisodeAction> actions) {
    return actions.stream().map(EpisodeAction::key).toList();
  }
}

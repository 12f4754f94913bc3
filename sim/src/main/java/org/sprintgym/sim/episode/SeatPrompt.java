package org.sprintgym.sim.episode;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.sim.env.TextActions;

/**
 * The system prompt for a language model in the trainee's seat: who it is, what the episode type
 * asks of it, every action of the type with its alias and role, how to answer, and how the reward
 * is paid. It depends on the type alone, so it can be cached per type by a trainer.
 */
public final class SeatPrompt {
  private static final Map<EpisodeType, String> GOALS = goals();

  private SeatPrompt() {}

  /** The prompt for episodes of {@code type}. */
  public static String of(EpisodeType type) {
    TypeSpec spec = TypeSpecs.of(type);
    TextActions grammar = TextActions.of(EpisodeAction.space());
    var sb = new StringBuilder(1024);
    sb.append("You are a developer on an agile team in a simulated sprint. Episode type: ")
        .append(type.key()).append(" (curriculum stage ").append(type.stage()).append("). ")
        .append(GOALS.get(type)).append('\n');
    sb.append("Each turn you see the situation, what you have learned so far and the actions"
        + " allowed now; you answer with one action.\n");
    sb.append("Actions of this episode type:\n");
    for (EpisodeAction a : spec.actions()) {
      sb.append("- ").append(a.key());
      grammar.alias(a.ordinal()).ifPresent(x -> sb.append(" (").append(x).append(')'));
      sb.append(": ").append(role(spec, a)).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "After %d actions the episode is cut off.%n",
        spec.stepLimit()));
    sb.append("The reward comes at the end: the simulated consequences of what you did for the"
        + " sprint, a judge's score of how you worked, and a cost for each action beyond what an"
        + " expert needs.\n");
    sb.append(TextActions.rules()).append('\n');
    return sb.toString();
  }

  private static String role(TypeSpec spec, EpisodeAction a) {
    for (TypeSpec.Slot s : spec.slots()) {
      if (s.probe() == a) {
        return "find out whether " + s.fact();
      }
    }
    if (spec.assess().filter(a::equals).isPresent()) {
      return "assess the severity (replaces the first impression with the real value)";
    }
    if (spec.broad().filter(a::equals).isPresent()) {
      return "sharpen every likelihood cue at once";
    }
    for (TypeSpec.Work w : spec.work()) {
      if (w.action() == a) {
        return String.format(Locale.ROOT, "build %.2f of the work estimate", w.amount());
      }
    }
    if (spec.decisions().contains(a)) {
      return spec.decisionEnds() ? "take this decision (ends the episode)"
          : "take this decision (a later decision replaces it)";
    }
    for (TypeSpec.Support s : spec.supports()) {
      if (s.action() == a) {
        return switch (s.rule()) {
          case ANY -> "a supporting step, expected once";
          case AFTER_FIND -> "a supporting step, expected once something has been found";
          case BEFORE_END -> "a supporting step, expected before you finish";
        };
      }
    }
    return "end the episode";
  }

  private static Map<EpisodeType, String> goals() {
    var m = new EnumMap<EpisodeType, String>(EpisodeType.class);
    m.put(EpisodeType.ELICITATION, "Clarify the story's requirements before you commit to it.");
    m.put(EpisodeType.DECOMPOSITION, "Break the story into tasks and a plan.");
    m.put(EpisodeType.IMPLEMENTATION, "Build the story, checking your work as you go.");
    m.put(EpisodeType.SELF_MONITORING, "Notice when your work goes off track and correct it.");
    m.put(EpisodeType.RESEARCH, "Find out enough to proceed, without researching forever.");
    m.put(EpisodeType.TRIAGE, "An incident arrived: judge its severity and decide what to do.");
    m.put(EpisodeType.RECOVERY, "Something failed: find the root cause and recover.");
    m.put(EpisodeType.SCOPE_CHANGE, "The scope changed mid-sprint: assess it and respond.");
    m.put(EpisodeType.BORROWING_ARRIVAL, "You are lent to another team: orient yourself there.");
    m.put(EpisodeType.CONTEXT_SWITCHING, "You return to your own team: catch up and resume.");
    m.put(EpisodeType.CROSS_TEAM_DEPENDENCY, "Your story depends on another team: handle it.");
    m.put(EpisodeType.KNOWLEDGE_HANDOFF, "You are leaving: hand over what only you know.");
    m.put(EpisodeType.ONBOARDING_SUPPORT, "A newcomer joins: help them become productive.");
    m.put(EpisodeType.COMPENSATION, "A colleague is missing: recover their knowledge and work.");
    return Map.copyOf(m);
  }
}

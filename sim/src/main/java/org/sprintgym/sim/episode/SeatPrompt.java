package org.sprintgym.sim.episode;

import java.util.Locale;
import org.sprintgym.sim.env.TextActions;

/**
 * The system prompt for a language model in the trainee's seat: who it is, what the episode type
 * asks of it, every action of the type with its alias and role, how to answer, and how the reward
 * is paid. It depends on the type (and its {@code episode.types} numbers) alone, so it can be
 * cached per type by a trainer.
 */
public final class SeatPrompt {

  private SeatPrompt() {}

  /** The prompt for episodes of {@code type} with the default {@code episode.types} numbers. */
  public static String of(EpisodeType type) {
    return of(TypeSpecs.of(type));
  }

  /** The prompt for episodes of {@code spec}'s type (its step limit and work amounts). */
  public static String of(TypeSpec spec) {
    EpisodeType type = spec.type();
    TextActions grammar = TextActions.of(EpisodeAction.space());
    var sb = new StringBuilder(1024);
    sb.append("You are a developer on an agile team in a simulated sprint. Episode type: ")
        .append(type.key()).append(" (curriculum stage ").append(type.stage()).append("). ")
        .append(type.definition().goal()).append('\n');
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

}

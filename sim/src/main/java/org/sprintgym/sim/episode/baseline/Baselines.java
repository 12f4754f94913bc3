package org.sprintgym.sim.episode.baseline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five scripted baselines by name. */
public final class Baselines {
  private Baselines() {}

  /** The names, in the order reports list them. */
  public static final List<String> NAMES = List.of("random", "conservative", "balanced",
      "aggressive", "expert");

  /** Uniform over the allowed actions. */
  public static BaselinePolicy random() {
    return ObservationView::uniform3;
  }

  /** The baseline called {@code name}, or empty. */
  public static Optional<BaselinePolicy> of(String name) {
    return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
      case "random" -> random();
      case "conservative" -> new ScriptedPolicy(ScriptedPolicy.CONSERVATIVE);
      case "balanced" -> new ScriptedPolicy(ScriptedPolicy.BALANCED);
      case "aggressive" -> new ScriptedPolicy(ScriptedPolicy.AGGRESSIVE);
      case "expert" -> new ScriptedPolicy(ScriptedPolicy.EXPERT);
      default -> null;
    });
  }
}

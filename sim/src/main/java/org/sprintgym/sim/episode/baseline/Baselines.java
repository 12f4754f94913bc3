package org.sprintgym.sim.episode.baseline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scripted baselines by name, the oracle ceiling and the degenerate policies that show the
 * reward cannot be gamed.
 */
public final class Baselines {
  private Baselines() {}

  /** The names, in the order reports list them. */
  public static final List<String> NAMES = List.of("random", "conservative", "balanced",
      "aggressive", "expert");

  /** Policies that must not beat random: first legal action, end at once, probe all then end. */
  public static final List<String> DEGENERATE = List.of("first_legal", "end_now", "probe_all");

  /** Every name {@link #of} knows: the baselines, the oracle, the degenerate policies. */
  public static final List<String> ALL = all();

  private static List<String> all() {
    var out = new java.util.ArrayList<>(NAMES);
    out.add("oracle");
    out.addAll(DEGENERATE);
    return List.copyOf(out);
  }

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
      case "oracle" -> org.sprintgym.sim.episode.Oracle.POLICY;
      case "first_legal" -> Degenerate.firstLegal();
      case "end_now" -> Degenerate.endNow();
      case "probe_all" -> Degenerate.probeAll();
      default -> null;
    });
  }
}

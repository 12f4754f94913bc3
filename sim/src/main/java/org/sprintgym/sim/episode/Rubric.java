package org.sprintgym.sim.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rubric judge calls its components in one episode type (e.g. elicitation's
 * {@code process} is {@code use_of_answers}): names from each type's own rubric, so a
 * report reads in the type's own terms. A component without a label keeps its generic name.
 *
 * @param labels generic component name to the type's name, for at least one component
 */
public record Rubric(Map<String, String> labels) {
  /** The judge's generic components (see {@code RubricJudge}). */
  public static final List<String> COMPONENTS = List.of("specificity", "coverage", "decision",
      "process", "work", "stopping");

  public Rubric {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a rubric names at least one component; components: "
          + String.join(", ", COMPONENTS));
    }
    for (var e : labels.entrySet()) {
      if (!COMPONENTS.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown rubric component '" + e.getKey()
            + "' (allowed: " + String.join(", ", COMPONENTS) + ")");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("rubric component '" + e.getKey() + "' has a blank label");
      }
    }
    labels = Map.copyOf(labels);
  }

  /** A rubric from pairs: generic name, label, generic name, label, ... */
  public static Rubric of(String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("rubric labels come in pairs (component, label) but "
          + pairs.length + " strings were given");
    }
    var m = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (m.put(pairs[i], pairs[i + 1]) != null) {
        throw new IllegalArgumentException("rubric component '" + pairs[i] + "' is labelled twice");
      }
    }
    return new Rubric(m);
  }

  /** The type's name for generic component {@code generic}. */
  public String label(String generic) {
    return labels.getOrDefault(generic, generic);
  }
}

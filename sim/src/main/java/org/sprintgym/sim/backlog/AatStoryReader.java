package org.sprintgym.sim.backlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sprintgym.sim.config.BacklogCoefficients;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.YamlNode;

/**
 * Reads one story mapping of an AAT backlog, strictly: unknown keys and wrong types are errors.
 * SprintGym's extension keys are optional; what they leave out {@link StoryDerivation} derives.
 */
final class AatStoryReader {
  private AatStoryReader() {}

  /** Every key a story may have: AAT's, then SprintGym's extensions. */
  static final List<String> STORY_KEYS = List.of("id", "title", "description",
      "acceptance_criteria", "story_points", "priority", "scenarios", "tags", "domain",
      "team_type_hint", "ambiguity", "hidden_criteria", "technical_risk", "codebase_area",
      "language", "depends_on");

  static final List<Integer> POINTS = List.of(1, 2, 3, 5, 8);

  private static final List<String> SCENARIO_KEYS = List.of("name", "given", "when", "then");
  private static final List<String> HIDDEN_KEYS = List.of("text", "dimension");
  private static final List<String> DIMENSIONS = java.util.Arrays.stream(
      ElicitationDimension.values()).map(ElicitationDimension::key).toList();

  /**
   * @param index position in the file (the default priority when the story gives none)
   * @param seed the seed for hidden criteria the story does not list
   * @param c the numbers behind the fields the story does not state
   */
  static Story read(YamlNode n, int index, Product product, long seed, BacklogCoefficients c) {
    n.entries();
    n.requireKeys(STORY_KEYS);
    String id = nonBlank(n.require("id"));
    String title = nonBlank(n.require("title"));
    String description = n.get("description").map(YamlNode::asText).orElse("");
    List<String> criteria = strings(n, "acceptance_criteria");
    int points = n.require("story_points").asIntIn(POINTS);
    int priority = n.get("priority").map(p -> p.asInt(1, 1_000_000)).orElse(index + 1);
    List<AcceptanceScenario> scenarios = n.get("scenarios").map(AatStoryReader::scenarios)
        .orElse(List.of());
    List<String> tags = strings(n, "tags");
    String domain = text(n, "domain")
        .orElseGet(() -> StoryDerivation.domain(tags, title, description));
    String language = text(n, "language")
        .orElseGet(() -> StoryDerivation.language(tags, domain, product.languages()));
    String hint = text(n, "team_type_hint").orElse("");
    double ambiguity = n.get("ambiguity").map(YamlNode::asUnit).orElseGet(() ->
        StoryDerivation.ambiguity(title, description, criteria, points, scenarios, c));
    List<HiddenCriterion> hidden = n.get("hidden_criteria").map(AatStoryReader::hidden)
        .orElseGet(() -> StoryDerivation.hiddenCriteria(id, title, ambiguity, points, seed, c));
    double risk = n.get("technical_risk").map(YamlNode::asUnit).orElseGet(() ->
        StoryDerivation.technicalRisk(points, allText(title, description, criteria, tags), c));
    String area = text(n, "codebase_area")
        .orElseGet(() -> StoryDerivation.codebaseArea(domain, title, tags, description));
    List<String> dependsOn = dependsOn(n, id);
    try {
      return new Story(id, title, description, criteria, points, priority, scenarios, tags, domain,
          language, hint, ambiguity, hidden, risk, area, dependsOn);
    } catch (IllegalArgumentException e) {
      throw n.error(e.getMessage(), null); // a rule of the record that the checks above missed
    }
  }

  private static List<String> allText(String title, String description, List<String> criteria,
      List<String> tags) {
    var all = new ArrayList<String>(criteria);
    all.addAll(tags);
    all.add(title);
    all.add(description);
    return all;
  }

  private static String nonBlank(YamlNode node) {
    String s = node.asText();
    if (s.isBlank()) {
      throw node.error("must not be empty", "a non-empty string");
    }
    return s.strip();
  }

  private static Optional<String> text(YamlNode story, String key) {
    return story.get(key).map(AatStoryReader::nonBlank);
  }

  private static List<String> strings(YamlNode story, String key) {
    return story.get(key).map(YamlNode::asStringList).orElse(List.of());
  }

  private static List<AcceptanceScenario> scenarios(YamlNode list) {
    var out = new ArrayList<AcceptanceScenario>();
    for (YamlNode s : list.items()) {
      s.entries();
      s.requireKeys(SCENARIO_KEYS);
      out.add(new AcceptanceScenario(s.get("name").map(YamlNode::asText).orElse(""),
          steps(s, "given"), steps(s, "when"), steps(s, "then")));
    }
    return out;
  }

  private static List<String> steps(YamlNode scenario, String key) {
    return scenario.get(key).map(YamlNode::asStringOrList).orElse(List.of());
  }

  private static List<HiddenCriterion> hidden(YamlNode list) {
    var out = new ArrayList<HiddenCriterion>();
    for (YamlNode h : list.items()) {
      h.entries();
      h.requireKeys(HIDDEN_KEYS);
      String text = nonBlank(h.require("text"));
      String dim = h.require("dimension").asChoice(DIMENSIONS);
      out.add(new HiddenCriterion(text, ElicitationDimension.valueOf(dim.toUpperCase(
          java.util.Locale.ROOT))));
    }
    return out;
  }

  private static List<String> dependsOn(YamlNode story, String id) {
    var node = story.get("depends_on");
    if (node.isEmpty()) {
      return List.of();
    }
    for (YamlNode dep : node.get().items()) {
      if (dep.asText().equals(id)) {
        throw dep.error("story " + id + " cannot depend on itself", "ids of other stories");
      }
    }
    return node.get().asStringList();
  }

  /** Rejects a second story with an id already seen, pointing at both places. */
  static void requireUnique(YamlNode idNode, String id, java.util.Map<String, YamlNode> seen) {
    YamlNode first = seen.putIfAbsent(id, idNode);
    if (first != null) {
      throw idNode.error("duplicate story id '" + id + "' (first used at line " + first.line() + ")",
          "unique ids");
    }
  }

  static InputError noStories(YamlNode root) {
    return root.error("no 'stories:' list", "a top-level 'stories:' list of story mappings");
  }
}

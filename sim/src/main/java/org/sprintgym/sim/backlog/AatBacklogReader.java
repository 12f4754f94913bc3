package org.sprintgym.sim.backlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.sprintgym.sim.config.BacklogCoefficients;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Reads an agile-agent-team backlog file ({@code product:} and {@code stories:}) with SprintGym's
 * optional extension keys. AAT files load unchanged. Stories are strict (an unknown key is an
 * error); the product section is lenient because AAT products carry free-form extras, which are
 * reported in {@link LoadedBacklog#ignoredKeys()}. Every error is an
 * {@link org.sprintgym.sim.io.InputError} with file, line, column and key path.
 */
public final class AatBacklogReader {
  private AatBacklogReader() {}

  /** Product keys SprintGym reads or knowingly skips (AAT prompt context: mission, goals, ...). */
  static final List<String> PRODUCT_KEYS = List.of("name", "description", "mission", "vision",
      "goals", "target_audience", "success_metrics", "languages", "tech_stack", "repository",
      "technical_debt");

  private static final List<String> REPOSITORY_KEYS = List.of("type", "url");

  /**
   * Reads {@code file}; derived fields (hidden criteria above all) depend on {@code seed}, so the
   * same file and seed always give the same backlog. Derives with the default
   * {@code sim.coefficients.backlog}.
   */
  public static Backlog read(Path file, long seed) {
    return load(file, seed).backlog();
  }

  /** Like {@link #read}, also returning the keys that were accepted but ignored. */
  public static LoadedBacklog load(Path file, long seed) {
    return load(file, seed, BacklogCoefficients.defaults());
  }

  /**
   * Like {@link #load(Path, long)}, deriving what the file does not state with {@code c} (the
   * debt of a product that states none, the stories' ambiguity, risk and hidden criteria).
   */
  public static LoadedBacklog load(Path file, long seed, BacklogCoefficients c) {
    YamlNode root = YamlTree.read(file);
    if (root.kind() != YamlNode.Kind.MAP) {
      throw root.error("expected a mapping with 'product:' and 'stories:' but found "
          + root.describe(), null);
    }
    var ignored = new ArrayList<String>();
    for (String key : root.entries().keySet()) {
      if (!key.equals("product") && !key.equals("stories")) {
        ignored.add(key);
      }
    }
    Product product = root.get("product").map(p -> product(p, ignored, c)).orElseGet(() ->
        new Product("", "", List.of(), List.of(), RepositoryType.GREENFIELD,
            c.fileGreenfieldDebt()));
    YamlNode storiesNode = root.get("stories").orElseThrow(() -> AatStoryReader.noStories(root));
    if (storiesNode.kind() != YamlNode.Kind.LIST) {
      throw storiesNode.error("expected a list of stories but found " + storiesNode.describe(),
          "a list of story mappings");
    }
    var stories = new ArrayList<Story>();
    var seen = new HashMap<String, YamlNode>();
    for (YamlNode s : storiesNode.items()) {
      Story story = AatStoryReader.read(s, stories.size(), product, seed, c);
      AatStoryReader.requireUnique(s.require("id"), story.id(), seen);
      stories.add(story);
    }
    return new LoadedBacklog(new Backlog(file.toString(), product, stories), ignored);
  }

  private static Product product(YamlNode p, List<String> ignored, BacklogCoefficients c) {
    for (String key : p.entries().keySet()) {
      if (!PRODUCT_KEYS.contains(key)) {
        ignored.add("product." + key);
      }
    }
    String name = p.get("name").map(YamlNode::asText).orElse("");
    String description = p.get("description").map(YamlNode::asText).orElse("").strip();
    List<String> languages = p.get("languages").map(YamlNode::asStringList).orElse(List.of())
        .stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    List<String> techStack = p.get("tech_stack").map(YamlNode::asStringList).orElse(List.of());
    RepositoryType repo = p.get("repository").map(r -> repository(r, ignored))
        .orElse(RepositoryType.GREENFIELD);
    double debt = p.get("technical_debt").map(YamlNode::asUnit)
        .orElse(repo == RepositoryType.BROWNFIELD ? c.fileBrownfieldDebt()
            : c.fileGreenfieldDebt());
    return new Product(name, description, languages, techStack, repo, debt);
  }

  private static RepositoryType repository(YamlNode r, List<String> ignored) {
    for (String key : r.entries().keySet()) {
      if (!REPOSITORY_KEYS.contains(key)) {
        ignored.add("product.repository." + key);
      }
    }
    return r.get("type")
        .map(t -> RepositoryType.valueOf(t.asChoice(List.of("greenfield", "brownfield"))
            .toUpperCase(Locale.ROOT)))
        .orElse(RepositoryType.GREENFIELD);
  }
}

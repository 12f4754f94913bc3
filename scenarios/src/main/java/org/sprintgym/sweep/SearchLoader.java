package org.sprintgym.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.evaluation.curriculum.CriterionMeter;
import org.sprintgym.evaluation.curriculum.CurriculumSpec;
import org.sprintgym.evaluation.curriculum.CurriculumTrial;
import org.sprintgym.evaluation.search.HyperparameterSearch;
import org.sprintgym.evaluation.search.Search;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * Reads a hyperparameter-search file: a sweep file whose {@code search} section replaces
 * {@code grid}/{@code random}. Every drawn configuration is checked against the scenario loader
 * before anything trains, so a value the scenario refuses is reported where it was written.
 */
public final class SearchLoader {
  static final List<String> TOP = List.of("name", "scenario", "search");
  static final List<String> SEARCH = List.of("method", "trials", "seed", "budget", "eta", "metric",
      "goal", "parameters");
  static final List<String> METHODS = List.of("random", "successive_halving");
  static final List<String> GOALS = List.of("max", "min");

  private SearchLoader() {}

  public static Search load(Path file) {
    YamlNode root = YamlTree.read(file);
    requireMapping(root, "a search must be a mapping but is " + root.describe(), TOP);
    YamlNode scenarioNode = root.require("scenario");
    Path scenario = SweepLoader.relative(file, scenarioNode.asString());
    Scenario base = curriculumScenario(scenario, scenarioNode);
    String name = SweepLoader.name(root, file);
    YamlNode s = root.require("search");
    requireMapping(s, "'search' must be a mapping but is " + s.describe(), SEARCH);
    Search.Method method = Search.Method.valueOf(
        s.require("method").asChoice(METHODS).toUpperCase(java.util.Locale.ROOT));
    int trials = s.require("trials").asInt(1, 1000);
    long seed = s.get("seed").map(YamlNode::asLong).orElse(1L);
    YamlNode budgetNode = s.require("budget");
    long budget = budgetNode.asInt(1, 1_000_000);
    int eta = s.get("eta").map(n -> n.asInt(2, 10)).orElse(3);
    if (method == Search.Method.RANDOM && s.get("eta").isPresent()) {
      throw s.require("eta").error("eta only applies to successive_halving", "leave it out");
    }
    String metric = metric(s.require("metric"), base.curriculum().orElseThrow());
    Search.Goal goal = Search.Goal.valueOf(
        s.get("goal").map(n -> n.asChoice(GOALS)).orElse("max").toUpperCase(java.util.Locale.ROOT));
    YamlNode ps = trainingParameters(s.require("parameters"));
    var params = new ArrayList<String>();
    var where = new LinkedHashMap<String, YamlNode>();
    // a named stream of the search's own seed: the same file draws the same configurations
    List<Map<String, String>> configs = SweepLoader.sample(ps, trials,
        new RandomStreams(seed).stream("search-configurations"), params, where);
    for (Map<String, String> c : configs) {
      SweepLoader.check(scenario, c, where);
    }
    var search = new Search(file, name, scenario, method, params, configs, seed, budget, eta,
        metric, goal);
    requireLastRungWithinBudget(search, budgetNode);
    return search;
  }

  /** A mapping with only the allowed keys, else an error at the node. */
  private static void requireMapping(YamlNode node, String notAMapping, List<String> keys) {
    if (node.kind() != YamlNode.Kind.MAP) {
      throw node.error(notAMapping, String.join(", ", keys));
    }
    node.requireKeys(keys);
  }

  /** The scenario script the search trains, which must exist and be of kind curriculum. */
  private static Scenario curriculumScenario(Path scenario, YamlNode scenarioNode) {
    if (!Files.isRegularFile(scenario)) {
      throw scenarioNode.error("file " + scenario + " not found", "a scenario script (kind: curriculum)");
    }
    Scenario base = ScenarioLoader.load(scenario, List.of());
    if (base.kind() != Scenario.Kind.CURRICULUM) {
      throw scenarioNode.error("a search tunes training settings, but kind is "
          + base.kind().key(), "a scenario script of kind curriculum");
    }
    return base;
  }

  /** The parameters section: a non-empty mapping of curriculum.* keys other than the stages. */
  private static YamlNode trainingParameters(YamlNode ps) {
    if (ps.kind() != YamlNode.Kind.MAP || ps.entries().isEmpty()) {
      throw ps.error("'parameters' must map training keys to distributions", SweepLoader.DRAWN);
    }
    for (var e : ps.entries().entrySet()) {
      if (!e.getKey().startsWith("curriculum.") || e.getKey().startsWith("curriculum.stages")) {
        throw e.getValue().error("'" + e.getKey() + "' is not a training setting the search can"
            + " tune", "curriculum.* keys (e.g. curriculum.ppo.learning_rate,"
            + " curriculum.lora.rank) other than curriculum.stages, whose episodes are the budget");
      }
    }
    return ps;
  }

  private static void requireLastRungWithinBudget(Search search, YamlNode budgetNode) {
    List<long[]> plan = HyperparameterSearch.plan(search);
    if (plan.get(plan.size() - 1)[1] > Search.MAX_BUDGET) {
      throw budgetNode.error("the last rung would train " + plan.get(plan.size() - 1)[1]
          + " episodes per stage", "budget x eta^(rungs - 1) <= " + Search.MAX_BUDGET);
    }
  }

  /** The metric's name, if the curriculum's report will carry it. */
  private static String metric(YamlNode node, CurriculumSpec spec) {
    var meter = new CriterionMeter(spec.thresholds(), spec.evaluation().window());
    var allowed = new TreeSet<String>();
    for (var stage : spec.stages()) {
      meter.measured(stage.stage()).forEach(c -> allowed.add(c.name()));
    }
    var names = new ArrayList<String>();
    names.add(CurriculumTrial.GRADUATED_STAGES);
    names.add(CurriculumTrial.TRAINING_RETURN);
    names.addAll(allowed);
    return node.asChoice(names);
  }
}

package org.sprintgym.evaluation.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * A validated hyperparameter search over the training settings of a {@code kind: curriculum}
 * scenario (schema in {@code scenarios/SCHEMA.md}, "Hyperparameter search").
 *
 * @param file the search file
 * @param name output goes to {@code runs/<name>} by default
 * @param scenario the base curriculum script
 * @param method random search or successive halving
 * @param parameters the searched scenario keys, in file order (CSV columns)
 * @param trials one override map per configuration, drawn from {@code seed} at load time
 * @param seed seed of the draw of configurations
 * @param budget training episodes per stage of every trial (random) or of the first rung
 *     (successive halving)
 * @param eta successive halving keeps the best 1/eta of a rung and multiplies the budget by eta
 * @param metric what a trial is ranked by: a criterion of the curriculum report, or
 *     {@code graduated_stages}
 * @param goal whether a larger or a smaller metric is better
 */
public record Search(Path file, String name, Path scenario, Method method, List<String> parameters,
    List<Map<String, String>> trials, long seed, long budget, int eta, String metric, Goal goal) {

  /** How configurations are given budget. */
  public enum Method {
    /** Every configuration trained once with the budget. */
    RANDOM,
    /** Rungs of growing budget; the best 1/eta of each rung go on, until one remains. */
    SUCCESSIVE_HALVING;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Which way the metric is better. */
  public enum Goal {
    MAX, MIN;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The largest budget a search may reach on its last rung. */
  public static final long MAX_BUDGET = 100_000_000L;

  public Search {
    parameters = List.copyOf(parameters);
    trials = trials.stream().map(Map::copyOf).toList();
    Requires.inRange(trials.size(), 1, 1000, "search.trials");
    Requires.inRange(eta, 2, 10, "search.eta");
    if (budget < 1 || budget > MAX_BUDGET) {
      throw new IllegalArgumentException("search.budget must be 1.." + MAX_BUDGET + " but is "
          + budget);
    }
    Requires.nonBlank(metric, "search.metric");
  }

  /** A configuration's folder-safe id: {@code trial-007}. */
  public static String trialId(int index) {
    return String.format("trial-%03d", index);
  }
}

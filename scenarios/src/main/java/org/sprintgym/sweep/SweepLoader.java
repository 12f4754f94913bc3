package org.sprintgym.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Reads a sweep file (schema in {@code scenarios/SCHEMA.md}, "Sweeps") and checks every cell
 * against the scenario loader before anything runs: a value the scenario refuses is reported at
 * the sweep file's FILE:LINE:COLUMN where that value (or its range) was written.
 */
public final class SweepLoader {
  static final List<String> TOP = List.of("name", "scenario", "seed", "seeds", "grid", "random",
      "search");
  static final List<String> RANDOM = List.of("samples", "seed", "parameters");
  static final List<String> DISTRIBUTIONS = List.of("uniform", "log_uniform", "integers", "choice");
  static final int MAX_CELLS = 100_000;

  private SweepLoader() {}

  /** Whether the file is a hyperparameter search (a {@code search} section; see SearchLoader). */
  public static boolean isSearch(Path file) {
    YamlNode root = YamlTree.read(file);
    return root.kind() == YamlNode.Kind.MAP && root.get("search").isPresent();
  }

  public static Sweep load(Path file) {
    YamlNode root = YamlTree.read(file);
    if (root.kind() != YamlNode.Kind.MAP) {
      throw root.error("a sweep must be a mapping but is " + root.describe(), String.join(", ", TOP));
    }
    root.requireKeys(TOP);
    root.get("search").ifPresent(s -> {
      throw s.error("a hyperparameter search is not a grid or random sweep",
          "load it with SearchLoader (the sweep command does)");
    });
    YamlNode scenarioNode = root.require("scenario");
    Path scenario = relative(file, scenarioNode.asString());
    if (!Files.isRegularFile(scenario)) {
      throw scenarioNode.error("file " + scenario + " not found", "a scenario script (kind: simulation)");
    }
    Scenario base = ScenarioLoader.load(scenario, List.of());
    if (base.kind() != Scenario.Kind.SIMULATION) {
      throw scenarioNode.error("kind " + base.kind().key() + " cannot be swept yet", "simulation");
    }
    String name = name(root, file);
    long seed = root.get("seed").map(YamlNode::asLong).orElse(base.seed());
    int seeds = root.get("seeds").map(n -> n.asInt(1, 10_000)).orElse(base.replications());
    var grid = root.get("grid");
    var random = root.get("random");
    if (grid.isPresent() == random.isPresent()) {
      throw root.error("give exactly one of 'grid', 'random' and 'search'",
          "grid: {key: [values]}, random: {samples, seed, parameters}, or search: {method, ...}");
    }
    var params = new ArrayList<String>();
    var cells = new ArrayList<Map<String, String>>();
    var where = new LinkedHashMap<String, YamlNode>();
    if (grid.isPresent()) {
      grid(grid.get(), params, cells, where);
    } else {
      random(random.get(), params, cells, where);
    }
    for (Map<String, String> cell : cells) {
      check(scenario, cell, where);
    }
    return new Sweep(file, name, scenario, params, cells, seed, seeds);
  }

  static String name(YamlNode root, Path file) {
    String name = root.get("name").map(YamlNode::asString)
        .orElse(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
    if (!name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")) {
      throw root.require("name").error("'" + name + "' is not a usable run name",
          "1-100 letters, digits, '.', '_', '-'");
    }
    return name;
  }

  private static void grid(YamlNode grid, List<String> params, List<Map<String, String>> cells,
      Map<String, YamlNode> where) {
    if (grid.kind() != YamlNode.Kind.MAP || grid.entries().isEmpty()) {
      throw grid.error("'grid' must map scenario keys to lists of values", "e.g. team.pairing: [true, false]");
    }
    cells.add(new LinkedHashMap<>());
    for (var e : grid.entries().entrySet()) {
      YamlNode values = e.getValue();
      if (values.kind() != YamlNode.Kind.LIST || values.items().isEmpty()) {
        throw values.error("expected a non-empty list of values", "e.g. [2, 4, 8]");
      }
      params.add(e.getKey());
      where.put(e.getKey(), values);
      var next = new ArrayList<Map<String, String>>();
      for (Map<String, String> cell : cells) {
        for (YamlNode v : values.items()) {
          var c = new LinkedHashMap<>(cell);
          c.put(e.getKey(), scalar(v));
          next.add(c);
        }
      }
      if (next.size() > MAX_CELLS) {
        throw grid.error(next.size() + " cells are too many", "at most " + MAX_CELLS);
      }
      cells.clear();
      cells.addAll(next);
    }
  }

  // the sample is a pure function of random.seed: re-running draws the same cells
  private static void random(YamlNode random, List<String> params, List<Map<String, String>> cells,
      Map<String, YamlNode> where) {
    random.requireKeys(RANDOM);
    int samples = random.require("samples").asInt(1, MAX_CELLS);
    var rng = new SplittableRandom(random.get("seed").map(YamlNode::asLong).orElse(1L));
    YamlNode ps = random.require("parameters");
    if (ps.kind() != YamlNode.Kind.MAP || ps.entries().isEmpty()) {
      throw ps.error("'parameters' must map scenario keys to distributions", DRAWN);
    }
    cells.addAll(sample(ps, samples, rng, params, where));
  }

  static final String DRAWN = "uniform: [lo, hi], log_uniform: [lo, hi] (lo > 0),"
      + " integers: [lo, hi], choice: [values]";

  /** {@code samples} draws of every parameter of {@code ps} (scenario key -> distribution). */
  static List<Map<String, String>> sample(YamlNode ps, int samples, SplittableRandom rng,
      List<String> params, Map<String, YamlNode> where) {
    for (var e : ps.entries().entrySet()) {
      if (e.getValue().kind() != YamlNode.Kind.MAP) {
        throw e.getValue().error("expected one distribution", DRAWN);
      }
      e.getValue().requireKeys(DISTRIBUTIONS);
      if (e.getValue().entries().size() != 1) {
        throw e.getValue().error("give exactly one distribution", String.join(", ", DISTRIBUTIONS));
      }
      params.add(e.getKey());
      where.put(e.getKey(), e.getValue());
    }
    var cells = new ArrayList<Map<String, String>>();
    for (int s = 0; s < samples; s++) {
      var cell = new LinkedHashMap<String, String>();
      for (var e : ps.entries().entrySet()) {
        var d = e.getValue().entries().entrySet().iterator().next();
        cell.put(e.getKey(), draw(d.getKey(), d.getValue(), rng));
      }
      cells.add(cell);
    }
    return cells;
  }

  private static String draw(String kind, YamlNode args, SplittableRandom rng) {
    if (args.kind() != YamlNode.Kind.LIST || args.items().isEmpty()) {
      throw args.error("expected a list", kind.equals("choice") ? "[values]" : "[lo, hi]");
    }
    List<YamlNode> a = args.items();
    return switch (kind) {
      case "choice" -> scalar(a.get(rng.nextInt(a.size())));
      case "uniform" -> {
        double[] r = range(args, a);
        yield Double.toString(r[0] + (r[1] - r[0]) * rng.nextDouble());
      }
      case "log_uniform" -> { // step sizes: each decade as likely as the next
        double[] r = range(args, a);
        if (!(r[0] > 0)) {
          throw args.error("log_uniform needs lo > 0 but lo is " + r[0], "[lo, hi] with 0 < lo <= hi");
        }
        double lo = Math.log(r[0]);
        yield Double.toString(Math.exp(lo + (Math.log(r[1]) - lo) * rng.nextDouble()));
      }
      case "integers" -> {
        double[] r = range(args, a);
        if (r[0] != Math.rint(r[0]) || r[1] != Math.rint(r[1])) {
          throw args.error("integer bounds expected", "[lo, hi] with integers");
        }
        yield Long.toString((long) r[0] + rng.nextLong((long) r[1] - (long) r[0] + 1));
      }
      default -> throw args.error("unknown distribution " + kind, String.join(", ", DISTRIBUTIONS));
    };
  }

  private static double[] range(YamlNode args, List<YamlNode> a) {
    if (a.size() != 2) {
      throw args.error("expected [lo, hi] but found " + a.size() + " values", "[lo, hi]");
    }
    double lo = a.get(0).asDouble(-Double.MAX_VALUE, Double.MAX_VALUE);
    double hi = a.get(1).asDouble(lo, Double.MAX_VALUE);
    return new double[] {lo, hi};
  }

  private static String scalar(YamlNode v) {
    if (v.kind() == YamlNode.Kind.MAP || v.kind() == YamlNode.Kind.LIST) {
      throw v.error("a swept value must be a scalar but is " + v.describe(), "a number, boolean or string");
    }
    return v.asText();
  }

  /** Loads the scenario with the cell's overrides; a refusal is located in the sweep file. */
  static void check(Path scenario, Map<String, String> cell, Map<String, YamlNode> where) {
    try {
      ScenarioLoader.load(scenario, sets(cell));
      return;
    } catch (InputError combined) {
      for (var e : cell.entrySet()) { // which value is it?
        try {
          ScenarioLoader.load(scenario, List.of(e.getKey() + "=" + e.getValue()));
        } catch (InputError err) {
          throw where.get(e.getKey()).error("value " + e.getValue() + " for scenario key "
              + e.getKey() + ": " + err.problem(), err.allowed());
        }
      }
      throw where.values().iterator().next().error("the combination " + cell + " is refused: "
          + combined.problem(), combined.allowed());
    }
  }

  /** The cell as {@code --set} overrides. */
  public static List<String> sets(Map<String, String> cell) {
    return cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  static Path relative(Path file, String written) {
    Path p = Path.of(written);
    Path dir = file.toAbsolutePath().getParent();
    return p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize();
  }
}

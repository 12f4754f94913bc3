package org.sprintgym.sim.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.YamlNode;

/**
 * Reads coefficient tables from YAML strictly: a {@code sim:} section with
 * {@code coefficients: {work: {risk_bias: 0.4}, development: {...}, knowledge: {...}}}, and any
 * other table (such as {@code episode.rewards}) given as a mapping whose nested keys join with
 * dots into the table's keys ({@code outcome: {stage1: 0.4}} is {@code outcome.stage1}). Every
 * problem is an {@link InputError} at the offending node, naming the key and what is allowed.
 */
public final class CoefficientReader {
  private CoefficientReader() {}

  /** Applies a scenario's or AAT extension's {@code sim:} section on top of {@code base}. */
  public static SimConfig applySim(YamlNode sim, SimConfig base) {
    sim.requireKeys(List.of("coefficients"));
    SimConfig cfg = base;
    var byName = new LinkedHashMap<String, CoefficientTable>();
    for (Coefficients c : base.coefficientTables()) {
      byName.put(c.table().shortName(), c.table());
    }
    YamlNode tables = sim.get("coefficients").orElse(null);
    if (tables == null) {
      return cfg;
    }
    tables.requireKeys(List.copyOf(byName.keySet()));
    for (YamlNode t : tables.entries().values()) {
      if (t.kind() == YamlNode.Kind.NULL) {
        continue;
      }
      Map<String, Double> values = read(t, byName.get(t.key()));
      try {
        cfg = cfg.withCoefficients(t.key(), values);
      } catch (IllegalArgumentException e) {
        throw t.error(e.getMessage(), null); // a combination the single ranges cannot see
      }
    }
    return cfg;
  }

  /**
   * The entries of {@code node} (a mapping, possibly nested) as keys of {@code table}, each
   * checked against its range at its own node.
   */
  public static Map<String, Double> read(YamlNode node, CoefficientTable table) {
    var out = new LinkedHashMap<String, Double>();
    collect(node, "", table, out);
    return out;
  }

  private static void collect(YamlNode node, String prefix, CoefficientTable table,
      Map<String, Double> out) {
    for (var entry : node.entries().entrySet()) {
      YamlNode child = entry.getValue();
      String key = prefix + entry.getKey();
      if (child.kind() == YamlNode.Kind.MAP && isPrefix(table, key)) {
        collect(child, key + ".", table, out);
        continue;
      }
      if (!table.keys().contains(key)) {
        throw child.error("unknown key '" + key + "' in " + table.name(),
            String.join(", ", table.keys()));
      }
      CoefficientTable.Entry e = table.entry(key);
      if (child.kind() != YamlNode.Kind.NULL) {
        out.put(key, child.asDouble(e.min(), e.max()));
      }
    }
  }

  private static boolean isPrefix(CoefficientTable table, String key) {
    for (String k : table.keys()) {
      if (k.startsWith(key + ".")) {
        return true;
      }
    }
    return false;
  }
}

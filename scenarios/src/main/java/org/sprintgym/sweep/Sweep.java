package org.sprintgym.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * A validated sweep: a base scenario, the cells (one {@code --set} override per swept parameter)
 * and the seeds every cell runs. Replication i of every cell uses seed {@code seed + i}: common
 * random numbers, so cells differ only by their parameters.
 *
 * @param file the sweep file
 * @param name the sweep's name (output goes to {@code runs/<name>} by default)
 * @param scenario the base scenario script ({@code kind: simulation})
 * @param parameters the swept keys, in file order (CSV columns)
 * @param cells one override map per cell, keys in {@link #parameters} order
 * @param seed seed of replication 0
 * @param seeds replications per cell
 */
public record Sweep(Path file, String name, Path scenario, List<String> parameters,
    List<Map<String, String>> cells, long seed, int seeds) {

  public Sweep {
    parameters = List.copyOf(parameters);
    // Map.copyOf's iteration order changes from one JVM to the next; the reports list a cell's
    // parameters in the sweep file's order, so keep that order
    cells = cells.stream().<Map<String, String>>map(c -> java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(c))).toList();
    Requires.inRange(seeds, 1, 10_000, "seeds");
  }

  /** The seed of replication {@code i} (the same in every cell). */
  public long seedOf(int i) {
    return seed + i;
  }

  /** A cell's folder-safe id: {@code cell-0007}. */
  public static String cellId(int index) {
    return String.format("cell-%04d", index);
  }
}

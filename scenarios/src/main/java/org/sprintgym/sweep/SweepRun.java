package org.sprintgym.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.io.Sha256;

/**
 * Runs a sweep into a folder, resumably: each finished cell is written atomically to
 * {@code cells/cell-NNNN.json} with a fingerprint of its resolved scenario and seeds; a re-run
 * skips every cell whose file is there with the same fingerprint and runs the rest. When all cells
 * are done, {@code results.csv} (one row per cell and seed) and the summary are (re)written.
 */
public final class SweepRun {
  /** Runs the cells not yet done and returns their rows, in the order given. */
  public interface Executor {
    List<List<List<String>>> run(String scenario, List<Map<String, String>> cells, long[] seeds,
        IntConsumer cellDone) throws Exception;

    /** Cells handed over at once; each batch is written before the next starts. */
    default int batchCells() {
      return 16;
    }
  }

  /** What a run did. */
  public record SweepOutcome(int cells, int skipped, int ran, Path results) {}

  private static final ObjectMapper JSON = Json.prettyMapper();

  private SweepRun() {}

  /** The local executor: cells in parallel on {@code threads} threads; results do not depend on it. */
  public static Executor local(int threads) {
    return (scenario, cells, seeds, cellDone) -> {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        var futures = new ArrayList<Future<List<List<String>>>>();
        for (Map<String, String> cell : cells) {
          futures.add(pool.submit(() -> {
            List<List<String>> rows = CellRunner.run(scenario, cell, seeds);
            cellDone.accept(1);
            return rows;
          }));
        }
        var out = new ArrayList<List<List<String>>>();
        for (var f : futures) {
          out.add(f.get());
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    };
  }

  public static SweepOutcome run(Sweep sweep, Path dir, Executor executor, IntConsumer cellDone)
      throws IOException {
    Path cellsDir = dir.resolve("cells");
    boolean fresh = !Files.exists(dir);
    Files.createDirectories(cellsDir);
    try {
      return runIn(sweep, dir, cellsDir, executor, cellDone);
    } catch (RuntimeException | IOException e) {
      if (fresh) {
        removeIfNoCellFinished(dir, cellsDir); // a sweep that produced nothing leaves nothing
      }
      throw e;
    }
  }

  private static void removeIfNoCellFinished(Path dir, Path cellsDir) {
    try (var cells = Files.list(cellsDir)) {
      if (cells.findAny().isPresent()) {
        return; // finished cells stay: a re-run skips them
      }
    } catch (IOException e) {
      return;
    }
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: the error being reported matters more than the leftover folder
    }
  }

  private static SweepOutcome runIn(Sweep sweep, Path dir, Path cellsDir, Executor executor,
      IntConsumer cellDone) throws IOException {
    long[] seeds = new long[sweep.seeds()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = sweep.seedOf(i);
    }
    var fingerprints = new ArrayList<String>();
    var todo = new ArrayList<Integer>();
    for (int c = 0; c < sweep.cells().size(); c++) {
      String fp = fingerprint(sweep, sweep.cells().get(c), seeds);
      fingerprints.add(fp);
      if (!fp.equals(storedFingerprint(cellsDir.resolve(Sweep.cellId(c) + ".json")))) {
        todo.add(c);
      }
    }
    cellDone.accept(sweep.cells().size() - todo.size());
    // run in batches so that a killed sweep keeps what it finished
    int batch = todo.isEmpty() ? 1 : executor.batchCells();
    for (int from = 0; from < todo.size(); from += batch) {
      List<Integer> part = todo.subList(from, Math.min(todo.size(), from + batch));
      List<List<List<String>>> rows;
      try {
        rows = executor.run(sweep.scenario().toString(),
            part.stream().map(sweep.cells()::get).toList(), seeds, cellDone);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (RuntimeException | IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      for (int k = 0; k < part.size(); k++) {
        int c = part.get(k);
        writeCell(cellsDir.resolve(Sweep.cellId(c) + ".json"), c, fingerprints.get(c),
            sweep.cells().get(c), seeds, rows.get(k));
      }
    }
    Path results = dir.resolve("results.csv");
    List<List<String>> table = results(sweep, cellsDir, seeds);
    atomicWrite(results, csv(sweep, table));
    SweepSummary.write(sweep, table, dir);
    return new SweepOutcome(sweep.cells().size(), sweep.cells().size() - todo.size(), todo.size(),
        results);
  }

  static String fingerprint(Sweep sweep, Map<String, String> cell, long[] seeds) {
    var m = new LinkedHashMap<String, Object>();
    m.put("scenario", ScenarioLoader.load(sweep.scenario(), SweepLoader.sets(cell)).resolved());
    m.put("seeds", seeds);
    m.put("metrics", CellRunner.METRICS);
    return Sha256.ofJson(m);
  }

  private static String storedFingerprint(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile()).path("fingerprint").asText(null);
    } catch (IOException e) {
      return null; // unreadable: run the cell again
    }
  }

  private static void writeCell(Path file, int index, String fingerprint, Map<String, String> cell,
      long[] seeds, List<List<String>> rows) throws IOException {
    var m = new LinkedHashMap<String, Object>();
    m.put("cell", Sweep.cellId(index));
    m.put("fingerprint", fingerprint);
    m.put("parameters", cell);
    m.put("seeds", seeds);
    m.put("rows", rows);
    atomicWrite(file, JSON.writeValueAsString(m) + "\n");
  }

  private static List<List<String>> results(Sweep sweep, Path cellsDir, long[] seeds)
      throws IOException {
    var table = new ArrayList<List<String>>();
    for (int c = 0; c < sweep.cells().size(); c++) {
      Map<String, Object> stored = JSON.readValue(
          cellsDir.resolve(Sweep.cellId(c) + ".json").toFile(), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      var rows = (List<List<String>>) stored.get("rows");
      for (int s = 0; s < rows.size(); s++) {
        var row = new ArrayList<String>();
        row.add(Sweep.cellId(c));
        for (String p : sweep.parameters()) {
          row.add(sweep.cells().get(c).get(p));
        }
        row.add(Long.toString(seeds[s]));
        row.addAll(rows.get(s));
        table.add(row);
      }
    }
    return table;
  }

  static List<String> header(Sweep sweep) {
    var h = new ArrayList<String>();
    h.add("cell");
    h.addAll(sweep.parameters());
    h.add("seed");
    h.addAll(CellRunner.METRICS);
    return h;
  }

  private static String csv(Sweep sweep, List<List<String>> table) {
    var sb = new StringBuilder();
    sb.append(String.join(",", header(sweep).stream().map(SweepRun::field).toList())).append('\n');
    for (List<String> row : table) {
      sb.append(String.join(",", row.stream().map(SweepRun::field).toList())).append('\n');
    }
    return sb.toString();
  }

  private static String field(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static void atomicWrite(Path file, String content) throws IOException {
    org.sprintgym.sim.io.AtomicFiles.writeString(file, content);
  }
}

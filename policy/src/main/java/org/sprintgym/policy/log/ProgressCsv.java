package org.sprintgym.policy.log;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;

/**
 * {@code progress.csv} with Stable-Baselines3's logger columns ({@link Sb3Row#COLUMNS}), one row
 * per PPO update, an empty cell where there is no value. Global steps, iterations and elapsed time
 * continue from the rows already in the file, so a run that trains with several trainers one after
 * another (curriculum stages, resumed runs) still has one global step axis and one clock.
 */
public final class ProgressCsv implements Closeable {
  public static final String FILE = "progress.csv";
  private static final CsvMapper CSV = new CsvMapper();
  private static final java.util.Set<String> INTEGRAL = java.util.Set.of(Sb3Row.TOTAL_TIMESTEPS,
      Sb3Row.ITERATIONS, "time/fps", "train/n_updates");

  private final Path file;
  private final Writer out;
  /** SB3's columns, then the run's own (e.g. a curriculum's stage and round). */
  private final List<String> columns;
  private final ObjectWriter rows;
  private long steps;
  private int iterations;
  /** Rows in the file; -1 where it was continued without counting them ({@link #extend}). */
  private long rowCount;
  /** Unix seconds when the run's first update started; NaN until the first row. */
  private double start = Double.NaN;

  private ProgressCsv(Path file, List<String> extra, List<Map<String, String>> kept)
      throws IOException {
    this.file = file;
    this.columns = columns(extra);
    this.rows = CSV.writer(schema(columns).withoutHeader());
    this.rowCount = kept.size();
    if (!kept.isEmpty()) {
      Map<String, String> first = kept.get(0);
      start = number(first, Sb3Row.WALL_TIME) - number(first, Sb3Row.ELAPSED);
      Map<String, String> last = kept.get(kept.size() - 1);
      steps = (long) number(last, Sb3Row.TOTAL_TIMESTEPS);
      iterations = (int) number(last, Sb3Row.ITERATIONS);
    }
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    if (fresh) {
      out.write(String.join(",", columns) + "\n");
      out.flush();
    }
  }

  private static List<String> columns(List<String> extra) {
    for (String c : extra) {
      if (Sb3Row.COLUMNS.contains(c)) {
        throw new IllegalArgumentException("column " + c + " is one of SB3's own");
      }
    }
    var all = new ArrayList<>(Sb3Row.COLUMNS);
    all.addAll(extra);
    return List.copyOf(all);
  }

  private static CsvSchema schema(List<String> columns) {
    var b = CsvSchema.builder();
    columns.forEach(b::addColumn);
    return b.build().withNullValue("");
  }

  /** A new file (an old one is replaced). */
  public static ProgressCsv create(Path file) {
    return create(file, List.of());
  }

  /** A new file with SB3's columns and then {@code extra} ones (an old file is replaced). */
  public static ProgressCsv create(Path file, List<String> extra) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      return new ProgressCsv(file, extra, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  /**
   * Continues {@code file} after its first {@code keepRows} rows (a resumed run drops the rows of
   * updates after its checkpoint: they are about to be redone); a missing file starts anew.
   */
  public static ProgressCsv resume(Path file, int keepRows) {
    return resume(file, keepRows, List.of());
  }

  /** {@link #resume(Path, int)} of a file with {@code extra} columns after SB3's. */
  public static ProgressCsv resume(Path file, long keepRows, List<String> extra) {
    if (keepRows < 0) {
      throw new IllegalArgumentException("keepRows must be >= 0, got " + keepRows);
    }
    try {
      if (!Files.exists(file)) {
        return create(file, extra);
      }
      List<String> columns = columns(extra);
      List<Map<String, String>> rows = read(file);
      if (!rows.isEmpty() && !rows.get(0).keySet().containsAll(columns)) {
        throw InputError.option(file.toString(), "has columns " + rows.get(0).keySet()
            + ", not " + columns, "a progress.csv of this kind of run");
      }
      List<Map<String, String>> kept = rows.subList(0, (int) Math.min(keepRows, rows.size()));
      var text = new StringBuilder(String.join(",", columns)).append('\n');
      ObjectWriter writer = CSV.writer(schema(columns).withoutHeader());
      for (Map<String, String> r : kept) {
        text.append(writer.writeValueAsString(r));
      }
      AtomicFiles.writeStringUnchecked(file, text.toString());
      return new ProgressCsv(file, extra, kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume " + file, e);
    }
  }

  /** Continues {@code file} after all its rows (reads only its first and last rows). */
  public static ProgressCsv extend(Path file) {
    try {
      if (!Files.exists(file)) {
        return create(file);
      }
      var csv = new ProgressCsv(file, List.of(), firstAndLast(file));
      csv.rowCount = -1;
      return csv;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /**
   * Appends one update to {@code file} and closes it: for a loop that keeps no log object (the
   * file carries the global step and the clock).
   */
  public static Sb3Row appendTo(Path file, UpdateStats s, PpoConfig ppo, double nowSeconds) {
    try (ProgressCsv csv = extend(file)) {
      return csv.append(s, ppo, nowSeconds);
    }
  }

  /**
   * Appends update {@code s}, which ended at Unix time {@code nowSeconds}; its rollout's steps
   * are added to the global count. Returns the row (for TensorBoard).
   */
  public Sb3Row append(UpdateStats s, PpoConfig ppo, double nowSeconds) {
    return append(s, ppo, nowSeconds, Map.of());
  }

  /**
   * {@link #append(UpdateStats, PpoConfig, double)} with values of this file's extra columns
   * (a missing one is an empty cell).
   */
  public Sb3Row append(UpdateStats s, PpoConfig ppo, double nowSeconds,
      Map<String, Double> extra) {
    if (!columns.containsAll(extra.keySet())) {
      throw new IllegalArgumentException("columns " + extra.keySet() + " are not all in "
          + columns);
    }
    if (Double.isNaN(start)) {
      // the first update began one update-duration before it ended
      start = nowSeconds - (s.samplesPerSecond() > 0 ? ppo.rolloutSize() / s.samplesPerSecond() : 0);
    }
    steps += ppo.rolloutSize();
    iterations++;
    // microseconds: below the clock's resolution, and keeps fps from 79.999.. for 80
    double elapsed = Math.round((nowSeconds - start) * 1e6) / 1e6;
    Sb3Row row = Sb3Row.of(s, ppo, iterations, steps, elapsed, nowSeconds);
    var cells = new LinkedHashMap<String, Object>();
    row.columns().forEach((k, v) -> cells.put(k, cell(k, v)));
    for (String c : columns.subList(Sb3Row.COLUMNS.size(), columns.size())) {
      double v = extra.getOrDefault(c, Double.NaN);
      cells.put(c, Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15
          ? (Object) (long) v : cell(c, v));
    }
    try {
      out.write(rows.writeValueAsString(cells));
      out.flush();
      if (rowCount >= 0) {
        rowCount++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
    if (extra.isEmpty()) {
      return row;
    }
    var values = new LinkedHashMap<>(row.values());
    values.putAll(extra);
    return new Sb3Row(row.step(), row.wallTime(), values);
  }

  /** Rows in the file now (not known for a file continued with {@link #extend}). */
  public long rows() {
    if (rowCount < 0) {
      throw new IllegalStateException(file + " was continued without counting its rows");
    }
    return rowCount;
  }

  private static Object cell(String column, double v) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return INTEGRAL.contains(column) ? (Object) (long) v : (Object) v;
  }

  /** Every row of a progress.csv, as column -> text (empty for no value). */
  public static List<Map<String, String>> read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8), file);
  }

  private static List<Map<String, String>> read(String text, Path file) throws IOException {
    var rows = new ArrayList<Map<String, String>>();
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    if (!rows.isEmpty() && !rows.get(0).keySet().containsAll(Sb3Row.COLUMNS)) {
      throw InputError.option(file.toString(), "has columns " + rows.get(0).keySet()
          + ", not those of this version", "a progress.csv written by this version");
    }
    return rows;
  }

  // the header, the first and the last rows: what continuing a file needs, without reading it all
  private static List<Map<String, String>> firstAndLast(Path file) throws IOException {
    String header;
    String first;
    try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      header = r.readLine();
      first = r.readLine();
    }
    if (first == null || first.isBlank()) {
      return List.of();
    }
    String last = lastLine(file);
    var out = new ArrayList<Map<String, String>>();
    for (String line : List.of(first, last)) {
      List<Map<String, String>> rows = read(header + "\n" + line + "\n", file);
      if (rows.size() != 1) {
        throw InputError.option(file.toString(), "cannot be read as progress.csv",
            "a progress.csv written by this version");
      }
      out.addAll(rows);
    }
    return out;
  }

  private static String lastLine(Path file) throws IOException {
    try (var raf = new RandomAccessFile(file.toFile(), "r")) {
      long end = raf.length();
      int chunk = (int) Math.min(end, 8192);
      byte[] buf = new byte[chunk];
      raf.seek(end - chunk);
      raf.readFully(buf);
      String tail = new String(buf, StandardCharsets.UTF_8).stripTrailing();
      return tail.substring(tail.lastIndexOf('\n') + 1);
    }
  }

  private static double number(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}

package org.sprintgym.evaluation.curriculum;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.Json;

/**
 * The files of a curriculum run folder: {@code metrics.jsonl} (appended line by line, cut back to
 * the checkpoint's length on resume), the checkpoint ({@code checkpoint/state.json} and
 * {@code checkpoint/net.bin}), {@code registry.json}, {@code profiles.json} and any JSON file,
 * each replaced atomically.
 */
public final class RunFiles {
  static final String STATE = "checkpoint/state.json";
  static final String NET = "checkpoint/net.bin";
  public static final String METRICS = "metrics.jsonl";

  private final Path dir;
  private final ObjectMapper json = Json.mapper();
  private long metricsLines;

  RunFiles(Path dir) {
    this.dir = dir;
  }

  /** Whether {@code dir} holds a checkpoint to resume. */
  public static boolean resumable(Path dir) {
    return Files.isRegularFile(dir.resolve(STATE)) && Files.isRegularFile(dir.resolve(NET));
  }

  Path dir() {
    return dir;
  }

  /** Lines appended to metrics.jsonl so far. */
  long metricsLines() {
    return metricsLines;
  }

  /** Appends one line to metrics.jsonl. */
  void metric(Map<String, Object> line) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(METRICS), json.writeValueAsString(finite(line)) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      metricsLines++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + dir.resolve(METRICS), e);
    }
  }

  /** Cuts metrics.jsonl back to its first {@code lines} lines (what the checkpoint saw). */
  void truncateMetrics(long lines) {
    Path f = dir.resolve(METRICS);
    try {
      if (Files.exists(f)) {
        var kept = Files.readAllLines(f, StandardCharsets.UTF_8).stream().limit(lines).toList();
        Files.write(f, kept, StandardCharsets.UTF_8);
      }
      metricsLines = lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + f, e);
    }
  }

  /** Writes the checkpoint, the registry and the profiles. */
  void checkpoint(ActorCritic net, RunState state) {
    NetArchive.write(dir.resolve(NET), net);
    writeJson(dir.resolve(STATE), state);
    writeJson(dir.resolve("registry.json"), state.registry());
    writeJson(dir.resolve("profiles.json"), state.profiles());
  }

  RunState readState() {
    Path file = dir.resolve(STATE);
    try {
      return Json.mapper().readValue(file.toFile(), RunState.class);
    } catch (IOException e) {
      throw InputError.at(file, 0, 0, null,
          "unreadable curriculum checkpoint: " + e.getMessage(), null);
    }
  }

  ActorCritic readNet() {
    return NetArchive.read(dir.resolve(NET));
  }

  /** Writes {@code value} as pretty JSON (non-finite numbers as null), atomically. */
  void writeJson(Path file, Object value) {
    String text;
    try {
      text = Json.prettyMapper().writeValueAsString(finite(json.convertValue(value, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    AtomicFiles.writeStringUnchecked(file, text + "\n");
  }

  /**
   * A map of {@code keysAndValues} in the order given ({@code Map.of} iterates in an order that
   * changes from one JVM to the next, and the files must not).
   */
  static Map<String, Object> ordered(Object... keysAndValues) {
    var out = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** The value with non-finite numbers as null (JSON has no NaN). */
  static Object finite(Object v) {
    return org.sprintgym.evaluation.report.ReportWriter.finite(v);
  }
}

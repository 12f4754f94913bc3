package org.sprintgym.policy.log;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/**
 * Scalars as a TensorBoard event file ({@code events.out.tfevents.SECONDS.HOST} in a log
 * folder): TensorFlow's own {@code Event}/{@code Summary} protobuf messages (TensorFlow Java's
 * generated classes) in TFRecord framing ({@link EventRecords}). Each call writes one event and
 * flushes, so TensorBoard shows a run while it trains; a resumed run adds a new file to the
 * folder, as TensorBoard expects.
 */
public final class TensorBoardWriter implements Closeable {
  /** The version string TensorBoard checks in the first event of a file. */
  static final String FILE_VERSION = "brain.Event:2";

  private final Path file;
  private final OutputStream out;

  private TensorBoardWriter(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Opens a new event file in {@code dir} (created if missing), named after {@code wallTime}
   * (Unix seconds) and {@code host}, as TensorFlow names them.
   */
  public static TensorBoardWriter open(Path dir, double wallTime, String host) {
    try {
      Files.createDirectories(dir);
      String name = String.format(Locale.ROOT, "events.out.tfevents.%d.%s", (long) wallTime,
          host.replaceAll("[^A-Za-z0-9._-]", "_"));
      Path file = dir.resolve(name);
      for (int k = 1; Files.exists(file); k++) {
        file = dir.resolve(name + "." + k);
      }
      var w = new TensorBoardWriter(file,
          new BufferedOutputStream(Files.newOutputStream(file)));
      w.write(Event.newBuilder().setWallTime(wallTime).setFileVersion(FILE_VERSION).build());
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an event file in " + dir, e);
    }
  }

  /** One event at {@code step} with a scalar per finite value (NaN: nothing to show). */
  public void scalars(long step, double wallTime, Map<String, Double> values) {
    var summary = Summary.newBuilder();
    values.forEach((tag, v) -> {
      if (Double.isFinite(v)) {
        summary.addValue(Summary.Value.newBuilder().setTag(tag).setSimpleValue(v.floatValue()));
      }
    });
    write(Event.newBuilder().setWallTime(wallTime).setStep(step).setSummary(summary).build());
  }

  /** A row of {@code progress.csv} as scalars at its global step. */
  public void row(Sb3Row row) {
    scalars(row.step(), row.wallTime(), row.values());
  }

  public Path file() {
    return file;
  }

  private void write(Event e) {
    try {
      EventRecords.write(out, e.toByteArray());
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
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

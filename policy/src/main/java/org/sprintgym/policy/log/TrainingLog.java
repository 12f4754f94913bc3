package org.sprintgym.policy.log;

import java.io.Closeable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.UpdateStats;

/**
 * The standard logs of one training run: {@code progress.csv} in the run folder and, when asked,
 * TensorBoard event files in their own folder. {@link #record} takes each PPO update.
 */
public final class TrainingLog implements Closeable {
  private final ProgressCsv csv;
  private final TensorBoardWriter tensorboard;
  private final PpoConfig ppo;
  private final Clock clock;

  private TrainingLog(ProgressCsv csv, TensorBoardWriter tensorboard, PpoConfig ppo,
      Clock clock) {
    this.csv = csv;
    this.tensorboard = tensorboard;
    this.ppo = ppo;
    this.clock = clock;
  }

  /**
   * A new run's logs: {@code runDir/progress.csv}, and event files in {@code tensorboardDir}
   * unless it is null.
   */
  public static TrainingLog fresh(Path runDir, PpoConfig ppo, Path tensorboardDir, Clock clock) {
    return new TrainingLog(ProgressCsv.create(runDir.resolve(ProgressCsv.FILE)),
        tensorboard(tensorboardDir, clock), ppo, clock);
  }

  /** A resumed run's logs: the first {@code updatesDone} rows of progress.csv are kept. */
  public static TrainingLog resumed(Path runDir, PpoConfig ppo, int updatesDone,
      Path tensorboardDir, Clock clock) {
    return new TrainingLog(ProgressCsv.resume(runDir.resolve(ProgressCsv.FILE), updatesDone),
        tensorboard(tensorboardDir, clock), ppo, clock);
  }

  private static TensorBoardWriter tensorboard(Path dir, Clock clock) {
    return dir == null ? null : TensorBoardWriter.open(dir, seconds(clock), host());
  }

  /**
   * A curriculum's (or any multi-part run's) logs: progress.csv with {@code extra} columns after
   * SB3's, keeping its first {@code keepRows} rows ({@code resume}) or starting anew.
   */
  public static TrainingLog open(Path runDir, PpoConfig ppo, List<String> extra, boolean resume,
      long keepRows, Path tensorboardDir, Clock clock) {
    Path file = runDir.resolve(ProgressCsv.FILE);
    return new TrainingLog(resume ? ProgressCsv.resume(file, keepRows, extra)
        : ProgressCsv.create(file, extra), tensorboard(tensorboardDir, clock), ppo, clock);
  }

  /** Logs one update; returns its row. */
  public Sb3Row record(UpdateStats s) {
    return record(s, Map.of());
  }

  /** Logs one update with values of the extra columns; returns its row. */
  public Sb3Row record(UpdateStats s, Map<String, Double> extra) {
    Sb3Row row = csv.append(s, ppo, seconds(clock), extra);
    if (tensorboard != null) {
      tensorboard.row(row);
    }
    return row;
  }

  /** Rows in progress.csv now (what a checkpoint records, to resume from). */
  public long rows() {
    return csv.rows();
  }

  private static double seconds(Clock clock) {
    return clock.millis() / 1000.0;
  }

  // TensorFlow names event files after the host; a machine without a resolvable name is "localhost"
  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } finally {
      if (tensorboard != null) {
        tensorboard.close();
      }
    }
  }
}

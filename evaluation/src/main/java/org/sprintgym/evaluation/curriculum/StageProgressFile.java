package org.sprintgym.evaluation.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.sprintgym.policy.ppo.UpdateStats;

/**
 * {@code progress.csv} of a curriculum run: one row per PPO update of every stage, with the
 * column names of Stable-Baselines3's CSV logger, so that tools reading SB3 logs read it. The
 * step count is global (all stages so far), and so are the wall-time columns (a resumed run goes
 * on from the checkpoint's time). {@code rollout/ep_rew_mean} is the mean return of the episodes
 * that ended in the update's rollout (SB3: of the last 100 episodes); {@code train/entropy_loss}
 * is minus the mean entropy, as in SB3.
 */
final class StageProgressFile {
  static final String FILE = "progress.csv";
  /** The columns, SB3's names first, then the curriculum's own. */
  static final List<String> COLUMNS = List.of("time/total_timesteps", "time/fps",
      "time/time_elapsed", "rollout/ep_rew_mean", "train/approx_kl", "train/clip_fraction",
      "train/explained_variance", "train/entropy_loss", "train/policy_gradient_loss",
      "train/value_loss", "train/learning_rate", "train/n_updates", "curriculum/stage",
      "curriculum/round");

  private final Path file;
  private long rows;

  StageProgressFile(Path dir) {
    this.file = dir.resolve(FILE);
  }

  long rows() {
    return rows;
  }

  /**
   * Appends one update's row.
   *
   * @param totalSteps environment steps of all stages after this update
   * @param seconds training wall time so far
   */
  void append(int stage, int round, UpdateStats s, long totalSteps, double seconds) {
    String row = String.join(",", Long.toString(totalSteps),
        Long.toString(Math.round(seconds > 0 ? totalSteps / seconds : 0)),
        num(seconds), num(s.meanEpisodeReturn()), num(s.approxKl()), num(s.clipFraction()),
        num(s.explainedVariance()), num(-s.entropy()), num(s.policyLoss()), num(s.valueLoss()),
        num(s.learningRate()), Integer.toString(s.update()), Integer.toString(stage),
        Integer.toString(round));
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.writeString(file, String.join(",", COLUMNS) + "\n", StandardCharsets.UTF_8);
      }
      Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /** Cuts the file back to its header and first {@code keep} rows (what the checkpoint saw). */
  void truncate(long keep) {
    try {
      if (Files.exists(file)) {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().limit(keep + 1)
            .toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
      }
      rows = keep;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + file, e);
    }
  }

  /** Full precision; an empty cell for NaN (as SB3 leaves a missing value). */
  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "";
  }
}

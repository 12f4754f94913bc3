package org.sprintgym.policy.log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.UpdateStats;

/**
 * One PPO update in Stable-Baselines3's logger keys, so that plotting code written for SB3's
 * {@code progress.csv} and TensorBoard tags reads SprintGym runs unchanged.
 *
 * <p>Where SprintGym differs from SB3: {@code rollout/ep_rew_mean} and {@code rollout/ep_len_mean}
 * are over the episodes that ended in the update's rollout (SB3 keeps a window of the last 100
 * episodes), and {@code train/loss} is the mean over the update's minibatches of
 * {@code pg + vf_coef * value - ent_coef * entropy} (SB3 logs the last minibatch's).
 * {@code time/wall_time} (Unix seconds) is an extra column: TensorBoard keeps it per event, and
 * it lets a resumed run continue {@code time/time_elapsed}.
 *
 * @param step global environment steps after the update ({@code time/total_timesteps})
 * @param wallTime Unix time in seconds when the update ended
 * @param values every column but {@code time/total_timesteps} and {@code time/wall_time}, NaN
 *     where there is no value (no episode ended)
 */
public record Sb3Row(long step, double wallTime, Map<String, Double> values) {
  public static final String TOTAL_TIMESTEPS = "time/total_timesteps";
  public static final String WALL_TIME = "time/wall_time";
  public static final String ELAPSED = "time/time_elapsed";
  public static final String ITERATIONS = "time/iterations";

  /** Every column of {@code progress.csv}, sorted as SB3's CSV writer sorts its keys. */
  public static final List<String> COLUMNS = List.of(
      "rollout/ep_len_mean", "rollout/ep_rew_mean",
      "time/fps", ITERATIONS, ELAPSED, TOTAL_TIMESTEPS, WALL_TIME,
      "train/approx_kl", "train/clip_fraction", "train/clip_range", "train/entropy_loss",
      "train/explained_variance", "train/learning_rate", "train/loss", "train/n_updates",
      "train/policy_gradient_loss", "train/value_loss");

  public Sb3Row {
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0, got " + step);
    }
    values = Map.copyOf(values);
  }

  /**
   * The row of update {@code s}.
   *
   * @param iteration updates of this run so far, this one included
   * @param step global steps after this update
   * @param elapsed seconds since the run's first update started
   */
  public static Sb3Row of(UpdateStats s, PpoConfig ppo, int iteration, long step, double elapsed,
      double wallTime) {
    var v = new LinkedHashMap<String, Double>();
    v.put("rollout/ep_len_mean", s.meanEpisodeLength());
    v.put("rollout/ep_rew_mean", s.meanEpisodeReturn());
    v.put("time/fps", elapsed > 0 ? Math.floor(step / elapsed) : Double.NaN);
    v.put(ITERATIONS, (double) iteration);
    v.put(ELAPSED, elapsed);
    v.put("train/approx_kl", s.approxKl());
    v.put("train/clip_fraction", s.clipFraction());
    v.put("train/clip_range", s.clipRange());
    v.put("train/entropy_loss", -s.entropy());
    v.put("train/explained_variance", s.explainedVariance());
    v.put("train/learning_rate", s.learningRate());
    v.put("train/loss", s.policyLoss() + ppo.vfCoef() * s.valueLoss() - ppo.entCoef() * s.entropy());
    v.put("train/n_updates", (double) iteration * ppo.epochs());
    v.put("train/policy_gradient_loss", s.policyLoss());
    v.put("train/value_loss", s.valueLoss());
    return new Sb3Row(step, wallTime, v);
  }

  /** All columns in {@link #COLUMNS} order, NaN for none. */
  public Map<String, Double> columns() {
    var out = new LinkedHashMap<String, Double>();
    for (String c : COLUMNS) {
      out.put(c, switch (c) {
        case TOTAL_TIMESTEPS -> (double) step;
        case WALL_TIME -> wallTime;
        default -> values.getOrDefault(c, Double.NaN);
      });
    }
    return out;
  }
}

package org.sprintgym.sim.env;

/**
 * Everything needed to put a {@link VectorEnv} back where it was: its root seed, each env's episode
 * counter and the actions taken so far in its current episode. Restoring replays those actions from
 * the episode's seed, which works for any env honouring the contract "same seed + same actions =
 * same trajectory" and needs no env-specific state format.
 */
public record VectorEnvSnapshot(long seed, long[] episodes, int[][] actionLogs) {

  public VectorEnvSnapshot {
    episodes = episodes.clone();
    actionLogs = actionLogs.clone();
    if (episodes.length != actionLogs.length) {
      throw new IllegalArgumentException("snapshot has " + episodes.length + " episode counters but "
          + actionLogs.length + " action logs");
    }
    for (int i = 0; i < actionLogs.length; i++) {
      actionLogs[i] = actionLogs[i].clone();
      if (episodes[i] < 0) {
        throw new IllegalArgumentException("episode counter of env " + i + " is negative: "
            + episodes[i]);
      }
    }
  }

  @Override
  public long[] episodes() {
    return episodes.clone();
  }

  @Override
  public int[][] actionLogs() {
    int[][] copy = actionLogs.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = copy[i].clone();
    }
    return copy;
  }
}

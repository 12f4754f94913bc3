package org.sprintgym.sim.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Steps {@code n} envs together with same-step autoreset (see {@link VectorStep}). Episode
 * {@code k} of env {@code i} is reset with {@code SeedMix.derive(seed, i, k)}, a pure function of
 * the counters, so results are identical for any number of worker threads: each env is stepped by
 * exactly one thread and writes only its own slots. Close it to stop the worker threads.
 */
public final class VectorEnv implements AutoCloseable {

  /** Info key: the last observation (float[]) of an episode that ended at this step. */
  public static final String FINAL_OBSERVATION = "final_observation";
  /** Info key: the info map of the step that ended the episode. */
  public static final String FINAL_INFO = "final_info";
  /** Info key: undiscounted return (Double) of the episode that ended at this step. */
  public static final String EPISODE_RETURN = "episode_return";
  /** Info key: length (Integer) of the episode that ended at this step. */
  public static final String EPISODE_LENGTH = "episode_length";

  private final List<Env> envs;
  private final long seed;
  private final int threads;
  private final ExecutorService pool;
  private final int observationSize;
  private final int actionCount;
  private final long[] episodes;
  private final IntLog[] actionLogs;
  private final double[] episodeReturns;
  private final boolean[][] masks;
  private boolean started;

  /** Whether truncated episodes bootstrap (every env of the vector must agree; see {@link Env}). */
  public boolean truncationHasFuture() {
    return envs.get(0).truncationHasFuture();
  }

  private VectorEnv(List<Env> envs, long seed, int threads) {
    if (envs.isEmpty()) {
      throw new IllegalArgumentException("a vector env needs at least one env");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    this.envs = List.copyOf(envs);
    this.seed = seed;
    this.threads = Math.min(threads, envs.size());
    this.observationSize = envs.get(0).observationSpace().size();
    this.actionCount = envs.get(0).actionSpace().n();
    for (Env env : envs) {
      if (!env.observationSpace().equals(envs.get(0).observationSpace())
          || !env.actionSpace().equals(envs.get(0).actionSpace())) {
        throw new IllegalArgumentException("all envs of a vector env need the same spaces");
      }
    }
    int n = envs.size();
    this.episodes = new long[n];
    this.actionLogs = new IntLog[n];
    this.episodeReturns = new double[n];
    this.masks = new boolean[n][];
    for (int i = 0; i < n; i++) {
      actionLogs[i] = new IntLog();
    }
    this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
      Thread t = new Thread(r, "vector-env");
      t.setDaemon(true);
      return t;
    });
  }

  /** {@code n} envs from {@code factory} (called with the env index), on {@code threads} threads. */
  public static VectorEnv of(IntFunction<Env> factory, int n, long seed, int threads) {
    if (n < 1) {
      throw new IllegalArgumentException("number of envs must be >= 1 but was " + n);
    }
    List<Env> envs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      envs.add(factory.apply(i));
    }
    return new VectorEnv(envs, seed, threads);
  }

  public int numEnvs() {
    return envs.size();
  }

  public ObservationSpace observationSpace() {
    return envs.get(0).observationSpace();
  }

  public ActionSpace actionSpace() {
    return envs.get(0).actionSpace();
  }

  /** The seed of episode {@code episode} of env {@code env}. */
  public long episodeSeed(int env, long episode) {
    return SeedMix.derive(seed, env, episode);
  }

  /** Starts episode 0 of every env. */
  public VectorStep reset() {
    Arrays.fill(episodes, 0);
    return restore(new VectorEnvSnapshot(seed, episodes, new int[numEnvs()][0]));
  }

  /** Steps env {@code i} with {@code actions[i]}, resetting the envs whose episode ends. */
  public VectorStep step(int[] actions) {
    if (!started) {
      throw new IllegalStateException("vector env: step before reset");
    }
    if (actions.length != numEnvs()) {
      throw new IllegalArgumentException("expected " + numEnvs() + " actions but got "
          + actions.length);
    }
    var out = new Buffers(numEnvs(), observationSize, actionCount);
    forEachEnv(i -> stepOne(i, actions[i], out));
    return out.toStep(this);
  }

  private void stepOne(int i, int action, Buffers out) {
    if (action < 0 || action >= actionCount || !masks[i][action]) {
      throw new IllegalArgumentException("env " + i + ": action " + action
          + " is out of range or masked out");
    }
    Step s = envs.get(i).step(action);
    actionLogs[i].add(action);
    episodeReturns[i] += s.reward();
    out.rewards[i] = s.reward();
    out.terminated[i] = s.terminated();
    out.truncated[i] = s.truncated();
    if (!s.done()) {
      out.put(i, s.observation(), s.actionMask(), s.info());
      masks[i] = s.actionMask();
      return;
    }
    Map<String, Object> info = new HashMap<>();
    info.put(FINAL_OBSERVATION, s.observation().clone());
    info.put(FINAL_INFO, s.info());
    info.put(EPISODE_RETURN, episodeReturns[i]);
    info.put(EPISODE_LENGTH, actionLogs[i].size());
    episodes[i]++;
    Reset r = startEpisode(i);
    info.putAll(r.info());
    out.put(i, r.observation(), r.actionMask(), info);
  }

  private Reset startEpisode(int i) {
    actionLogs[i].clear();
    episodeReturns[i] = 0;
    Reset r = envs.get(i).reset(episodeSeed(i, episodes[i]));
    checkShape(i, r.observation(), r.actionMask());
    masks[i] = r.actionMask();
    return r;
  }

  private void checkShape(int i, float[] obs, boolean[] mask) {
    if (obs.length != observationSize || mask.length != actionCount) {
      throw new IllegalStateException("env " + i + " returned an observation of length "
          + obs.length + " and a mask of length " + mask.length + ", expected " + observationSize
          + " and " + actionCount);
    }
  }

  /** Where the vector env stands, for checkpoints. */
  public VectorEnvSnapshot snapshot() {
    int[][] logs = new int[numEnvs()][];
    for (int i = 0; i < logs.length; i++) {
      logs[i] = actionLogs[i].toArray();
    }
    return new VectorEnvSnapshot(seed, episodes, logs);
  }

  /**
   * Puts every env back into the state recorded in {@code snapshot} by resetting its current
   * episode and replaying its actions; returns the current observations (rewards and flags zero).
   */
  public VectorStep restore(VectorEnvSnapshot snapshot) {
    if (snapshot.seed() != seed || snapshot.episodes().length != numEnvs()) {
      throw new IllegalArgumentException("snapshot is for seed " + snapshot.seed() + " and "
          + snapshot.episodes().length + " envs, this vector env has seed " + seed + " and "
          + numEnvs() + " envs");
    }
    long[] eps = snapshot.episodes();
    int[][] logs = snapshot.actionLogs();
    var out = new Buffers(numEnvs(), observationSize, actionCount);
    forEachEnv(i -> replay(i, eps[i], logs[i], out));
    started = true;
    return out.toStep(this);
  }

  private void replay(int i, long episode, int[] actions, Buffers out) {
    episodes[i] = episode;
    Reset r = startEpisode(i);
    float[] obs = r.observation();
    boolean[] mask = r.actionMask();
    Map<String, Object> info = r.info();
    for (int a : actions) {
      Step s = envs.get(i).step(a);
      if (s.done()) {
        throw new IllegalStateException("env " + i + ": replayed episode ended early; the env is"
            + " not deterministic under its seed");
      }
      actionLogs[i].add(a);
      episodeReturns[i] += s.reward();
      obs = s.observation();
      mask = s.actionMask();
      info = s.info();
    }
    masks[i] = mask;
    out.put(i, obs, mask, info);
  }

  private void forEachEnv(java.util.function.IntConsumer body) {
    int n = numEnvs();
    if (pool == null) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int from = t * n / threads;
      int to = (t + 1) * n / threads;
      futures.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          body.accept(i);
        }
      }));
    }
    awaitAll(futures);
  }

  private static void awaitAll(List<Future<?>> futures) {
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stepping envs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Per-step output slots; each env writes only its own. */
  private static final class Buffers {
    final float[] observations;
    final double[] rewards;
    final boolean[] terminated;
    final boolean[] truncated;
    final boolean[] masks;
    final List<Map<String, Object>> infos;
    final int d;
    final int a;

    Buffers(int n, int d, int a) {
      this.d = d;
      this.a = a;
      observations = new float[n * d];
      rewards = new double[n];
      terminated = new boolean[n];
      truncated = new boolean[n];
      masks = new boolean[n * a];
      infos = new ArrayList<>(java.util.Collections.nCopies(n, Map.of()));
    }

    void put(int i, float[] obs, boolean[] mask, Map<String, Object> info) {
      System.arraycopy(obs, 0, observations, i * d, d);
      System.arraycopy(mask, 0, masks, i * a, a);
      synchronized (infos) {
        infos.set(i, info);
      }
    }

    VectorStep toStep(VectorEnv v) {
      return new VectorStep(terminated.length, d, a, observations, rewards, terminated, truncated,
          masks, infos);
    }
  }

  /** A growable int array for action logs. */
  private static final class IntLog {
    private int[] data = new int[64];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}

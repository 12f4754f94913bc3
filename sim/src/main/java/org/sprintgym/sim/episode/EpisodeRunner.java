package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.judge.JudgeResult;

/**
 * Runs a policy for a number of episodes per type. Episode {@code i} of type {@code t} is reset
 * with {@code SeedMix.derive(seed, t.ordinal(), i)} and the policy draws from a stream derived the
 * same way, so every policy meets the same situations (common random numbers) and results do not
 * depend on the number of threads.
 */
public final class EpisodeRunner {
  private final EpisodeConfig config;
  private final SituationLibrary library;

  public EpisodeRunner(EpisodeConfig config, SituationLibrary library) {
    this.config = config;
    this.library = library;
  }

  /**
   * One finished episode.
   *
   * @param trace the full trace, when traces were asked for
   */
  public record Result(EpisodeType type, int index, long seed, double episodeReturn, double judge,
      double outcome, int length, boolean terminated, boolean truncated,
      Optional<EpisodeTrace> trace, int[] actions) {

    public Result {
      actions = actions.clone();
    }

    @Override
    public int[] actions() {
      return actions.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r && type == r.type && index == r.index && seed == r.seed
          && Double.compare(episodeReturn, r.episodeReturn) == 0
          && Double.compare(judge, r.judge) == 0 && Double.compare(outcome, r.outcome) == 0
          && length == r.length && terminated == r.terminated && truncated == r.truncated
          && trace.equals(r.trace) && Arrays.equals(actions, r.actions);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hash(type, index, seed, episodeReturn, judge, length)
          + Arrays.hashCode(actions);
    }

    /**
     * Actions taken before the first of {@code productive} (1-based position minus one); the
     * episode's length when none of them was taken.
     */
    public int actionsBefore(java.util.Set<EpisodeAction> productive) {
      for (int i = 0; i < actions.length; i++) {
        if (productive.contains(EpisodeAction.of(actions[i]))) {
          return i;
        }
      }
      return length;
    }
  }

  /**
   * Results of a run, by type in the order given, plus the decision rate.
   *
   * @param decisions actions taken in all
   * @param seconds wall time of the stepping (policy included)
   */
  public record Run(List<Result> results, long decisions, double seconds) {
    public Run {
      results = List.copyOf(results);
    }

    public double decisionsPerSecond() {
      return seconds <= 0 ? 0 : decisions / seconds;
    }
  }

  /** The seed of episode {@code i} of {@code type} in a run seeded {@code seed}. */
  public static long episodeSeed(long seed, EpisodeType type, int i) {
    return SeedMix.derive(seed, type.ordinal(), i);
  }

  public Run run(List<EpisodeType> types, BaselinePolicy policy, String policyName, int perType,
      long seed, int threads, boolean traces) {
    if (perType < 1) {
      throw new IllegalArgumentException("episodes per type must be >= 1 but was " + perType);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    int total = types.size() * perType;
    Result[] out = new Result[total];
    long[] decisions = new long[threads];
    library.warm(types); // simulate the worlds outside the timed part
    long t0 = System.nanoTime();
    if (threads == 1) {
      decisions[0] = runSlice(types, policy, policyName, perType, seed, traces, out, 0, total);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        var futures = new ArrayList<Future<Long>>();
        for (int w = 0; w < threads; w++) {
          int from = (int) ((long) w * total / threads);
          int to = (int) ((long) (w + 1) * total / threads);
          futures.add(pool.submit(() -> runSlice(types, policy, policyName, perType, seed, traces,
              out, from, to)));
        }
        for (int w = 0; w < threads; w++) {
          decisions[w] = futures.get(w).get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(Arrays.asList(out), Arrays.stream(decisions).sum(), seconds);
  }

  private long runSlice(List<EpisodeType> types, BaselinePolicy policy, String policyName,
      int perType, long seed, boolean traces, Result[] out, int from, int to) {
    var envs = new java.util.EnumMap<EpisodeType, EpisodeEnv>(EpisodeType.class);
    long decisions = 0;
    for (int k = from; k < to; k++) {
      EpisodeType type = types.get(k / perType);
      int i = k % perType;
      EpisodeEnv env = envs.computeIfAbsent(type,
          t -> new EpisodeEnv(config, library, List.of(t)));
      out[k] = runOne(env, type, i, seed, policy, policyName, traces);
      decisions += out[k].length();
    }
    return decisions;
  }

  /** Runs one episode of {@code env} with {@code policy}. */
  public static Result runOne(EpisodeEnv env, EpisodeType type, int i, long seed,
      BaselinePolicy policy, String policyName, boolean traces) {
    long s = episodeSeed(seed, type, i);
    var random = new SplittableRandom(SeedMix.derive(s, 0x9011C7L));
    if (policy == Oracle.POLICY) {
      policy = Oracle.plan(env, s); // the ceiling plans each episode from its hidden truth
    }
    Reset r = env.reset(s);
    float[] obs = r.observation();
    boolean[] mask = r.actionMask();
    List<EpisodeTrace.TraceStep> steps = traces ? new ArrayList<>() : List.of();
    double ret = 0;
    Step st;
    do {
      int a = policy.act(obs, mask, random);
      st = env.step(a);
      if (traces) {
        steps.add(new EpisodeTrace.TraceStep(obs, mask, a, EpisodeAction.of(a).key(),
            st.reward()));
      }
      ret += st.reward();
      obs = st.observation();
      mask = st.actionMask();
    } while (!st.done());
    Map<String, Object> info = st.info();
    double judge = (Double) info.get("judge");
    double outcome = (Double) info.get("outcome");
    EpisodeRecord rec = env.lastRecord().orElseThrow();
    Optional<EpisodeTrace> trace = Optional.empty();
    if (traces) {
      @SuppressWarnings("unchecked")
      Map<String, Double> oc = (Map<String, Double>) info.get("outcome_components");
      trace = Optional.of(new EpisodeTrace(type, s, policyName, steps, obs, st.terminated(),
          st.truncated(), env.lastReward().orElseThrow(), env.lastVerdict().orElseThrow(), oc,
          rec));
    }
    return new Result(type, i, s, ret, judge, outcome, rec.length(), st.terminated(),
        st.truncated(), trace, rec.actions());
  }
}

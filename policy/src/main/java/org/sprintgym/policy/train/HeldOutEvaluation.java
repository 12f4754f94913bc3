package org.sprintgym.policy.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.ppo.Evaluation;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.Oracle;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.stats.Stats;

/**
 * A trained policy against the reference points on the same held-out episodes: episode {@code k}
 * is reset with {@code RandomStreams.derive(seed, k)} for the policy (greedy and sampled) and for
 * random, expert and oracle alike, so every difference is paired by episode seed. The normalised
 * score is {@code (return - random) / (oracle - random)}.
 */
public final class HeldOutEvaluation {
  private HeldOutEvaluation() {}

  /** The reference policies, in report order. */
  public static final List<String> REFERENCES = List.of("random", "expert", "oracle");

  /**
   * Mean return and judge of {@code policy} (greedy and sampled) and of the references over
   * {@code episodes} held-out episodes of env {@code envName}, as an insertion-ordered map ready
   * for JSON ({@code eval.json}). CartPole has no references: only the policy's rows.
   */
  public static Map<String, Object> run(Policy policy, String envName, int episodes, long seed,
      Rng rng) {
    IntFunction<Env> factory = EnvCatalog.factory(envName);
    var out = new LinkedHashMap<String, Object>();
    out.put("env", envName);
    out.put("episodes", episodes);
    out.put("seed", seed);
    var greedy = Evaluation.run(policy, factory, episodes, 32, seed, ActionMode.GREEDY, rng);
    var sampled = Evaluation.run(policy, factory, episodes, 32, seed, ActionMode.SAMPLE, rng);
    out.put("greedy", row(greedy.returns(), greedy.judges()));
    out.put("sampled", row(sampled.returns(), sampled.judges()));
    if (!EnvCatalog.hasReferences(envName)) {
      return out;
    }
    var means = new LinkedHashMap<String, Double>();
    for (String name : REFERENCES) {
      double[][] rj = baseline(factory, name, episodes, seed);
      out.put(name, row(rj[0], rj[1]));
      means.put(name, Stats.orderedMean(rj[0]));
    }
    double lo = means.get("random");
    double span = means.get("oracle") - lo;
    var norm = new LinkedHashMap<String, Double>();
    norm.put("expert", (means.get("expert") - lo) / span);
    norm.put("greedy", (greedy.mean() - lo) / span);
    norm.put("sampled", (sampled.mean() - lo) / span);
    out.put("normalised", norm);
    return out;
  }

  /** Returns and judge scores of baseline {@code name} on episodes {@code 0..n-1}. */
  public static double[][] baseline(IntFunction<Env> factory, String name, int n, long seed) {
    Env env = factory.apply(0);
    BaselinePolicy base = Baselines.of(name).orElseThrow();
    double[] returns = new double[n];
    double[] judges = new double[n];
    for (int k = 0; k < n; k++) {
      long s = RandomStreams.derive(seed, k);
      BaselinePolicy p = base == Oracle.POLICY ? Oracle.policyFor(env, s) : base;
      var random = new SplittableRandom(RandomStreams.derive(s, 0x9011C7L));
      var r = env.reset(s);
      float[] obs = r.observation();
      boolean[] mask = r.actionMask();
      Step st;
      do {
        st = env.step(p.act(obs, mask, random));
        returns[k] += st.reward();
        obs = st.observation();
        mask = st.actionMask();
      } while (!st.done());
      judges[k] = (Double) st.info().get("judge");
    }
    return new double[][] {returns, judges};
  }

  private static Map<String, Object> row(double[] returns, double[] judges) {
    var m = new LinkedHashMap<String, Object>();
    m.put("mean_return", Stats.orderedMean(returns));
    double j = Stats.orderedMean(judges);
    m.put("mean_judge", Double.isNaN(j) ? null : j);
    return m;
  }

}

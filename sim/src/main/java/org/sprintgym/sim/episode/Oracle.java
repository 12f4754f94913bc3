package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;

/**
 * The ceiling of an episode: a planner that reads the hidden truth (which facts hold, what each
 * probe would answer, the true severity and amount of work, the luck of the forward simulation)
 * and picks the plan with the highest reward at the type's costs. Plans are searched by
 * coordinate ascent from the plan the truth suggests (probe exactly what a probe would uncover,
 * assess where a decision depends on severity, size the work to the truth, do the expected
 * supports, take the right decision): every single change (one probe more or less, assess or
 * not, a support more or less, another decision, other work) is scored by replaying it on a twin
 * env with the same seed, and kept when it pays, until none does. Scores are reported against it
 * as the normalised score {@code (score - random) / (oracle - random)}.
 */
public final class Oracle {
  private Oracle() {}

  /** Passes of the coordinate ascent at most (one pass tries every single change once). */
  static final int PASSES = 3;

  /**
   * The baseline name {@code oracle} stands for this marker: runners that see it plan each
   * episode with {@link #plan}; acting on an observation alone is impossible for it.
   */
  public static final BaselinePolicy POLICY = (obs, mask, random) -> {
    throw new IllegalStateException("the oracle reads the hidden truth: run it with"
        + " EpisodeRunner (or Oracle.plan on the env), not on observations alone");
  };

  /**
   * The oracle for the episode {@code env} starts from {@code seed}: a plan for an episode env,
   * for a {@link SprintSeatEnv} a plan for each of its sub-episodes as it opens. Call before
   * {@code env.reset(seed)}.
   */
  public static BaselinePolicy policyFor(org.sprintgym.sim.env.Env env, long seed) {
    if (env instanceof EpisodeEnv e) {
      return plan(e, seed);
    }
    if (env instanceof SprintSeatEnv s) {
      return s.oracle();
    }
    throw new IllegalArgumentException("no oracle for " + env.getClass().getSimpleName()
        + ": it plays episode envs and the sprint seat");
  }

  /** A plan: what to probe, whether to assess, which supports, which decision, which work. */
  private record Plan(boolean[] probes, boolean assess, boolean[] supports, int decision,
      int work) {
    Plan with(int slot) {
      boolean[] p = probes.clone();
      p[slot] = !p[slot];
      return new Plan(p, assess, supports, decision, work);
    }

    Plan withSupport(int i) {
      boolean[] s = supports.clone();
      s[i] = !s[i];
      return new Plan(probes, assess, s, decision, work);
    }
  }

  /**
   * The oracle's actions for the episode {@code env} would start from {@code seed} (the env is
   * not touched: a twin replays the candidates). The returned policy plays them in order.
   */
  public static BaselinePolicy plan(EpisodeEnv env, long seed) {
    return plan(env, twin -> twin.reset(seed));
  }

  /**
   * The oracle's actions for the episode {@code start} opens on a twin of {@code env} (e.g. a
   * situation cut from a live world, as {@link SprintSeatEnv} plays them).
   */
  static BaselinePolicy plan(EpisodeEnv env,
      java.util.function.Function<EpisodeEnv, org.sprintgym.sim.env.Reset> start) {
    EpisodeEnv twin = env.twin();
    start.apply(twin);
    TypeSpec spec = twin.spec();
    HiddenTruth truth = twin.truth();
    List<int[]> works = workOptions(spec, truth.workTarget());
    int k = spec.slots().size();
    boolean[] probes = new boolean[k];
    for (int i = 0; i < k; i++) {
      probes[i] = truth.detects(i);
    }
    boolean[] supports = new boolean[spec.supports().size()];
    Arrays.fill(supports, true);
    int decision = spec.decisions().isEmpty() ? TypeSpec.NO_DECISION
        : spec.rule().correct(truth.severity(), truth.facts());
    if (decision == TypeSpec.NO_DECISION && spec.done().isEmpty()) {
      decision = 0;
    }
    Plan best = new Plan(probes, spec.assess().isPresent() && !spec.decisions().isEmpty(),
        supports, decision, 0);
    double bestScore = score(twin, start, actions(spec, best, works));
    for (int pass = 0; pass < PASSES; pass++) {
      boolean improved = false;
      for (Plan p : neighbours(spec, best, works.size())) {
        double v = score(twin, start, actions(spec, p, works));
        if (v > bestScore + 1e-12) {
          best = p;
          bestScore = v;
          improved = true;
        }
      }
      if (!improved) {
        break;
      }
    }
    int[] plan = actions(spec, best, works);
    return new BaselinePolicy() {
      private int next;

      @Override
      public int act(float[] observation, boolean[] mask, SplittableRandom random) {
        while (next < plan.length && !mask[plan[next]]) {
          next++;
        }
        return next < plan.length ? plan[next++] : firstAllowed(mask);
      }
    };
  }

  private static List<Plan> neighbours(TypeSpec spec, Plan p, int workOptions) {
    var out = new ArrayList<Plan>();
    for (int i = 0; i < p.probes().length; i++) {
      out.add(p.with(i));
    }
    if (spec.assess().isPresent()) {
      out.add(new Plan(p.probes(), !p.assess(), p.supports(), p.decision(), p.work()));
    }
    for (int i = 0; i < p.supports().length; i++) {
      out.add(p.withSupport(i));
    }
    for (int d = spec.done().isPresent() ? TypeSpec.NO_DECISION : 0;
        d < spec.decisions().size(); d++) {
      if (d != p.decision()) {
        out.add(new Plan(p.probes(), p.assess(), p.supports(), d, p.work()));
      }
    }
    for (int w = 0; w < workOptions; w++) {
      if (w != p.work()) {
        out.add(new Plan(p.probes(), p.assess(), p.supports(), p.decision(), w));
      }
    }
    return out;
  }

  /** The plan as actions: assess, probes, work, supports, decision, then the closing action. */
  private static int[] actions(TypeSpec spec, Plan p, List<int[]> works) {
    var out = new ArrayList<Integer>();
    if (p.assess()) {
      out.add(spec.assess().orElseThrow().ordinal());
    }
    for (int i = 0; i < p.probes().length; i++) {
      if (p.probes()[i]) {
        out.add(spec.slots().get(i).probe().ordinal());
      }
    }
    for (int w : works.isEmpty() ? new int[0] : works.get(p.work())) {
      out.add(spec.work().get(w).action().ordinal());
    }
    for (int i = 0; i < p.supports().length; i++) {
      if (p.supports()[i]) {
        out.add(spec.supports().get(i).action().ordinal());
      }
    }
    if (p.decision() != TypeSpec.NO_DECISION) {
      out.add(spec.decisions().get(p.decision()).ordinal());
    }
    spec.done().ifPresent(d -> out.add(d.ordinal()));
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The total reward of playing {@code plan} (skipping what the mask refuses) after {@code start}. */
  private static double score(EpisodeEnv twin,
      java.util.function.Function<EpisodeEnv, org.sprintgym.sim.env.Reset> start, int[] plan) {
    var r = start.apply(twin);
    boolean[] mask = r.actionMask();
    double total = 0;
    int next = 0;
    while (true) {
      while (next < plan.length && !mask[plan[next]]) {
        next++;
      }
      int a = next < plan.length ? plan[next++] : firstAllowed(mask);
      Step st = twin.step(a);
      total += st.reward();
      if (st.done()) {
        return total;
      }
      mask = st.actionMask();
    }
  }

  /**
   * Work sequences worth trying, best first: the combinations of the type's work actions (up to
   * four of each) whose total lies within a quarter of the true amount, fewest actions first;
   * the closest one when none does.
   */
  static List<int[]> workOptions(TypeSpec spec, double target) {
    if (!spec.hasWork()) {
      return List.of();
    }
    var options = new ArrayList<int[]>();
    var counts = new int[spec.work().size()];
    collect(spec, target, counts, 0, options);
    options.sort((a, b) -> {
      double ea = Math.abs(total(spec, a) - target);
      double eb = Math.abs(total(spec, b) - target);
      return a.length != b.length ? Integer.compare(a.length, b.length) : Double.compare(ea, eb);
    });
    var good = new ArrayList<int[]>();
    for (int[] o : options) {
      if (Math.abs(total(spec, o) - target) <= 0.25 * target && good.size() < 4) {
        good.add(o);
      }
    }
    if (good.isEmpty()) {
      options.sort((a, b) -> Double.compare(Math.abs(total(spec, a) - target),
          Math.abs(total(spec, b) - target)));
      good.add(options.get(0));
    }
    return good;
  }

  private static void collect(TypeSpec spec, double target, int[] counts, int i,
      List<int[]> out) {
    if (i == counts.length) {
      var seq = new ArrayList<Integer>();
      for (int w = counts.length - 1; w >= 0; w--) {
        for (int c = 0; c < counts[w]; c++) {
          seq.add(w);
        }
      }
      if (!seq.isEmpty()) {
        out.add(seq.stream().mapToInt(Integer::intValue).toArray());
      }
      return;
    }
    for (int c = 0; c <= 4; c++) {
      counts[i] = c;
      collect(spec, target, counts, i + 1, out);
    }
    counts[i] = 0;
  }

  private static double total(TypeSpec spec, int[] seq) {
    double t = 0;
    for (int w : seq) {
      t += spec.work().get(w).amount();
    }
    return t;
  }

  private static int firstAllowed(boolean[] mask) {
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        return i;
      }
    }
    throw new IllegalArgumentException("the action mask allows no action");
  }
}

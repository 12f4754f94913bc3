package org.sprintgym.evaluation.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Random search and successive halving over a fixed list of configurations, with the training
 * and its metric behind {@link Evaluator} (so the halving is testable without training).
 *
 * <p>Successive halving: rung 0 trains every configuration with the base budget; each rung keeps
 * the best {@code n / eta} by the metric and the next rung trains those with eta times the
 * budget, until one configuration would remain: that one, the best measured on the last rung, is
 * the winner (it is not trained again on a larger budget). Random search is
 * one rung at the base budget. Ties go to the lower trial index and a NaN metric ranks last, so
 * the outcome is a pure function of the configurations and the evaluator.
 */
public final class HyperparameterSearch {
  /** Trains configuration {@code trial} with {@code budget} and measures the metric. */
  @FunctionalInterface
  public interface Evaluator {
    double evaluate(int trial, Map<String, String> parameters, long budget) throws Exception;
  }

  /** One trained configuration on one rung. */
  public record Measurement(int trial, double value) {}

  /**
   * One rung: its budget, what each configuration measured (in trial order) and the trials that
   * go on (best first).
   */
  public record Rung(int index, long budget, List<Measurement> measured, List<Integer> kept) {
    public Rung {
      measured = List.copyOf(measured);
      kept = List.copyOf(kept);
    }
  }

  /** The rungs and the winner (the best of the last rung). */
  public record SearchOutcome(List<Rung> rungs, Measurement best, long bestBudget) {
    public SearchOutcome {
      rungs = List.copyOf(rungs);
    }
  }

  private HyperparameterSearch() {}

  /** The rung sizes and budgets a search will go through: {n, budget} per rung. */
  public static List<long[]> plan(Search search) {
    var plan = new ArrayList<long[]>();
    long n = search.trials().size();
    long budget = search.budget();
    if (search.method() == Search.Method.RANDOM) {
      plan.add(new long[] {n, budget});
      return plan;
    }
    plan.add(new long[] {n, budget});
    // the next rung would hold one configuration: the best of this one is the winner
    while (n / search.eta() > 1) {
      n /= search.eta();
      budget *= search.eta();
      plan.add(new long[] {n, budget});
    }
    return plan;
  }

  /** Trainings in all: what a progress bar counts. */
  public static long evaluations(Search search) {
    return plan(search).stream().mapToLong(r -> r[0]).sum();
  }

  /** Runs the search; {@code evaluated} is told after every training. */
  public static SearchOutcome run(Search search, Evaluator evaluator, IntConsumer evaluated)
      throws Exception {
    List<long[]> plan = plan(search);
    List<Integer> alive = new ArrayList<>();
    for (int t = 0; t < search.trials().size(); t++) {
      alive.add(t);
    }
    var rungs = new ArrayList<Rung>();
    for (int r = 0; r < plan.size(); r++) {
      long budget = plan.get(r)[1];
      var measured = new ArrayList<Measurement>();
      for (int t : alive) {
        measured.add(new Measurement(t, evaluator.evaluate(t, search.trials().get(t), budget)));
        evaluated.accept(1);
      }
      List<Measurement> ranked = measured.stream().sorted(order(search.goal())).toList();
      int keep = r + 1 < plan.size() ? (int) plan.get(r + 1)[0] : 1;
      List<Integer> kept = ranked.subList(0, keep).stream().map(Measurement::trial).toList();
      rungs.add(new Rung(r, budget, measured, kept));
      alive = kept.stream().sorted().toList();
    }
    Rung last = rungs.get(rungs.size() - 1);
    Measurement best = last.measured().stream().sorted(order(search.goal())).findFirst()
        .orElseThrow();
    return new SearchOutcome(rungs, best, last.budget());
  }

  /** Best first: by the goal, NaN last, ties to the lower trial. */
  static Comparator<Measurement> order(Search.Goal goal) {
    Comparator<Measurement> byValue = Comparator.comparingDouble(Measurement::value);
    if (goal == Search.Goal.MAX) {
      byValue = byValue.reversed();
    }
    return Comparator.comparing((Measurement m) -> Double.isNaN(m.value()))
        .thenComparing(byValue).thenComparingInt(Measurement::trial);
  }
}

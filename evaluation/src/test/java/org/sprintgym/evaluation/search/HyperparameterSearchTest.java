package org.sprintgym.evaluation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Successive halving and random search with a fake evaluator: no training. */
class HyperparameterSearchTest {
  @TempDir Path tmp;

  /** Stands in for the scenario hash: the same parameters and budget, the same training. */
  static final SearchRun.Fingerprint FINGERPRINT = (parameters, budget) ->
      SearchRun.sha256((new java.util.TreeMap<>(parameters) + "@" + budget)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  static Search search(Search.Method method, int trials, long budget, int eta, Search.Goal goal) {
    var configs = new ArrayList<Map<String, String>>();
    for (int t = 0; t < trials; t++) {
      configs.add(Map.of("curriculum.ppo.learning_rate", Double.toString(0.001 * (t + 1))));
    }
    return new Search(Path.of("s.yaml"), "s", Path.of("tiny-curriculum.yaml"), method,
        List.of("curriculum.ppo.learning_rate"), configs, 1, budget, eta, "elicitation", goal);
  }

  // a made-up learning curve: configuration quality times a budget-dependent factor, plus a
  // ranking flip on the first rung so that a wrong implementation would keep the wrong trials
  static double fake(int trial, long budget) {
    double quality = (trial * 7 % 27) / 27.0;
    return budget <= 2 && trial == 3 ? 5.0 : quality * Math.log(1 + budget);
  }

  @Test
  void halvesTwentySevenConfigurationsDownToOne() throws Exception {
    Search s = search(Search.Method.SUCCESSIVE_HALVING, 27, 2, 3, Search.Goal.MAX);
    var calls = new ArrayList<long[]>();
    var evaluated = new AtomicInteger();
    var outcome = HyperparameterSearch.run(s, (trial, params, budget) -> {
      calls.add(new long[] {trial, budget});
      return fake(trial, budget);
    }, evaluated::addAndGet);

    assertThat(outcome.rungs()).extracting(r -> r.measured().size()).containsExactly(27, 9, 3);
    assertThat(outcome.rungs()).extracting(HyperparameterSearch.Rung::budget)
        .containsExactly(2L, 6L, 18L);
    assertThat(outcome.rungs()).extracting(r -> r.kept().size()).containsExactly(9, 3, 1);
    assertThat(calls).hasSize(39);
    assertThat(evaluated.get()).isEqualTo(39).isEqualTo(HyperparameterSearch.evaluations(s));
    // each rung trains exactly the trials the previous one kept, at its budget
    for (int r = 1; r < outcome.rungs().size(); r++) {
      var rung = outcome.rungs().get(r);
      assertThat(rung.measured()).extracting(HyperparameterSearch.Measurement::trial)
          .containsExactlyInAnyOrderElementsOf(outcome.rungs().get(r - 1).kept());
    }
    // rung 0 keeps the top 9 by measured value: trial 3 (5.0 on the small budget) first
    var rung0 = outcome.rungs().get(0);
    assertThat(rung0.kept().get(0)).isEqualTo(3);
    double worstKept = rung0.measured().stream().filter(m -> rung0.kept().contains(m.trial()))
        .mapToDouble(HyperparameterSearch.Measurement::value).min().orElseThrow();
    double bestDropped = rung0.measured().stream().filter(m -> !rung0.kept().contains(m.trial()))
        .mapToDouble(HyperparameterSearch.Measurement::value).max().orElseThrow();
    assertThat(worstKept).isGreaterThanOrEqualTo(bestDropped);
    // the reported best is the best measured on the last rung
    var last = outcome.rungs().get(2);
    double top = last.measured().stream().mapToDouble(HyperparameterSearch.Measurement::value)
        .max().orElseThrow();
    assertThat(outcome.best().value()).isEqualTo(top);
    assertThat(outcome.best().value()).isEqualTo(fake(outcome.best().trial(), 18));
    assertThat(outcome.bestBudget()).isEqualTo(18);
    assertThat(last.kept()).containsExactly(outcome.best().trial());
  }

  @Test
  void minimisingRanksTheOtherWayAndNaNLast() throws Exception {
    Search s = search(Search.Method.SUCCESSIVE_HALVING, 4, 1, 2, Search.Goal.MIN);
    var outcome = HyperparameterSearch.run(s,
        (trial, params, budget) -> trial == 0 ? Double.NaN : 10.0 - trial, n -> { });
    assertThat(outcome.rungs()).extracting(r -> r.measured().size()).containsExactly(4, 2);
    assertThat(outcome.rungs().get(0).kept()).containsExactly(3, 2);
    assertThat(outcome.best().trial()).isEqualTo(3);
    assertThat(outcome.rungs().get(1).budget()).isEqualTo(2);
  }

  @Test
  void randomSearchTrainsEveryConfigurationOnceAtTheBudget() throws Exception {
    Search s = search(Search.Method.RANDOM, 5, 7, 3, Search.Goal.MAX);
    var budgets = new ArrayList<Long>();
    var outcome = HyperparameterSearch.run(s, (trial, params, budget) -> {
      budgets.add(budget);
      return trial == 2 ? 1.0 : 0.5;
    }, n -> { });
    assertThat(budgets).containsOnly(7L).hasSize(5);
    assertThat(outcome.rungs()).hasSize(1);
    assertThat(outcome.best().trial()).isEqualTo(2);
  }

  @Test
  void tiesGoToTheLowerTrial() throws Exception {
    Search s = search(Search.Method.SUCCESSIVE_HALVING, 6, 1, 3, Search.Goal.MAX);
    var outcome = HyperparameterSearch.run(s, (trial, params, budget) -> 1.0, n -> { });
    assertThat(outcome.rungs().get(0).kept()).containsExactly(0, 1);
    assertThat(outcome.best().trial()).isZero();
  }

  @Property(tries = 50)
  void everyRungKeepsAnEthOfItsTrialsUntilOneRemains(@ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @IntRange(min = 2, max = 10) int eta) {
    List<long[]> plan = HyperparameterSearch.plan(
        search(Search.Method.SUCCESSIVE_HALVING, n, 4, eta, Search.Goal.MAX));
    assertThat(plan.get(0)).containsExactly(n, 4);
    for (int r = 1; r < plan.size(); r++) {
      assertThat(plan.get(r)[0]).isEqualTo(plan.get(r - 1)[0] / eta).isGreaterThan(1);
      assertThat(plan.get(r)[1]).isEqualTo(plan.get(r - 1)[1] * eta);
    }
    // one more rung would hold a single configuration
    assertThat(plan.get(plan.size() - 1)[0] / eta).isLessThanOrEqualTo(1);
  }

  @Test
  void searchRunRecordsRungsAndBestAndReusesFinishedTrainings() throws Exception {
    Search s = search(Search.Method.SUCCESSIVE_HALVING, 9, 2, 3, Search.Goal.MAX);
    var calls = new AtomicInteger();
    HyperparameterSearch.Evaluator evaluator = (trial, params, budget) -> {
      calls.incrementAndGet();
      return fake(trial, budget);
    };
    Path dir = tmp.resolve("out");
    var first = SearchRun.run(s, dir, evaluator, FINGERPRINT, n -> { });
    assertThat(first.trained()).isEqualTo(12);
    List<String> csv = Files.readAllLines(dir.resolve("rungs.csv"));
    assertThat(csv.get(0)).isEqualTo("rung,budget,trial,curriculum.ppo.learning_rate,elicitation,"
        + "rank,kept");
    assertThat(csv).hasSize(1 + 9 + 3);
    assertThat(csv.stream().skip(1).filter(l -> l.startsWith("1,6,"))).hasSize(3);
    String best = Files.readString(dir.resolve("best.json"));
    assertThat(best).contains("\"best_trial\" : \"" + Search.trialId(first.outcome().best().trial()))
        .contains("\"budget_episodes_per_stage\" : 6");

    var again = SearchRun.run(s, dir, evaluator, FINGERPRINT, n -> { });
    assertThat(again.trained()).isZero();
    assertThat(again.reused()).isEqualTo(12);
    assertThat(calls.get()).isEqualTo(12);
    assertThat(Files.readString(dir.resolve("best.json"))).isEqualTo(best);
  }

  @Test
  void aSearchNeedsAtLeastOneTrialAndASaneEta() {
    assertThrows(IllegalArgumentException.class,
        () -> search(Search.Method.RANDOM, 0, 1, 3, Search.Goal.MAX));
    assertThrows(IllegalArgumentException.class,
        () -> search(Search.Method.SUCCESSIVE_HALVING, 3, 1, 1, Search.Goal.MAX));
    assertThrows(IllegalArgumentException.class,
        () -> search(Search.Method.SUCCESSIVE_HALVING, 3, 0, 3, Search.Goal.MAX));
  }
}

package org.sprintgym.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EvaluationStatisticsTest {

  @Test
  void seedSummaryMatchesAHandComputedStudentInterval() {
    SeedSummary s = SeedSummary.of(1, 2, 3, 4, 5);
    // sd = sqrt(2.5) = 1.58114; t(4, 0.975) = 2.776445; half width = 2.776445 * 1.58114 / sqrt(5)
    assertThat(s.mean()).isEqualTo(3.0);
    assertThat(s.sd()).isCloseTo(1.5811388, within(1e-6));
    assertThat(s.ci95Low()).isCloseTo(3 - 1.9632432, within(1e-5));
    assertThat(s.ci95High()).isCloseTo(3 + 1.9632432, within(1e-5));
    SeedSummary one = SeedSummary.of(0.7);
    assertThat(one.ci95Low()).isEqualTo(0.7);
    assertThat(one.ci95High()).isEqualTo(0.7);
  }

  @Property(tries = 200)
  void theIntervalContainsTheMeanAndShrinksWithMoreSeeds(
      @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -10, max = 10) Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    SeedSummary s = SeedSummary.of(v);
    assertThat(s.ci95Low()).isLessThanOrEqualTo(s.mean());
    assertThat(s.ci95High()).isGreaterThanOrEqualTo(s.mean());
    double[] twice = new double[v.length * 2];
    System.arraycopy(v, 0, twice, 0, v.length);
    System.arraycopy(v, 0, twice, v.length, v.length);
    SeedSummary d = SeedSummary.of(twice);
    assertThat(d.ci95High() - d.ci95Low()).isLessThanOrEqualTo(s.ci95High() - s.ci95Low() + 1e-12);
  }

  @Test
  void seedSummaryRejectsEmptyAndNonFiniteInput() {
    assertThrows(IllegalArgumentException.class, SeedSummary::of);
    assertThrows(IllegalArgumentException.class, () -> SeedSummary.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new SeedSummary(2, 5, 1, 6, 7));
  }

  @Test
  void defaultCriteriaFollowDojo() {
    assertThat(GraduationCriteria.forStage(1)).extracting(GraduationCriterion::condition)
        .containsExactly("elicitation >= 0.7", "decomposition >= 0.65", "self_correction >= 0.5",
            "stories_pass_qa >= " + (2.0 / 3.0));
    assertThat(GraduationCriteria.forStage(2)).extracting(GraduationCriterion::name)
        .containsExactly("triage_accuracy", "velocity_drop", "adaptation");
    assertThat(GraduationCriteria.defaults()).allMatch(c -> c.window() == 20);
    GraduationCriterion drop = GraduationCriteria.forStage(2).get(1);
    assertThat(drop.passes(0.29)).isTrue();
    assertThat(drop.passes(0.30)).isFalse();
    GraduationCriterion actions = GraduationCriteria.forStage(3).get(0);
    assertThat(actions.passes(3)).isTrue();
    assertThat(actions.passes(4)).isFalse();
  }

  @Test
  void criteriaValidateTheirFields() {
    assertThrows(IllegalArgumentException.class, () -> new GraduationCriterion("x", 5,
        GraduationCriterion.Direction.AT_LEAST, 0.5, 20, ""));
    assertThrows(IllegalArgumentException.class, () -> new GraduationCriterion("x", 1,
        GraduationCriterion.Direction.AT_LEAST, Double.NaN, 20, ""));
    assertThrows(IllegalArgumentException.class, () -> new GraduationCriterion(" ", 1,
        GraduationCriterion.Direction.AT_LEAST, 0.5, 20, ""));
    assertThrows(IllegalArgumentException.class, () -> new GraduationCriterion("x", 1,
        GraduationCriterion.Direction.AT_LEAST, 0.5, 0, ""));
  }

  @Test
  void rollingMeanKeepsTheLastWindow() {
    var r = new RollingMean(3);
    assertThat(r.mean()).isNaN();
    r.add(1);
    r.add(2);
    assertThat(r.full()).isFalse();
    r.add(3);
    r.add(10);
    assertThat(r.full()).isTrue();
    assertThat(r.mean()).isCloseTo(5.0, within(1e-12));
    assertThrows(IllegalArgumentException.class, () -> r.add(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new RollingMean(0));
  }

  @Test
  void strategyProfilesAreExponentialMovingAverages() {
    StrategyProfile p = StrategyProfile.empty("expert").update(0.5, 0.8).update(1.0, 0.2);
    assertThat(p.successRate()).isCloseTo(0.3 * 1.0 + 0.7 * 0.5, within(1e-12));
    assertThat(p.score()).isCloseTo(0.3 * 0.2 + 0.7 * 0.8, within(1e-12));
    assertThat(p.updates()).isEqualTo(2);
    assertThrows(IllegalArgumentException.class, () -> p.update(1.2, 0));
    assertThrows(IllegalArgumentException.class, () -> new StrategyProfile("x", 0, 0, 0, 0));
  }

  @Test
  void mannWhitneySeparatesClearlyDifferentSamplesOnly() {
    double[] good = {0.81, 0.84, 0.79, 0.88, 0.83, 0.86, 0.80, 0.85};
    double[] bad = {0.41, 0.45, 0.52, 0.38, 0.47, 0.44, 0.50, 0.43};
    MannWhitneyComparison c = MannWhitneyComparison.of(good, bad);
    assertThat(c.u()).isEqualTo(64.0);
    assertThat(c.probabilityOfSuperiority()).isEqualTo(1.0);
    assertThat(c.pValue()).isLessThan(0.001);
    MannWhitneyComparison same = MannWhitneyComparison.of(good, good);
    assertThat(same.probabilityOfSuperiority()).isEqualTo(0.5);
    assertThat(same.pValue()).isGreaterThan(0.9);
    assertThrows(IllegalArgumentException.class, () -> MannWhitneyComparison.of(new double[0], bad));
  }
}

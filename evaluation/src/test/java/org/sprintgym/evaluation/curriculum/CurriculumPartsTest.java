package org.sprintgym.evaluation.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The curriculum's parts that decide on their own: the gate, regression, the difficulty cap. */
class CurriculumPartsTest {

  @Test
  void gateRollsBackAnUpdateThatMadeValidationWorseAndKeepsAClearGain() {
    var params = Nd4j.createFromArray(1f, 2f, 3f);
    var gate = new ValidationGate(0.05, ValidationGate.Basis.RETURN, params, new double[] {1.0});
    params.assign(Nd4j.createFromArray(9f, 9f, 9f));
    assertThat(gate.offer(new double[] {0.8})).isFalse(); // worse: rolled back
    assertThat(params.toFloatVector()).containsExactly(1f, 2f, 3f);
    params.assign(Nd4j.createFromArray(5f, 5f, 5f));
    assertThat(gate.offer(new double[] {1.04})).isFalse(); // better, but by less than 5%
    assertThat(params.toFloatVector()).containsExactly(1f, 2f, 3f);
    params.assign(Nd4j.createFromArray(7f, 7f, 7f));
    assertThat(gate.offer(new double[] {1.06})).isTrue();
    assertThat(params.toFloatVector()).containsExactly(7f, 7f, 7f);
    assertThat(gate.best()).isEqualTo(1.06);
    params.assign(Nd4j.createFromArray(0f, 0f, 0f));
    assertThat(gate.offer(new double[] {1.0})).isFalse(); // back to the last kept update, not the start
    assertThat(params.toFloatVector()).containsExactly(7f, 7f, 7f);
    // between gates, evaluations see the kept parameters and training goes on from the live ones
    params.assign(Nd4j.createFromArray(8f, 8f, 8f));
    float[] seen = gate.withKept(params::toFloatVector);
    assertThat(seen).containsExactly(7f, 7f, 7f);
    assertThat(params.toFloatVector()).containsExactly(8f, 8f, 8f);
    gate.restoreKept(); // a stage ends on its last kept update
    assertThat(params.toFloatVector()).containsExactly(7f, 7f, 7f);
  }

  @Test
  void pairedGateComparesEpisodeByEpisodeAndAsksForStandardErrorsWhenTold() {
    // dyadic fractions: every difference below is exact in binary floating point
    var params = Nd4j.createFromArray(1f, 2f, 3f);
    double[] start = {0.5, 0.625, 0.75, 0.875};
    var gate = new ValidationGate(0.0, ValidationGate.Basis.PAIRED, params, start);
    assertThat(gate.best()).isEqualTo(0.6875);
    // a gain of 1/64 on every episode: below dojo's 5%, still kept by the paired rule
    params.assign(Nd4j.createFromArray(4f, 4f, 4f));
    assertThat(gate.offer(new double[] {0.515625, 0.640625, 0.765625, 0.890625})).isTrue();
    assertThat(gate.best()).isEqualTo(0.703125);
    // the same mean as the kept update, made of a loss and a gain: a tie is kept
    params.assign(Nd4j.createFromArray(5f, 5f, 5f));
    assertThat(gate.offer(new double[] {0.390625, 0.765625, 0.765625, 0.890625})).isTrue();
    // a mean loss is rolled back to the last kept parameters
    params.assign(Nd4j.createFromArray(6f, 6f, 6f));
    assertThat(gate.offer(new double[] {0.375, 0.765625, 0.765625, 0.890625})).isFalse();
    assertThat(params.toFloatVector()).containsExactly(5f, 5f, 5f);
    // with a margin of 2 standard errors a noisy gain is not enough, a steady one is
    var strict = new ValidationGate(2.0, ValidationGate.Basis.PAIRED, params, start);
    assertThat(strict.improves(new double[] {0.9, 0.3, 0.9, 0.75})).isFalse(); // mean +0.025
    assertThat(strict.improves(new double[] {0.53125, 0.65625, 0.78125, 0.90625})).isTrue();
    // dojo's rule on the steady gain: 5% of the return asks for more than +1/32
    var dojo = new ValidationGate(0.05, ValidationGate.Basis.RETURN, params, start);
    assertThat(dojo.improves(new double[] {0.53125, 0.65625, 0.78125, 0.90625})).isFalse();
    // a validation of another length is a bug, not a verdict
    assertThrows(IllegalArgumentException.class, () -> gate.improves(new double[] {1.0}));
  }

  @Test
  void nonInferiorGateRollsBackOnlyASignificantLoss() {
    var params = Nd4j.createFromArray(1f, 2f, 3f);
    double[] start = {0.5, 0.625, 0.75, 0.875};
    var gate = new ValidationGate(1.645, ValidationGate.Basis.NON_INFERIOR, params, start);
    // a noisy loss of 1/32 on average: not significant, kept
    assertThat(gate.improves(new double[] {0.25, 0.875, 0.625, 0.875})).isTrue();
    // a steady loss of 1/64 on every episode: significant however small, rolled back
    assertThat(gate.improves(new double[] {0.484375, 0.609375, 0.734375, 0.859375})).isFalse();
    // a gain is always kept, the same values a tie
    assertThat(gate.improves(new double[] {0.53125, 0.65625, 0.78125, 0.90625})).isTrue();
    assertThat(gate.improves(start)).isTrue();
    params.assign(Nd4j.createFromArray(9f, 9f, 9f));
    assertThat(gate.offer(new double[] {0.484375, 0.609375, 0.734375, 0.859375})).isFalse();
    assertThat(params.toFloatVector()).containsExactly(1f, 2f, 3f);
  }

  @Test
  void perCriterionGateRollsBackALossThatAGainElsewhereHides() {
    var params = Nd4j.createFromArray(1f, 2f, 3f);
    double[] start = {0.5, 0.625, 0.75, 0.875, 0.5, 0.625, 0.75, 0.875};
    int[] groups = {0, 0, 0, 0, 1, 1, 1, 1};
    // criterion 0 gains 1/8 on every episode, criterion 1 loses 1/64 on every one
    double[] mixed = {0.625, 0.75, 0.875, 1.0, 0.484375, 0.609375, 0.734375, 0.859375};
    var pooled = new ValidationGate(1.645, ValidationGate.Basis.NON_INFERIOR, params, start,
        groups);
    assertThat(pooled.improves(mixed)).isTrue();
    var each = new ValidationGate(1.645, ValidationGate.Basis.NON_INFERIOR_EACH, params, start,
        groups);
    assertThat(each.improves(mixed)).isFalse();
    // a noisy loss in one criterion is not significant: kept
    assertThat(each.improves(new double[] {0.625, 0.75, 0.875, 1.0, 0.25, 0.875, 0.625, 0.875}))
        .isTrue();
    assertThat(each.improves(start)).isTrue();
    // one label per validation episode, or it is a bug
    assertThrows(IllegalArgumentException.class, () -> new ValidationGate(1.645,
        ValidationGate.Basis.NON_INFERIOR_EACH, params, start, new int[] {0, 1}));
  }

  @Test
  void bonferroniSplitsTheOneSidedLevelOverTheGroups() {
    assertThat(ValidationGate.bonferroni(1.645, 1)).isEqualTo(1.645);
    assertThat(ValidationGate.bonferroni(0.0, 5)).isEqualTo(0.0);
    // 5% over 3 groups: 1.667% each
    assertThat(ValidationGate.bonferroni(1.6448536269514722, 3)).isCloseTo(2.1280452,
        org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void regressionNeedsASignificantMoveTheWrongWayOrAFailedThreshold() {
    var elicitation = new org.sprintgym.evaluation.GraduationCriterion("elicitation", 1,
        org.sprintgym.evaluation.GraduationCriterion.Direction.AT_LEAST, 0.70, 20, "");
    double[] before = {0.90, 0.92, 0.91, 0.89, 0.90};
    // noise: a small move either way is no regression
    assertThat(GraduationTracker.regressed(elicitation, before, new double[] {0.88, 0.93, 0.90,
        0.87, 0.91}, 0.05)).isFalse();
    // a large move with overlapping seeds (not significant) is none either
    assertThat(GraduationTracker.regressed(elicitation, before, new double[] {0.99, 0.71, 0.95, 0.72,
        0.90}, 0.05)).isFalse();
    // a large, consistent drop is one
    assertThat(GraduationTracker.regressed(elicitation, before, new double[] {0.80, 0.81, 0.79, 0.82,
        0.80}, 0.05)).isTrue();
    // dropping under the threshold always is
    assertThat(GraduationTracker.regressed(elicitation, new double[] {0.72}, new double[] {0.69},
        0.05)).isTrue();
    var drop = new org.sprintgym.evaluation.GraduationCriterion("velocity_drop", 2,
        org.sprintgym.evaluation.GraduationCriterion.Direction.BELOW, 0.30, 20, "");
    assertThat(GraduationTracker.regressed(drop, new double[] {0.05, 0.06, 0.04},
        new double[] {0.20, 0.21, 0.19}, 0.05)).isTrue(); // lower is better: a rise regresses
  }

  @Test
  void difficultyCapRisesFromItsStartToOneOverTheRamp() {
    var d = new CurriculumSpec.DifficultySpec(0.6, 0.5);
    assertThat(d.cap(0, 1000)).isEqualTo(0.6);
    assertThat(d.cap(250, 1000)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.cap(500, 1000)).isEqualTo(1.0);
    assertThat(d.cap(900, 1000)).isEqualTo(1.0);
    assertThat(new CurriculumSpec.DifficultySpec(0.6, 0).cap(0, 1000)).isEqualTo(1.0);
    assertThrows(IllegalArgumentException.class, () -> new CurriculumSpec.DifficultySpec(0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new CurriculumSpec.DifficultySpec(0.5, 2));
  }
}

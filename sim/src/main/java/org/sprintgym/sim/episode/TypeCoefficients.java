package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * The per-type numbers of {@link TypeSpecs} ({@code episode.types}): each type's step limit and
 * time cost, the amount each work action builds, the slack of the fewest work actions
 * ({@link Replay#minimalLength()}) and elicitation's own sharpened-cue noise. Keys are prefixed by
 * the type's key ({@code research.time_cost}); a component is its key in camel case
 * ({@code researchTimeCost}), and {@link TypeTable} says what each means. An env applies the
 * table to its types' specs ({@link #applyTo(TypeSpec)}); the decision rules' thresholds stay in
 * {@link TypeSpecs} (the scripted baselines apply them to what they observe).
 */
public record TypeCoefficients(
    double elicitationStepLimit,
    double elicitationTimeCost,
    double elicitationSharpNoise,
    double decompositionStepLimit,
    double decompositionTimeCost,
    double decompositionCreateTaskSmallAmount,
    double decompositionCreateTaskMediumAmount,
    double decompositionCreateTaskLargeAmount,
    double decompositionMinimalWorkSlack,
    double implementationStepLimit,
    double implementationTimeCost,
    double implementationWriteCodeAmount,
    double implementationMinimalWorkSlack,
    double selfMonitoringStepLimit,
    double selfMonitoringTimeCost,
    double researchStepLimit,
    double researchTimeCost,
    double triageStepLimit,
    double triageTimeCost,
    double recoveryStepLimit,
    double recoveryTimeCost,
    double recoveryFixAmount,
    double recoveryMinimalWorkSlack,
    double scopeChangeStepLimit,
    double scopeChangeTimeCost,
    double borrowingArrivalStepLimit,
    double borrowingArrivalTimeCost,
    double contextSwitchingStepLimit,
    double contextSwitchingTimeCost,
    double crossTeamDependencyStepLimit,
    double crossTeamDependencyTimeCost,
    double knowledgeHandoffStepLimit,
    double knowledgeHandoffTimeCost,
    double onboardingSupportStepLimit,
    double onboardingSupportTimeCost,
    double compensationStepLimit,
    double compensationTimeCost) implements Coefficients {

  /** Names, ranges and sources of every key ({@link TypeTable}). */
  public static final CoefficientTable TABLE = TypeTable.TABLE;

  private static final String STEP_LIMIT = ".step_limit";
  private static final String TIME_COST = ".time_cost";
  private static final String SHARP_NOISE = ".sharp_noise";
  private static final String SLACK = ".minimal_work_slack";

  public TypeCoefficients {
    var values = TABLE.inOrder(
        elicitationStepLimit, elicitationTimeCost, elicitationSharpNoise,
        decompositionStepLimit, decompositionTimeCost, decompositionCreateTaskSmallAmount,
        decompositionCreateTaskMediumAmount, decompositionCreateTaskLargeAmount,
        decompositionMinimalWorkSlack, implementationStepLimit, implementationTimeCost,
        implementationWriteCodeAmount, implementationMinimalWorkSlack,
        selfMonitoringStepLimit, selfMonitoringTimeCost, researchStepLimit,
        researchTimeCost, triageStepLimit, triageTimeCost, recoveryStepLimit,
        recoveryTimeCost, recoveryFixAmount, recoveryMinimalWorkSlack,
        scopeChangeStepLimit, scopeChangeTimeCost, borrowingArrivalStepLimit,
        borrowingArrivalTimeCost, contextSwitchingStepLimit, contextSwitchingTimeCost,
        crossTeamDependencyStepLimit, crossTeamDependencyTimeCost,
        knowledgeHandoffStepLimit, knowledgeHandoffTimeCost, onboardingSupportStepLimit,
        onboardingSupportTimeCost, compensationStepLimit, compensationTimeCost);
    values.forEach(TABLE::check);
    values.forEach((key, v) -> {
      if (key.endsWith(STEP_LIMIT)) {
        TABLE.checkWhole(key, v);
      }
    });
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static TypeCoefficients from(Map<String, Double> values) {
    return TABLE.build(TypeCoefficients.class, values);
  }

  public static TypeCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public TypeCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  /**
   * {@code spec} with this table's numbers for its type: the step limit, the time cost, each work
   * action's amount, the slack of the fewest work actions and, where the table has one for the
   * type, its own sharpened-cue noise.
   */
  public TypeSpec applyTo(TypeSpec spec) {
    Map<String, Double> v = values();
    String p = spec.type().key();
    var work = new ArrayList<TypeSpec.Work>();
    for (TypeSpec.Work w : spec.work()) {
      work.add(new TypeSpec.Work(w.action(), need(v, p + "." + w.action().key() + "_amount")));
    }
    double slack = spec.hasWork() ? need(v, p + SLACK) : spec.workSlack();
    TypeSpec out = spec.withNumbers((int) need(v, p + STEP_LIMIT), need(v, p + TIME_COST),
        List.copyOf(work), slack);
    Double sharp = v.get(p + SHARP_NOISE);
    return sharp == null ? out : out.withSharpNoise(sharp);
  }

  private static double need(Map<String, Double> v, String key) {
    Double x = v.get(key);
    if (x == null) {
      throw new IllegalStateException(TABLE.name() + " has no key " + key);
    }
    return x;
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

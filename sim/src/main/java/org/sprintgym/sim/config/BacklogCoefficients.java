package org.sprintgym.sim.config;

import java.util.Map;

/**
 * How a backlog's stories get the fields they do not state (see {@code backlog.StoryDerivation}:
 * ambiguity from a story's text, technical risk, the hidden criteria's count; and
 * {@code backlog.AatBacklogReader}'s debt of a product that states none), and how synthetic
 * backlogs are drawn ({@code backlog.BacklogGenerator}: story sizes, dependencies, ambiguity,
 * brownfield share, debt, written criteria, risk noise). A story's or product's own values in a
 * file always win. The components follow the table's keys in order.
 */
public record BacklogCoefficients(double ambiguityBase, double expectedCriteriaBase,
    double pointsPerExpectedCriterion, double missingCriteriaWeight, double vagueWordWeight,
    double vagueWordsCap, double specificCriterionWeight, double specificCriteriaCap,
    double noScenariosPenalty, double scenariosBase, double perScenario, double scenariosCap,
    double shortDescriptionWords, double shortDescriptionPenalty, double ambiguityMin,
    double ambiguityMax, double riskBase, double riskPerPoint, double riskPerKeyword,
    double riskMax, double hiddenCriteriaMax, double hiddenPointsPerStep, double fileGreenfieldDebt,
    double fileBrownfieldDebt, double pointWeight1, double pointWeight2, double pointWeight3,
    double pointWeight5, double pointWeight8, double dependencyRate, double meanAmbiguityBase,
    double meanAmbiguitySpread, double brownfieldShare, double brownfieldDebtBase,
    double brownfieldDebtSpread, double greenfieldDebtSpread, double ambiguitySd,
    double storyAmbiguityMin, double storyAmbiguityMax, double criteriaBase,
    double criteriaPerAmbiguity, double criteriaSd, double criteriaMax, double riskDebtWeight,
    double riskSd) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the backlogs were built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.backlog")
      .entry("ambiguity_base", 0.35, 0, 1,
          "ambiguity of a file's story before its text is read; design choice")
      .entry("expected_criteria_base", 1.5, 0, 20,
          "criteria a story is expected to list, fixed part; design choice")
      .entry("points_per_expected_criterion", 2.0, 0.1, 100,
          "story points per further expected criterion; design choice")
      .entry("missing_criteria_weight", 0.30, 0, 1,
          "ambiguity added when every expected criterion is missing (pro rata); design choice")
      .entry("vague_word_weight", 0.07, 0, 1,
          "ambiguity added per vague word (etc, appropriate, robust, ...); design choice")
      .entry("vague_words_cap", 0.25, 0, 1, "most ambiguity vague words add; design choice")
      .entry("specific_criterion_weight", 0.05, 0, 1,
          "ambiguity removed per specific criterion (numbers, paths, quoted values); design"
          + " choice")
      .entry("specific_criteria_cap", 0.20, 0, 1,
          "most ambiguity specific criteria remove; design choice")
      .entry("no_scenarios_penalty", 0.10, 0, 1,
          "ambiguity added when a story has no Given/When/Then scenarios; design choice")
      .entry("scenarios_base", 0.10, 0, 1,
          "ambiguity removed by having scenarios, fixed part; design choice")
      .entry("per_scenario", 0.05, 0, 1, "... plus this per scenario; design choice")
      .entry("scenarios_cap", 0.25, 0, 1, "most ambiguity scenarios remove; design choice")
      .entry("short_description_words", 6, 0, 1000,
          "a description of fewer words than this is short, a whole number; design choice")
      .entry("short_description_penalty", 0.05, 0, 1,
          "ambiguity added for a short description; design choice")
      .entry("ambiguity_min", 0.05, 0, 1,
          "derived ambiguity is clamped to at least this (no story is certainly clear);"
          + " design choice")
      .entry("ambiguity_max", 0.95, 0, 1,
          "... and at most this (no story is hopeless); design choice")
      .entry("risk_base", 0.05, 0, 1, "technical risk of a story, fixed part; design choice")
      .entry("risk_per_point", 0.04, 0, 1, "technical risk added per story point; design choice")
      .entry("risk_per_keyword", 0.12, 0, 1,
          "technical risk added per risky feature named (real time, migration, ...); design"
          + " choice")
      .entry("risk_max", 0.95, 0, 1, "most derived technical risk; design choice")
      .entry("hidden_criteria_max", 5, 1, 6,
          "most hidden criteria per story: the draws of the binomial count, a whole number"
          + " (at most one per elicitation dimension); design choice")
      .entry("hidden_points_per_step", 3.0, 0.1, 100,
          "mean hidden criteria = ambiguity x (1 + points / this); design choice")
      .entry("file_greenfield_debt", 0.1, 0, 1,
          "technical debt of a file's greenfield product that states none; design choice")
      .entry("file_brownfield_debt", 0.4, 0, 1,
          "technical debt of a file's brownfield product that states none (existing code"
          + " bases arrive with some); design choice")
      .entry("point_weight_1", 0.12, 0, 1,
          "generated backlogs: share of 1-point stories (mid sizes dominate real backlogs);"
          + " design choice")
      .entry("point_weight_2", 0.22, 0, 1, "... of 2-point stories; design choice")
      .entry("point_weight_3", 0.30, 0, 1, "... of 3-point stories; design choice")
      .entry("point_weight_5", 0.24, 0, 1, "... of 5-point stories; design choice")
      .entry("point_weight_8", 0.12, 0, 1,
          "... of 8-point stories (the five weights sum to 1); design choice")
      .entry("dependency_rate", 0.15, 0, 1,
          "generated backlogs: chance a story depends on an earlier one (same area"
          + " preferred); design choice")
      .entry("mean_ambiguity_base", 0.2, 0, 1,
          "generated backlogs: mean ambiguity is base + spread x U(0, 1); design choice")
      .entry("mean_ambiguity_spread", 0.5, 0, 1, "... its spread; design choice")
      .entry("brownfield_share", 0.5, 0, 1,
          "generated backlogs: chance the product is brownfield; design choice")
      .entry("brownfield_debt_base", 0.3, 0, 1,
          "generated brownfield debt is base + spread x U(0, 1) (existing code carries more);"
          + " design choice")
      .entry("brownfield_debt_spread", 0.6, 0, 1, "... its spread; design choice")
      .entry("greenfield_debt_spread", 0.3, 0, 1,
          "generated greenfield debt is this x U(0, 1) (a new code base picks some up"
          + " quickly); design choice")
      .entry("ambiguity_sd", 0.15, 0, 1,
          "generated story ambiguity: normal spread around the backlog's mean; design choice")
      .entry("story_ambiguity_min", 0.1, 0, 1,
          "generated story ambiguity is clamped to at least this; design choice")
      .entry("story_ambiguity_max", 0.9, 0, 1, "... and at most this; design choice")
      .entry("criteria_base", 5, 0, 20,
          "generated written criteria: round(base - per_ambiguity x ambiguity"
          + " + sd x N(0, 1)); design choice")
      .entry("criteria_per_ambiguity", 4, 0, 20,
          "... fewer criteria per unit of ambiguity (that is what makes a story vague);"
          + " design choice")
      .entry("criteria_sd", 0.7, 0, 10, "... normal spread; design choice")
      .entry("criteria_max", 5, 1, 20,
          "... at most this many (and at most the feature's templates), a whole number;"
          + " design choice")
      .entry("risk_debt_weight", 0.1, 0, 1,
          "generated technical risk added per unit of product debt; design choice")
      .entry("risk_sd", 0.05, 0, 1, "generated technical risk: normal noise; design choice")
      .build();

  /** The sum point weights must reach (up to rounding). */
  private static final double WEIGHT_TOLERANCE = 1e-9;

  public BacklogCoefficients {
    TABLE.inOrder(ambiguityBase, expectedCriteriaBase, pointsPerExpectedCriterion,
        missingCriteriaWeight, vagueWordWeight, vagueWordsCap, specificCriterionWeight,
        specificCriteriaCap, noScenariosPenalty, scenariosBase, perScenario, scenariosCap,
        shortDescriptionWords, shortDescriptionPenalty, ambiguityMin, ambiguityMax, riskBase,
        riskPerPoint, riskPerKeyword, riskMax, hiddenCriteriaMax, hiddenPointsPerStep,
        fileGreenfieldDebt, fileBrownfieldDebt, pointWeight1, pointWeight2, pointWeight3,
        pointWeight5, pointWeight8, dependencyRate, meanAmbiguityBase, meanAmbiguitySpread,
        brownfieldShare, brownfieldDebtBase, brownfieldDebtSpread, greenfieldDebtSpread,
        ambiguitySd, storyAmbiguityMin, storyAmbiguityMax, criteriaBase, criteriaPerAmbiguity,
        criteriaSd, criteriaMax, riskDebtWeight, riskSd).forEach(TABLE::check);
    TABLE.checkWhole("short_description_words", shortDescriptionWords);
    TABLE.checkWhole("hidden_criteria_max", hiddenCriteriaMax);
    TABLE.checkWhole("criteria_max", criteriaMax);
    TABLE.checkNotAbove("ambiguity_min", ambiguityMin, "ambiguity_max", ambiguityMax);
    TABLE.checkNotAbove("story_ambiguity_min", storyAmbiguityMin, "story_ambiguity_max",
        storyAmbiguityMax);
    if (brownfieldDebtBase + brownfieldDebtSpread > 1) {
      throw new IllegalArgumentException(TABLE.name() + ": brownfield_debt_base +"
          + " brownfield_debt_spread must be <= 1 (debt is a share)");
    }
    double weights = pointWeight1 + pointWeight2 + pointWeight3 + pointWeight5 + pointWeight8;
    if (Math.abs(weights - 1) > WEIGHT_TOLERANCE) {
      throw new IllegalArgumentException(TABLE.name() + ": point_weight_1 ... point_weight_8 must"
          + " sum to 1 (they sum to " + CoefficientTable.plain(Math.round(weights * 1e6) / 1e6)
          + ")");
    }
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static BacklogCoefficients from(Map<String, Double> values) {
    return TABLE.build(BacklogCoefficients.class, values);
  }

  public static BacklogCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public BacklogCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  /** Weights of 1, 2, 3, 5 and 8 points, in that order. */
  public double[] pointWeights() {
    return new double[] {pointWeight1, pointWeight2, pointWeight3, pointWeight5, pointWeight8};
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

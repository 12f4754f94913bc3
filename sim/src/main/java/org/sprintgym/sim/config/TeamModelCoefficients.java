package org.sprintgym.sim.config;

import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.TeamCoefficients;

/**
 * The scripted team's numbers as the table {@code sim.coefficients.team}: skill levels and speed
 * per seniority (members built from a profile, see {@code agents.Member}), the fit weights,
 * refinement question counts and retrospective steps of {@code agents.behaviour.ScriptedTeam}.
 * The values are the agents module's {@link TeamCoefficients} (which cannot see this module);
 * this table names, bounds and documents them.
 *
 * @param team the validated numbers
 */
public record TeamModelCoefficients(TeamCoefficients team) implements Coefficients {
  private static final TeamCoefficients D = TeamCoefficients.DEFAULTS;

  /** Names, ranges and sources; the defaults are the constants the team was built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("sim.coefficients.team")
      .entry("junior_base_skill", D.juniorBaseSkill(), 0, 1,
          "a junior's skill outside their specialisations; design choice")
      .entry("junior_primary_offset", D.juniorPrimaryOffset(), 0, 1,
          "share of the gap to 1 a junior's primary specialisation closes; design choice")
      .entry("junior_speed", D.juniorSpeed(), 0.05, 5,
          "a junior's speed relative to a senior's on a task of average fit; design choice")
      .entry("mid_base_skill", D.midBaseSkill(), 0, 1,
          "a mid's skill outside their specialisations; design choice")
      .entry("mid_primary_offset", D.midPrimaryOffset(), 0, 1,
          "share of the gap to 1 a mid's primary specialisation closes; design choice")
      .entry("mid_speed", D.midSpeed(), 0.05, 5, "a mid's relative speed; design choice")
      .entry("senior_base_skill", D.seniorBaseSkill(), 0, 1,
          "a senior's skill outside their specialisations; design choice")
      .entry("senior_primary_offset", D.seniorPrimaryOffset(), 0, 1,
          "share of the gap to 1 a senior's primary specialisation closes; design choice")
      .entry("senior_speed", D.seniorSpeed(), 0.05, 5,
          "a senior's relative speed (the unit the others are measured in); design choice")
      .entry("skill_cap", D.skillCap(), 0, 1,
          "highest skill a primary specialisation reaches (nobody is flawless); design choice")
      .entry("fit_domain", D.fitDomain(), 0, 10,
          "weight of domain skill when members pick tasks and navigators; design choice")
      .entry("fit_language", D.fitLanguage(), 0, 10,
          "weight of language skill in that fit; design choice")
      .entry("fit_knowledge", D.fitKnowledge(), 0, 10,
          "weight of knowledge of the story's codebase area in that fit; design choice")
      .entry("questions_base", D.questionsBase(), 0, 20,
          "refinement questions per story, fixed part; design choice")
      .entry("points_per_question", D.pointsPerQuestion(), 0.1, 100,
          "story points per extra refinement question; design choice")
      .entry("questions_per_ambiguity", D.questionsPerAmbiguity(), 0, 20,
          "extra refinement questions per unit of perceived ambiguity; design choice")
      .entry("junior_question_share", D.juniorQuestionShare(), 0, 1,
          "share of those questions a junior asks (juniors hesitate to ask); design choice")
      .entry("max_extra_questions", D.maxExtraQuestions(), 0, 10,
          "most extra questions per story after PO rejections, a whole number; design choice")
      .entry("care_rejections", D.careRejections(), 1, 100,
          "QA rejections in a sprint that make the team take more care, a whole number;"
          + " design choice")
      .entry("care_step", D.careStep(), 0, 0.5,
          "change of the defect-care multiplier per retrospective; design choice")
      .entry("care_floor", D.careFloor(), 0.5, 1,
          "lowest defect-care multiplier on defect introduction; design choice")
      .entry("commit_low_ratio", D.commitLowRatio(), 0, 2,
          "accepted / committed points below this: commit less next sprint; design choice")
      .entry("commit_high_ratio", D.commitHighRatio(), 0, 2,
          "accepted / committed points above this: commit more next sprint; design choice")
      .entry("commit_down", D.commitDown(), 0.5, 1,
          "commitment multiplier after under-delivery; design choice")
      .entry("commit_up", D.commitUp(), 1, 1.5,
          "commitment multiplier after over-delivery; design choice")
      .build();

  public TeamModelCoefficients {
    map(Requires.nonNull(team, "team coefficients")).forEach(TABLE::check);
    TABLE.checkWhole("max_extra_questions", team.maxExtraQuestions());
    TABLE.checkWhole("care_rejections", team.careRejections());
    TABLE.checkNotAbove("commit_low_ratio", team.commitLowRatio(), "commit_high_ratio",
        team.commitHighRatio());
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static TeamModelCoefficients from(Map<String, Double> values) {
    var v = TABLE.resolve(values);
    return new TeamModelCoefficients(new TeamCoefficients(v.get("junior_base_skill"),
        v.get("junior_primary_offset"), v.get("junior_speed"), v.get("mid_base_skill"),
        v.get("mid_primary_offset"), v.get("mid_speed"), v.get("senior_base_skill"),
        v.get("senior_primary_offset"), v.get("senior_speed"), v.get("skill_cap"),
        v.get("fit_domain"), v.get("fit_language"), v.get("fit_knowledge"),
        v.get("questions_base"), v.get("points_per_question"), v.get("questions_per_ambiguity"),
        v.get("junior_question_share"), v.get("max_extra_questions"), v.get("care_rejections"),
        v.get("care_step"), v.get("care_floor"), v.get("commit_low_ratio"),
        v.get("commit_high_ratio"), v.get("commit_down"), v.get("commit_up")));
  }

  public static TeamModelCoefficients defaults() {
    return new TeamModelCoefficients(D);
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public TeamModelCoefficients with(String key, double value) {
    return from(TABLE.resolve(values(), Map.of(key, value)));
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }

  @Override
  public Map<String, Double> values() {
    return map(team);
  }

  private static Map<String, Double> map(TeamCoefficients t) {
    return TABLE.inOrder(t.juniorBaseSkill(), t.juniorPrimaryOffset(), t.juniorSpeed(),
        t.midBaseSkill(), t.midPrimaryOffset(), t.midSpeed(), t.seniorBaseSkill(),
        t.seniorPrimaryOffset(), t.seniorSpeed(), t.skillCap(), t.fitDomain(), t.fitLanguage(),
        t.fitKnowledge(), t.questionsBase(), t.pointsPerQuestion(), t.questionsPerAmbiguity(),
        t.juniorQuestionShare(), t.maxExtraQuestions(), t.careRejections(), t.careStep(),
        t.careFloor(), t.commitLowRatio(), t.commitHighRatio(), t.commitDown(), t.commitUp());
  }
}

package org.sprintgym.agents;

/**
 * The numbers behind the scripted team: skill levels and speed per seniority, how a member's
 * fit for a story is weighed, how many refinement questions are asked, and what a
 * retrospective changes. A plain immutable record of values; the simulator names, bounds and
 * validates them as its {@code sim.coefficients.team} table. {@link #DEFAULTS} holds the numbers
 * the team was written with.
 *
 * @param juniorBaseSkill a junior's skill outside their specialisations
 * @param juniorPrimaryOffset share of the gap to 1 a junior's primary specialisation closes
 * @param juniorSpeed a junior's relative speed on a task of average fit
 * @param midBaseSkill as {@code juniorBaseSkill}, for a mid
 * @param midPrimaryOffset as {@code juniorPrimaryOffset}, for a mid
 * @param midSpeed as {@code juniorSpeed}, for a mid
 * @param seniorBaseSkill as {@code juniorBaseSkill}, for a senior
 * @param seniorPrimaryOffset as {@code juniorPrimaryOffset}, for a senior
 * @param seniorSpeed as {@code juniorSpeed}, for a senior
 * @param skillCap highest skill a primary specialisation reaches
 * @param fitDomain weight of domain skill in a member's fit for a story
 * @param fitLanguage weight of language skill in the fit
 * @param fitKnowledge weight of knowledge of the story's codebase area in the fit
 * @param questionsBase refinement questions per story:
 *     {@code questions_base + points / points_per_question + questions_per_ambiguity x ambiguity}
 * @param pointsPerQuestion ... story points per extra question
 * @param questionsPerAmbiguity ... questions per unit of perceived ambiguity
 * @param juniorQuestionShare a junior asks this share of those questions
 * @param maxExtraQuestions most extra questions per story retrospectives add (a whole number)
 * @param careRejections QA rejections in a sprint from which the team takes more care (whole)
 * @param careStep defect care moves by this much per retrospective
 * @param careFloor lowest defect care (the multiplier on defect introduction)
 * @param commitLowRatio accepted / committed points below this: commit less next sprint
 * @param commitHighRatio ... above this: commit more
 * @param commitDown the commitment multiplier after under-delivery
 * @param commitUp the commitment multiplier after over-delivery
 */
public record TeamCoefficients(double juniorBaseSkill, double juniorPrimaryOffset,
    double juniorSpeed, double midBaseSkill, double midPrimaryOffset, double midSpeed,
    double seniorBaseSkill, double seniorPrimaryOffset, double seniorSpeed, double skillCap,
    double fitDomain, double fitLanguage, double fitKnowledge, double questionsBase,
    double pointsPerQuestion, double questionsPerAmbiguity, double juniorQuestionShare,
    double maxExtraQuestions, double careRejections, double careStep, double careFloor,
    double commitLowRatio, double commitHighRatio, double commitDown, double commitUp) {

  /** The numbers the scripted team was written with (design choices; see the sim table). */
  public static final TeamCoefficients DEFAULTS = new TeamCoefficients(
      0.35, 0.70, 0.70, // junior: base skill, primary offset, speed
      0.50, 0.70, 0.85, // mid
      0.65, 0.90, 1.00, // senior
      0.95, // skill cap
      0.4, 0.3, 0.3, // fit: domain, language, knowledge
      1, 3.0, 3, 0.7, // refinement questions: base, points per question, per ambiguity, juniors
      3, 2, 0.05, 0.8, // retrospective: extra questions cap, QA rejections, care step and floor
      0.6, 0.95, 0.9, 1.1); // retrospective: commitment ratios and multipliers

  /** Skill in a domain or language outside a member's specialisations, in [0, 1]. */
  public double baseSkill(Seniority s) {
    return switch (s) {
      case JUNIOR -> juniorBaseSkill;
      case MID -> midBaseSkill;
      case SENIOR -> seniorBaseSkill;
    };
  }

  /** Skill in a member's primary specialisation: the base closed by the offset, capped. */
  public double primarySkill(Seniority s) {
    double base = baseSkill(s);
    double offset = switch (s) {
      case JUNIOR -> juniorPrimaryOffset;
      case MID -> midPrimaryOffset;
      case SENIOR -> seniorPrimaryOffset;
    };
    return Math.min(skillCap, base + offset * (1 - base));
  }

  /** Skill in an auxiliary specialisation: halfway between base and primary. */
  public double auxiliarySkill(Seniority s) {
    return (baseSkill(s) + primarySkill(s)) / 2;
  }

  /** Relative speed on a task of average fit. */
  public double speed(Seniority s) {
    return switch (s) {
      case JUNIOR -> juniorSpeed;
      case MID -> midSpeed;
      case SENIOR -> seniorSpeed;
    };
  }
}

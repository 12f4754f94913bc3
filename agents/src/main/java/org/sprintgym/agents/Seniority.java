package org.sprintgym.agents;

/**
 * Seniority sets a member's base skill outside their specialisation and their working speed.
 * The numbers are the simulator's priors; a member's own skills override them per domain.
 */
public enum Seniority {
  JUNIOR(0.35, 0.70, 0.70),
  MID(0.50, 0.70, 0.85),
  SENIOR(0.65, 0.90, 1.00);

  private final double baseSkill;
  private final double primarySkill;
  private final double speed;

  Seniority(double baseSkill, double primarySkillOffset, double speed) {
    this.baseSkill = baseSkill;
    this.primarySkill = Math.min(0.95, baseSkill + primarySkillOffset * (1 - baseSkill));
    this.speed = speed;
  }

  /** Skill in a domain or language outside the member's specialisations, in [0, 1]. */
  public double baseSkill() {
    return baseSkill;
  }

  /** Skill in the member's primary specialisation, in [0, 1]. */
  public double primarySkill() {
    return primarySkill;
  }

  /** Skill in an auxiliary specialisation: halfway between base and primary. */
  public double auxiliarySkill() {
    return (baseSkill + primarySkill) / 2;
  }

  /** Relative speed on a task of average fit (senior = 1). */
  public double speed() {
    return speed;
  }
}

package org.sprintgym.agents;

import java.util.List;
import java.util.Map;

/**
 * One person on a team.
 *
 * @param id stable identifier (the AAT agent key, e.g. {@code marcus_mid_backend})
 * @param name display name
 * @param role what the member does
 * @param seniority junior, mid or senior
 * @param primarySpecialization the member's main domain, e.g. {@code backend}
 * @param auxiliarySpecializations secondary domains; constrained role swaps may only use these
 * @param skills skill per domain or language in [0, 1] where it differs from the seniority's
 *     levels; absent keys fall back to the seniority's primary, auxiliary or base level
 * @param knowledge knowledge per codebase area in [0, 1]; absent areas are unknown (0)
 * @param availability share of a working day the member can give to the team, in (0, 1]
 */
public record Member(
    String id,
    String name,
    Role role,
    Seniority seniority,
    String primarySpecialization,
    List<String> auxiliarySpecializations,
    Map<String, Double> skills,
    Map<String, Double> knowledge,
    double availability) {

  public Member {
    Requires.nonBlank(id, "member id");
    Requires.nonBlank(name, "member name (" + id + ")");
    Requires.nonNull(role, "role of member " + id);
    Requires.nonNull(seniority, "seniority of member " + id);
    Requires.nonBlank(primarySpecialization, "primary_specialization of member " + id);
    auxiliarySpecializations = List.copyOf(auxiliarySpecializations);
    skills = Map.copyOf(skills);
    knowledge = Map.copyOf(knowledge);
    skills.forEach((k, v) -> Requires.unit(v, "skill '" + k + "' of member " + id));
    knowledge.forEach((k, v) -> Requires.unit(v, "knowledge of area '" + k + "' of member " + id));
    if (!(availability > 0 && availability <= 1)) {
      throw new IllegalArgumentException(
          "availability of member " + id + " must be in (0, 1] but was " + availability);
    }
  }

  /**
   * A member built from a profile: primary and auxiliary specialisations get the seniority's
   * specialised skill levels, everything else the seniority's base level (see {@link #skill}).
   */
  public static Member of(
      String id, String name, Role role, Seniority seniority, String primary, List<String> auxiliary) {
    return new Member(id, name, role, seniority, primary, auxiliary, Map.of(), Map.of(), 1.0);
  }

  /** Skill in a domain or language at the default seniority levels. */
  public double skill(String domainOrLanguage) {
    return skill(domainOrLanguage, TeamCoefficients.DEFAULTS);
  }

  /**
   * Skill in a domain or language: the member's own where known, else the seniority's level in
   * {@code levels} for the primary specialisation, an auxiliary one, or anything else.
   */
  public double skill(String domainOrLanguage, TeamCoefficients levels) {
    Double s = skills.get(domainOrLanguage);
    if (s != null) {
      return s;
    }
    if (primarySpecialization.equals(domainOrLanguage)) {
      return levels.primarySkill(seniority);
    }
    return auxiliarySpecializations.contains(domainOrLanguage)
        ? levels.auxiliarySkill(seniority) : levels.baseSkill(seniority);
  }

  /** Knowledge of a codebase area in [0, 1]. */
  public double knowledgeOf(String area) {
    return knowledge.getOrDefault(area, 0.0);
  }

  /** Whether this member's primary or auxiliary specialisations include {@code domain}. */
  public boolean specialisesIn(String domain) {
    return primarySpecialization.equals(domain) || auxiliarySpecializations.contains(domain);
  }

  public Member withKnowledge(Map<String, Double> newKnowledge) {
    return new Member(id, name, role, seniority, primarySpecialization, auxiliarySpecializations,
        skills, newKnowledge, availability);
  }

  public Member withRole(Role newRole) {
    return new Member(id, name, newRole, seniority, primarySpecialization, auxiliarySpecializations,
        skills, knowledge, availability);
  }
}

package org.sprintgym.sim.world;

import java.util.HashMap;
import java.util.Map;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.TeamCoefficients;

/** A member's changing state in the simulation: knowledge, pairing history, hours. */
final class Worker {
  /** The member as they work now (their role changes while swapped). */
  Member member;
  final Map<String, Double> knowledge;
  /** Session index at which this worker last paired with each other member. */
  final Map<String, Integer> lastPaired = new HashMap<>();
  /** Task driven this session, or null. */
  TaskState task;
  /** Worker navigating this worker (when driving), or null. */
  Worker navigator;
  /** Worker this one navigates (when navigating), or null. */
  Worker navigating;
  double sprintHours;
  double sprintReworkHours;
  /** Role before a profile swap, or null when not swapped. */
  org.sprintgym.agents.Role homeRole;
  /** Last sprint of the current swap. */
  int swappedUntil;
  /** Share of their own skill a member brings to the work (below 1 while swapped). */
  double proficiency = 1;
  /** How many times longer the member's work takes (context switch, conventions, onboarding). */
  double slowdown = 1;
  /** Hours still owed to a disturbance that pulled this member off the board. */
  double pulledHours;
  DisturbanceImpact pulledBy;
  /** Onboarding sprints left (0 once ramped up) and the buddy who helps. */
  int onboardingLeft;
  int joinedSprint;
  Worker buddy;
  /** Extra slowdown of a borrowed member until they learn the receiving team's conventions. */
  double conventions = 1;
  /** Share of the member's time this team gets when they are split across teams (1: all of it). */
  double share = 1;
  /** How many times longer work takes for switching between the teams a member is split across. */
  double switching = 1;
  /** Team the member belongs to when lent out, or null at home. */
  String homeTeam;
  int returnSprint;

  /** Skill levels and speed per seniority in this world ({@code sim.coefficients.team}). */
  final TeamCoefficients levels;

  Worker(Member member, TeamCoefficients levels) {
    this.member = member;
    this.levels = levels;
    this.knowledge = new HashMap<>(member.knowledge());
  }

  /** The member's skill in a domain or language at this world's seniority levels. */
  double skill(String domainOrLanguage) {
    return member.skill(domainOrLanguage, levels);
  }

  /** The member's relative speed on a task of average fit (senior = 1 by default). */
  double speed() {
    return levels.speed(member.seniority());
  }

  String id() {
    return member.id();
  }

  double knowledgeOf(String area) {
    return knowledge.getOrDefault(area, 0.0);
  }

  /** Learning by doing: knowledge moves a share of the way to 1 for every hour in the area. */
  void learn(String area, double hours, double rate) {
    double k = knowledgeOf(area);
    knowledge.put(area, k + (1 - k) * (1 - Math.exp(-rate * hours)));
  }

  /** Multiplier on the member's working speed; {@code onboardingSpeed} while onboarding. */
  double speedFactor(double onboardingSpeed) {
    double ramp = onboardingLeft > 0 ? onboardingSpeed : 1.0;
    return ramp / (slowdown * conventions * switching);
  }

  boolean free() {
    return task == null && navigating == null;
  }

  void clearSession() {
    task = null;
    navigator = null;
    navigating = null;
  }
}

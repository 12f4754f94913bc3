package org.sprintgym.sim.world;

import java.util.HashMap;
import java.util.Map;
import org.sprintgym.agents.Member;

/** A member's changing state in the simulation: knowledge, pairing history, hours. */
final class Worker {
  final Member member;
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

  Worker(Member member) {
    this.member = member;
    this.knowledge = new HashMap<>(member.knowledge());
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

  boolean free() {
    return task == null && navigating == null;
  }

  void clearSession() {
    task = null;
    navigator = null;
    navigating = null;
  }
}

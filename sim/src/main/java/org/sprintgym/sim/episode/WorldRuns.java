package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.DisturbanceSettings;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.SimEvent;
import org.sprintgym.sim.world.Portfolio;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;
import org.sprintgym.sim.world.WorldCut;

/**
 * The simulations stage 2-4 situations are cut from, run once per library world: what the world
 * actually did there (a disturbance that struck, a member borrowed, a departure and its knowledge
 * loss, a new hire) is the situation's hidden truth. Each is a pure function of the world's
 * backlog and seed, so rebuilding one gives the same run (used to run consequences forward).
 */
final class WorldRuns {
  private WorldRuns() {}

  /** Most sprints run looking for a situation before giving up on a world. */
  static final int MAX_SPRINTS = 10;
  /** Most sprints a portfolio runs waiting for the coordinator to borrow a member. */
  static final int BORROW_SPRINTS = 4;

  /**
   * Disturbances that struck in one sprint.
   *
   * @param cut the team just before that sprint
   * @param struck the sprint record's disturbances (type, severity, velocity_impact, target, day, ...)
   */
  record Disturbed(WorldCut cut, List<Map<String, Object>> struck) {}

  /**
   * A member borrowed between two teams of a portfolio.
   *
   * @param receiving the receiving team after the member's first sprint there (the portfolio
   *     lends at a sprint's start, so no cut falls between arrival and work)
   * @param home the home team after the borrowed sprint (the member about to return)
   * @param member the borrowed member's id
   * @param homeAccepted stories the home team got accepted while the member was away
   * @param homeBlocked blocking events on the home board while the member was away (blocked
   *     tasks, QA rejections, disturbances)
   * @param crossTeam stories of the receiving team waiting on a story of the other team, with
   *     whether that story was still undelivered a sprint later
   * @param local stories of the receiving team that wait on no other team
   */
  record Borrowed(WorldCut receiving, WorldCut home, String member, int homeAccepted,
      int homeBlocked, Map<String, Boolean> crossTeam, List<String> local) {}

  /**
   * A departure and its aftermath.
   *
   * @param before the team when the departure is announced (no notice: nothing documented)
   * @param leaver the departing member
   * @param after the team after the sprint at whose start they left
   * @param lost areas whose knowledge left with them
   * @param afterHire the team after the replacement's first sprint
   * @param hire the replacement's id (empty when none joined)
   */
  record Departure(WorldCut before, Member leaver, WorldCut after, List<String> lost,
      WorldCut afterHire, List<String> hire) {}

  static SimConfig disturbedConfig(SimConfig base) {
    return base.toBuilder().disturbances(DisturbanceSettings.aatDefault(true)).build();
  }

  /** Scope-changing disturbances (they start scope_change situations). */
  static boolean rescoping(String kind) {
    return kind.equals("scope_creep") || kind.equals("architectural_debt_surfaces");
  }

  /**
   * One run from sprint {@code start} with AAT's default disturbance probabilities: the first
   * sprint in which any disturbance struck, and the first in which a scope-changing one did
   * (either null when none did within {@link #MAX_SPRINTS} or before the backlog ran out).
   */
  static Disturbed[] disturbed(SimConfig base, Backlog backlog, long seed, int start) {
    var sim = TeamSimulation.builder(disturbedConfig(base), backlog, seed).build();
    if (start > 0) {
      sim.run(start);
    }
    Disturbed any = null;
    Disturbed scope = null;
    for (int i = 0; i < MAX_SPRINTS && !sim.backlogExhausted() && (any == null || scope == null);
        i++) {
      WorldCut cut = sim.cut();
      SprintRecord r = sim.nextSprint().orElseThrow();
      var hits = new ArrayList<Map<String, Object>>();
      for (Map<String, Object> d : r.disturbances()) {
        if (rescoping((String) d.get("type"))) {
          hits.add(d);
        }
      }
      if (any == null && !r.disturbances().isEmpty()) {
        any = new Disturbed(cut, r.disturbances());
      }
      if (scope == null && !hits.isEmpty()) {
        scope = new Disturbed(cut, hits);
      }
    }
    return new Disturbed[] {any, scope};
  }

  /** A departure: the member leaving is a non-lead developer picked by {@code pick}. */
  static Departure departure(SimConfig base, Backlog backlog, long seed, int start, int pick) {
    var sim = TeamSimulation.builder(base, backlog, seed).eventLog(true).build();
    if (start > 0) {
      sim.run(start);
    }
    WorldCut before = sim.cut();
    Member leaver = leaverOf(before, pick);
    sim.announceDeparture(leaver.id(), 0);
    sim.nextSprint();
    WorldCut after = sim.cut();
    var lost = new ArrayList<String>();
    for (SimEvent e : sim.events()) {
      if (e.type().equals("knowledge_lost")) {
        lost.add(e.detail());
      }
    }
    sim.nextSprint();
    WorldCut afterHire = sim.cut();
    var hire = new ArrayList<String>();
    for (SimEvent e : sim.events()) {
      if (e.type().equals("member_joined")) {
        hire.add(e.member());
      }
    }
    return new Departure(before, leaver, after, lost, afterHire, hire);
  }

  static Member leaverOf(WorldCut cut, int pick) {
    var devs = new ArrayList<Member>();
    for (Member m : cut.members()) {
      if (m.role() == Role.DEVELOPER) {
        devs.add(m);
      }
    }
    return devs.get(Math.floorMod(pick, devs.size()));
  }

  /** Two teams sharing the backlog until the coordinator borrows a member. */
  static Borrowed borrowed(SimConfig base, Backlog backlog, long seed) {
    var p = Portfolio.builder(base, backlog, seed).teams(2).eventLog(true).build();
    for (int s = 0; s < BORROW_SPRINTS; s++) {
      List<SprintRecord> records = p.nextSprint();
      for (String team : p.teamIds()) {
        for (SimEvent e : p.events(team)) {
          if (e.type().equals("member_borrowed") && e.sprint() == s + 1) {
            return borrowedAt(p, team, e, records);
          }
        }
      }
    }
    return null;
  }

  private static Borrowed borrowedAt(Portfolio p, String receivingTeam, SimEvent borrowed,
      List<SprintRecord> records) {
    String homeTeam = borrowed.detail();
    WorldCut receiving = p.cut(receivingTeam);
    int homeAccepted = 0;
    for (SprintRecord r : records) {
      if (r.team().equals(homeTeam)) {
        homeAccepted = r.storiesAccepted();
      }
    }
    int blocked = 0;
    for (SimEvent e : p.events(homeTeam)) {
      if (e.sprint() == borrowed.sprint() && (e.type().equals("task_blocked")
          || e.type().equals("qa_rejected") || e.type().equals("disturbance"))) {
        blocked++;
      }
    }
    WorldCut home = p.cut(homeTeam);
    var waiting = new java.util.LinkedHashMap<String, Boolean>();
    var local = new ArrayList<String>();
    var candidates = new ArrayList<String>();
    receiving.carried().forEach(c -> candidates.add(c.story().id()));
    receiving.upcoming().forEach(s -> candidates.add(s.id()));
    for (String id : candidates) {
      boolean other = false;
      for (String dep : p.dependenciesOf(id)) {
        other |= !receivingTeam.equals(p.assignment().get(dep)) && !p.delivered().contains(dep);
      }
      if (other) {
        waiting.put(id, false);
      } else {
        local.add(id);
      }
    }
    p.nextSprint();
    for (var e : waiting.entrySet()) {
      boolean still = false;
      for (String dep : p.dependenciesOf(e.getKey())) {
        still |= !receivingTeam.equals(p.assignment().get(dep)) && !p.delivered().contains(dep);
      }
      e.setValue(still);
    }
    return new Borrowed(receiving, home, borrowed.member(), homeAccepted, blocked, waiting, local);
  }
}

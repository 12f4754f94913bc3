package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.config.TurnoverSettings;

/**
 * Attrition and onboarding (AAT {@code team.turnover}). At each sprint start after
 * {@code starts_after_sprint}, each of {@code max_departures_per_sprint} slots draws a departure
 * with the configured probability (stream {@code attrition} keyed by sprint, a fixed number of
 * draws per slot); protected roles and borrowed members never leave. With a notice period the
 * leaver documents what they know before going. A replacement joins after the backfill delay and
 * ramps up over the onboarding sprints: every other session, at reduced speed, paired with a buddy.
 */
final class Attrition {
  /** Member id -> sprint at whose start they leave. */
  private final Map<String, Integer> leaving = new LinkedHashMap<>();
  /** Replacements still to hire: the leaver's profile and the sprint they join. */
  private final List<Object[]> hires = new ArrayList<>();
  private int hired;
  private int departures;
  private int backfills;

  int departures() {
    return departures;
  }

  int backfills() {
    return backfills;
  }

  void startSprint(World w) {
    departures = 0;
    backfills = 0;
    for (Worker x : w.workers.values()) {
      if (x.onboardingLeft > 0 && x.joinedSprint < w.sprint) {
        x.onboardingLeft--;
        if (x.onboardingLeft == 0) {
          x.buddy = null;
          w.event("onboarding_done", null, null, x, "");
        }
      }
    }
    draw(w);
    for (var e : new ArrayList<>(leaving.entrySet())) {
      if (e.getValue() <= w.sprint) {
        leaving.remove(e.getKey());
        Worker x = w.workers.get(e.getKey());
        if (x != null) {
          leave(w, x);
        }
      }
    }
    for (Object[] h : new ArrayList<>(hires)) {
      if ((int) h[1] <= w.sprint) {
        hires.remove(h);
        hire(w, (Member) h[0]);
      }
    }
  }

  private void draw(World w) {
    TurnoverSettings t = w.config.turnover();
    if (!t.enabled() || w.sprint <= t.startsAfterSprint()) {
      return;
    }
    SplittableRandom rnd = w.streams.stream("attrition", w.sprint);
    for (int slot = 0; slot < t.maxDeparturesPerSprint(); slot++) {
      boolean leaves = rnd.nextDouble() < t.probabilityPerSprint();
      int pick = rnd.nextInt(1 << 20);
      if (!leaves) {
        continue;
      }
      List<Worker> eligible = new ArrayList<>();
      for (Worker x : w.workers.values()) {
        Role home = x.homeRole != null ? x.homeRole : x.member.role();
        if (!t.protectedRoles().contains(home) && x.homeTeam == null && !leaving.containsKey(x.id())) {
          eligible.add(x);
        }
      }
      if (!eligible.isEmpty()) {
        announce(w, eligible.get(pick % eligible.size()).id(), w.sprint + t.noticeSprints(),
            t.noticeSprints() > 0);
      }
    }
  }

  /**
   * {@code memberId} will leave at the start of sprint {@code leaveSprint} (at once when it is
   * the current one); with notice they first document what they know.
   */
  void announce(World w, String memberId, int leaveSprint, boolean document) {
    Worker x = w.workers.get(memberId);
    if (x == null) {
      throw new IllegalArgumentException("no member " + memberId + " on team " + w.teamId);
    }
    leaving.put(memberId, leaveSprint);
    w.event("departure_announced", null, null, x, "leaves in sprint " + leaveSprint);
    if (document) {
      for (String area : w.knowledge.document(x)) {
        w.event("knowledge_documented", null, null, x, area);
      }
    }
  }

  /**
   * {@code x} leaves now and is not replaced (an intervention); with a handoff they document what
   * they know first.
   */
  void remove(World w, Worker x, boolean handoff) {
    leaving.remove(x.id());
    if (handoff) {
      for (String area : w.knowledge.document(x)) {
        w.event("knowledge_documented", null, null, x, area);
      }
    }
    leave(w, x, false);
  }

  /** {@code m} joins now as a new hire (an intervention), ramping up like a backfill. */
  void join(World w, Member m) {
    hire(w, m);
    backfills--; // joined, but replaces nobody
  }

  private void leave(World w, Worker x) {
    leave(w, x, true);
  }

  private void leave(World w, Worker x, boolean backfill) {
    Role home = x.homeRole != null ? x.homeRole : x.member.role();
    w.workers.remove(x.id());
    departures++;
    for (String entry : w.knowledge.depart(x, w.workers.values())) {
      w.event(entry.endsWith(":lost") ? "knowledge_lost" : "knowledge_kept", null, null, x,
          entry.substring(0, entry.lastIndexOf(':')));
    }
    for (StoryCard c : w.board.cards()) {
      for (TaskState t : c.tasks) {
        if (!t.done && x.id().equals(t.owner)) {
          t.owner = "";
        }
      }
    }
    for (Worker y : w.workers.values()) {
      if (y.buddy == x) {
        y.buddy = null;
      }
    }
    w.event("member_left", null, null, x, home.name());
    if (home.drivesTasks()) {
      w.swapping.trigger(w, "team_member_departure", "developer");
    }
    TurnoverSettings t = w.config.turnover();
    if (backfill && t.backfillEnabled()) {
      Member m = x.member;
      hires.add(new Object[] {Member.of("hire-" + w.teamId + "-" + (++hired), "New hire " + hired
          + " (" + m.primarySpecialization() + ")", home, m.seniority(), m.primarySpecialization(),
          m.auxiliarySpecializations()), w.sprint + t.backfillDelaySprints()});
    }
  }

  private void hire(World w, Member m) {
    var x = new Worker(m, w.config.teamCoefficients().team());
    x.onboardingLeft = w.config.turnover().onboardingSprints();
    x.joinedSprint = w.sprint;
    for (Worker y : w.workers.values()) {
      if (y.member.role().drivesTasks() && y.member.seniority() == Seniority.SENIOR
          && y.onboardingLeft == 0) {
        x.buddy = y;
        break;
      }
    }
    w.workers.put(m.id(), x);
    backfills++;
    w.event("member_joined", null, null, x, x.buddy == null ? "no buddy" : "buddy " + x.buddy.id());
  }
}

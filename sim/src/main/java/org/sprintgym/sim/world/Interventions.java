package org.sprintgym.sim.world;

import java.util.List;
import org.sprintgym.agents.Member;
import org.sprintgym.sim.config.DisturbanceSettings;
import org.sprintgym.sim.config.Intervention;
import org.sprintgym.sim.config.SimConfig;

/**
 * Applies what-if {@link Intervention}s at the start of their sprint, to one team or to every
 * team of a portfolio. No intervention draws a random number, so the streams of a run with and a
 * run without one stay aligned (common random numbers); only the world they act on differs.
 */
final class Interventions {
  private Interventions() {}

  /**
   * Split interventions must name at least one simulated team, or the member would simply leave.
   *
   * @throws IllegalArgumentException naming the key and the teams simulated
   */
  static void check(List<Intervention> interventions, List<String> teamIds) {
    for (Intervention i : interventions) {
      if (i instanceof Intervention.Split s
          && s.shares().keySet().stream().noneMatch(teamIds::contains)) {
        throw new IllegalArgumentException("interventions: split_member.shares names none of the"
            + " simulated teams " + s.shares().keySet() + " (allowed: " + String.join(", ", teamIds)
            + ")");
      }
      if (i instanceof Intervention.AddMember a && a.team() != null && !teamIds.contains(a.team())) {
        throw new IllegalArgumentException("interventions: add_member.team: unknown team '"
            + a.team() + "' (allowed: " + String.join(", ", teamIds) + ")");
      }
    }
  }

  /** Applies every intervention of {@code sprint} to {@code worlds} (one per team, in order). */
  static void startSprint(List<Intervention> interventions, List<World> worlds, int sprint) {
    for (World w : worlds) {
      w.interventionsApplied.clear();
    }
    for (Intervention i : interventions) {
      if (i.sprint() != sprint) {
        continue;
      }
      if (i instanceof Intervention.AddMember a) {
        add(a, worlds);
      } else if (i instanceof Intervention.RemoveMember r) {
        remove(r, worlds);
      } else if (i instanceof Intervention.Split s) {
        split(s, worlds);
      } else {
        worlds.forEach(w -> teamWide(i, w));
      }
      for (World w : worlds) {
        w.interventionsApplied.add(i.spec());
        w.event("intervention", null, null, null, i.spec());
      }
    }
  }

  private static void teamWide(Intervention i, World w) {
    SimConfig c = w.config;
    if (i instanceof Intervention.Pairing p) {
      w.config = c.toBuilder().pairing(p.on()).build();
    } else if (i instanceof Intervention.Wip p) {
      w.config = c.toBuilder().wipLimits(p.limits()).build();
      w.board.limits(p.limits());
    } else if (i instanceof Intervention.SprintDays d) {
      w.config = c.toBuilder().sprintDays(d.days()).build();
    } else if (i instanceof Intervention.Capacity p) {
      w.capacityShare = p.share();
    } else if (i instanceof Intervention.DisturbanceChance d) {
      // switching disturbances on for one type leaves the others off
      var settings = c.disturbances().enabled() ? c.disturbances()
          : new DisturbanceSettings(false, java.util.Map.of(), c.disturbances().maxVelocityImpact(),
              c.disturbances().maxQualityRegression());
      w.config = c.toBuilder().disturbances(
          settings.withFrequency(d.type(), d.probability()).withEnabled(true)).build();
    } else if (i instanceof Intervention.Disturbances d) {
      w.config = c.toBuilder().disturbances(c.disturbances().withEnabled(d.on())).build();
    } else {
      throw new IllegalStateException("not a team-wide intervention: " + i);
    }
  }

  /** The member in this team: by id, or by the id a copied roster gives them ({@code team/id}). */
  static Worker find(World w, String memberId) {
    Worker x = w.workers.get(memberId);
    return x != null ? x : w.workers.get(w.teamId + "/" + memberId);
  }

  private static void add(Intervention.AddMember a, List<World> worlds) {
    World target = worlds.get(0);
    for (World w : worlds) {
      if (w.teamId.equals(a.team())) {
        target = w;
      }
    }
    var m = Member.of(a.id(), "New " + a.seniority().name().toLowerCase(java.util.Locale.ROOT) + " "
        + a.role().name().toLowerCase(java.util.Locale.ROOT) + " (" + a.specialization() + ")",
        a.role(), a.seniority(), a.specialization(), List.of());
    target.attrition.join(target, m);
  }

  private static void remove(Intervention.RemoveMember r, List<World> worlds) {
    for (World w : worlds) {
      Worker x = find(w, r.memberId());
      if (x != null) {
        w.attrition.remove(w, x, r.handoff());
      }
    }
  }

  /**
   * The member works the listed share in each listed team: a copy of them (with what they know)
   * joins a team they were not on, and they leave, with a handoff, a team that is not listed.
   * Switching costs the swap penalty's slowdown once per extra team.
   */
  private static void split(Intervention.Split s, List<World> worlds) {
    Worker source = null;
    for (World w : worlds) {
      source = source != null ? source : find(w, s.memberId());
    }
    if (source == null) {
      return; // already gone (attrition or an earlier removal)
    }
    for (World w : worlds) {
      Worker x = find(w, s.memberId());
      Double share = s.shares().get(w.teamId);
      if (share == null) {
        if (x != null) {
          w.attrition.remove(w, x, true);
        }
        continue;
      }
      if (x == null) {
        x = new Worker(source.member, source.levels);
        x.knowledge.putAll(source.knowledge);
        w.workers.put(x.id(), x);
        w.knowledge.addKnown(x);
        w.event("member_joined", null, null, x, "split from " + s.memberId());
      }
      x.share = share;
      x.switching = Math.pow(w.config.swapping().contextSwitchSlowdown(), s.shares().size() - 1);
    }
  }
}

package org.sprintgym.sim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;

/**
 * A change to the team or its process that takes effect at the start of a sprint, for what-if
 * studies ("what if we stop pairing from sprint 3?"). Interventions are configuration: a run with
 * and a run without one, on the same seed, face the same random streams (none of them draws a
 * random number), so their difference is the intervention's effect.
 *
 * <p>Each record prints as its command-line form, e.g. {@code pairing=off@3}.
 */
public sealed interface Intervention {

  /** The 1-based sprint at whose start the change takes effect (1: from the start). */
  int sprint();

  /** The command-line key of this kind, e.g. {@code pairing}. */
  String kind();

  /** The command-line form, e.g. {@code pairing=off@3}. */
  String spec();

  private static int sprintOf(int sprint) {
    if (sprint < 1) {
      throw new IllegalArgumentException("interventions: sprint must be >= 1 but was " + sprint);
    }
    return sprint;
  }

  /** Pair programming on or off; off is solo work: no navigator, no pairing checkpoints. */
  record Pairing(int sprint, boolean on) implements Intervention {
    public Pairing {
      sprintOf(sprint);
    }

    @Override public String kind() { return "pairing"; }
    @Override public String spec() { return "pairing=" + (on ? "on" : "off") + "@" + sprint; }
  }

  /** New story-card WIP limits. */
  record Wip(int sprint, WipLimits limits) implements Intervention {
    public Wip {
      sprintOf(sprint);
      Requires.nonNull(limits, "interventions: wip_limits");
    }

    @Override public String kind() { return "wip"; }
    @Override public String spec() {
      return "wip=" + limits.inProgress() + "/" + limits.review() + "@" + sprint;
    }
  }

  /**
   * A new member joins: a hire who ramps up as {@code team.turnover.onboarding_sprints} says
   * (every other session, reduced speed, paired with a senior buddy).
   *
   * @param id the new member's id, unique in the team
   * @param role what they do (not coordinator)
   * @param seniority junior, mid or senior
   * @param specialization their primary domain, e.g. {@code backend}
   * @param team the team they join; null: the first (or only) team
   */
  record AddMember(int sprint, String id, Role role, Seniority seniority, String specialization,
      String team) implements Intervention {
    public AddMember {
      sprintOf(sprint);
      Requires.nonBlank(id, "interventions: add_member.id");
      Requires.nonNull(role, "interventions: add_member.role");
      Requires.nonNull(seniority, "interventions: add_member.seniority");
      Requires.nonBlank(specialization, "interventions: add_member.specialization");
      if (role == Role.COORDINATOR) {
        throw new IllegalArgumentException(
            "interventions: add_member.role must be a role on a board, not coordinator");
      }
    }

    @Override public String kind() { return "add"; }
    @Override public String spec() {
      return "add=" + name(role) + ":" + name(seniority) + ":" + specialization + ":" + id
          + (team == null ? "" : ":" + team) + "@" + sprint;
    }
  }

  /**
   * A member leaves at the start of the sprint, not replaced. With a handoff they first document
   * what they know (the best remaining developer picks it up); without, knowledge only they held
   * is lost.
   */
  record RemoveMember(int sprint, String memberId, boolean handoff) implements Intervention {
    public RemoveMember {
      sprintOf(sprint);
      Requires.nonBlank(memberId, "interventions: remove_member.id");
    }

    @Override public String kind() { return "remove"; }
    @Override public String spec() {
      return "remove=" + memberId + (handoff ? ":handoff" : "") + "@" + sprint;
    }
  }

  /**
   * A member works for 2 or 3 teams, a share of their time for each. A share on a team that is not
   * simulated is time spent elsewhere. Every team pays the context switch: the member works there
   * {@code profile_swapping.penalties.context_switch_slowdown} times slower per extra team, and
   * attends every team's ceremonies.
   *
   * @param shares team id -> share of the member's time, each in (0, 1], summing to at most 1
   */
  record Split(int sprint, String memberId, Map<String, Double> shares) implements Intervention {
    public Split {
      sprintOf(sprint);
      Requires.nonBlank(memberId, "interventions: split_member.id");
      Requires.nonNull(shares, "interventions: split_member.shares");
      if (shares.size() < 2 || shares.size() > 3) {
        throw new IllegalArgumentException("interventions: split_member.shares must name 2 or 3"
            + " teams but names " + shares.size());
      }
      double sum = 0;
      for (var e : shares.entrySet()) {
        Requires.nonBlank(e.getKey(), "interventions: split_member.shares team id");
        double s = e.getValue();
        if (!(s > 0 && s <= 1)) {
          throw new IllegalArgumentException("interventions: split_member.shares." + e.getKey()
              + " must be in (0, 1] but was " + s);
        }
        sum += s;
      }
      if (sum > 1 + 1e-9) {
        throw new IllegalArgumentException(
            "interventions: split_member.shares must sum to at most 1 but sum to " + sum);
      }
      shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }

    @Override public String kind() { return "split"; }
    @Override public String spec() {
      var sb = new StringBuilder("split=").append(memberId);
      shares.forEach((t, s) -> sb.append(':').append(t).append('=').append(s));
      return sb.append('@').append(sprint).toString();
    }
  }

  /** Working days per sprint from this sprint on, in [1, 20]. */
  record SprintDays(int sprint, int days) implements Intervention {
    public SprintDays {
      sprintOf(sprint);
      Requires.inRange(days, 1, 20, "interventions: sprint_days");
    }

    @Override public String kind() { return "sprint_days"; }
    @Override public String spec() { return "sprint_days=" + days + "@" + sprint; }
  }

  /**
   * The share of their time every member gives the team's board, in (0, 1] (1: as configured);
   * the rest goes elsewhere (support rota, another project).
   */
  record Capacity(int sprint, double share) implements Intervention {
    public Capacity {
      sprintOf(sprint);
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("interventions: capacity must be in (0, 1] but was " + share);
      }
    }

    @Override public String kind() { return "capacity"; }
    @Override public String spec() { return "capacity=" + share + "@" + sprint; }
  }

  /** The chance per sprint of one disturbance type (switches disturbances on). */
  record DisturbanceChance(int sprint, DisturbanceType type, double probability)
      implements Intervention {
    public DisturbanceChance {
      sprintOf(sprint);
      Requires.nonNull(type, "interventions: disturbance type");
      Requires.unit(probability, "interventions: disturbances." + type.key());
    }

    @Override public String kind() { return "disturbance"; }
    @Override public String spec() {
      return "disturbance." + type.key() + "=" + probability + "@" + sprint;
    }
  }

  /** Disturbances on or off altogether. */
  record Disturbances(int sprint, boolean on) implements Intervention {
    public Disturbances {
      sprintOf(sprint);
    }

    @Override public String kind() { return "disturbances"; }
    @Override public String spec() { return "disturbances=" + (on ? "on" : "off") + "@" + sprint; }
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

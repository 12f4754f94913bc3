package org.sprintgym.sim.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;

/**
 * The one-line form of an {@link Intervention}, as given on the command line:
 * {@code KIND=VALUE[@SPRINT]}, the sprint defaulting to 1 (from the start). Parsing errors are
 * {@link IllegalArgumentException}s whose message names the part that is wrong and lists the
 * accepted forms ({@link #FORMS}).
 */
public final class InterventionSpec {
  private InterventionSpec() {}

  /** The accepted forms, for help texts and error messages. */
  public static final String FORMS = "pairing=on|off, wip=IN[/REVIEW], "
      + "add=ROLE:SENIORITY:SPECIALIZATION[:ID[:TEAM]], remove=ID[:handoff], "
      + "split=ID:TEAM=SHARE:TEAM=SHARE[:TEAM=SHARE], sprint_days=N, capacity=SHARE, "
      + "disturbance.TYPE=P, disturbances=on|off; each optionally @SPRINT";

  static final List<String> ROLES =
      List.of("developer", "dev_lead", "tester", "qa_lead", "product_owner");
  static final List<String> SENIORITIES = List.of("junior", "mid", "senior");

  public static Intervention parse(String text) {
    String s = text.strip();
    int sprint = 1;
    int at = s.lastIndexOf('@');
    if (at >= 0) {
      sprint = integer(s.substring(at + 1), "sprint after @");
      s = s.substring(0, at);
    }
    int eq = s.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("'" + text + "' is not KIND=VALUE");
    }
    String kind = s.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String value = s.substring(eq + 1).strip();
    if (kind.startsWith("disturbance.")) {
      return new Intervention.DisturbanceChance(sprint,
          disturbanceType(kind.substring("disturbance.".length())), number(value, kind));
    }
    return switch (kind) {
      case "pairing" -> new Intervention.Pairing(sprint, onOff(value, kind));
      case "disturbances" -> new Intervention.Disturbances(sprint, onOff(value, kind));
      case "wip" -> wip(sprint, value);
      case "add" -> add(sprint, value);
      case "remove" -> remove(sprint, value);
      case "split" -> split(sprint, value);
      case "sprint_days" -> new Intervention.SprintDays(sprint, integer(value, kind));
      case "capacity" -> new Intervention.Capacity(sprint, number(value, kind));
      default -> throw new IllegalArgumentException("unknown intervention '" + kind + "'");
    };
  }

  private static Intervention wip(int sprint, String value) {
    String[] p = value.split("/", -1);
    int review = p.length > 1 ? integer(p[1], "wip review limit") : WipLimits.aatDefault().review();
    if (p.length > 2) {
      throw new IllegalArgumentException("wip: '" + value + "' is not IN[/REVIEW]");
    }
    return new Intervention.Wip(sprint, new WipLimits(integer(p[0], "wip in-progress limit"), review));
  }

  private static Intervention add(int sprint, String value) {
    String[] p = value.split(":", -1);
    if (p.length < 3 || p.length > 5) {
      throw new IllegalArgumentException("add: '" + value
          + "' is not ROLE:SENIORITY:SPECIALIZATION[:ID[:TEAM]]");
    }
    Role role = role(p[0]);
    Seniority seniority = seniority(p[1]);
    String id = p.length > 3 && !p[3].isBlank() ? p[3].strip() : defaultId(role, seniority, sprint);
    return new Intervention.AddMember(sprint, id, role, seniority, p[2].strip(),
        p.length > 4 ? p[4].strip() : null);
  }

  /** The id of an added member when none is given, e.g. {@code new_junior_developer_s6}. */
  public static String defaultId(Role role, Seniority seniority, int sprint) {
    return "new_" + Intervention.name(seniority) + "_" + Intervention.name(role) + "_s" + sprint;
  }

  private static Intervention remove(int sprint, String value) {
    String[] p = value.split(":", -1);
    if (p.length > 2 || (p.length == 2 && !p[1].strip().equals("handoff"))) {
      throw new IllegalArgumentException("remove: '" + value + "' is not ID[:handoff]");
    }
    return new Intervention.RemoveMember(sprint, p[0].strip(), p.length == 2);
  }

  private static Intervention split(int sprint, String value) {
    String[] p = value.split(":", -1);
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 1; i < p.length; i++) {
      int eq = p[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("split: '" + p[i] + "' is not TEAM=SHARE");
      }
      String team = p[i].substring(0, eq).strip();
      if (shares.put(team, number(p[i].substring(eq + 1), "split share of " + team)) != null) {
        throw new IllegalArgumentException("split: team " + team + " is named twice");
      }
    }
    return new Intervention.Split(sprint, p[0].strip(), shares);
  }

  public static Role role(String s) {
    String r = s.strip().toLowerCase(Locale.ROOT);
    if (!ROLES.contains(r)) {
      throw new IllegalArgumentException("unknown role '" + s + "' (allowed: "
          + String.join(", ", ROLES) + ")");
    }
    return Role.valueOf(r.toUpperCase(Locale.ROOT));
  }

  public static Seniority seniority(String s) {
    String r = s.strip().toLowerCase(Locale.ROOT);
    if (!SENIORITIES.contains(r)) {
      throw new IllegalArgumentException("unknown seniority '" + s + "' (allowed: "
          + String.join(", ", SENIORITIES) + ")");
    }
    return Seniority.valueOf(r.toUpperCase(Locale.ROOT));
  }

  static DisturbanceType disturbanceType(String key) {
    for (DisturbanceType t : DisturbanceType.values()) {
      if (t.key().equals(key)) {
        return t;
      }
    }
    var keys = new StringBuilder();
    for (DisturbanceType t : DisturbanceType.values()) {
      keys.append(keys.length() == 0 ? "" : ", ").append(t.key());
    }
    throw new IllegalArgumentException("unknown disturbance type '" + key + "' (allowed: " + keys + ")");
  }

  private static boolean onOff(String v, String what) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "on", "true" -> true;
      case "off", "false" -> false;
      default -> throw new IllegalArgumentException(what + ": '" + v + "' is not on or off");
    };
  }

  private static int integer(String v, String what) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": '" + v + "' is not an integer");
    }
  }

  private static double number(String v, String what) {
    try {
      double d = Double.parseDouble(v.strip());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": '" + v + "' is not a number");
    }
  }
}

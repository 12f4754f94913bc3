package org.sprintgym.sim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.io.YamlNode;

/**
 * Reads SprintGym's {@code interventions:} section of an experiment config (an extension; AAT has
 * no such key): a list of changes, each with an optional {@code sprint} (default 1) and exactly
 * one of the action keys.
 *
 * <pre>
 * interventions:
 *   - {sprint: 3, pairing: off}
 *   - {sprint: 6, add_member: {role: developer, seniority: junior, specialization: backend}}
 *   - {sprint: 4, remove_member: {id: alex_senior_networking, handoff: true}}
 *   - {split_member: {id: priya_senior_devops, shares: {team-a: 0.5, team-b: 0.5}}}
 *   - {wip_limits: {in_progress: 2, review: 2}}
 *   - {sprint_days: 10}
 *   - {capacity: 0.8}
 *   - {disturbances: {enabled: true, frequencies: {production_incident: 0.5}}}
 * </pre>
 */
final class AatInterventionReader {
  private AatInterventionReader() {}

  static final List<String> ACTIONS = List.of("pairing", "wip_limits", "add_member",
      "remove_member", "split_member", "sprint_days", "capacity", "disturbances");
  private static final List<String> ITEM_KEYS;

  static {
    var keys = new ArrayList<String>(ACTIONS);
    keys.add(0, "sprint");
    ITEM_KEYS = List.copyOf(keys);
  }

  /**
   * One intervention read from the file and the node that located it.
   *
   * @param intervention the change
   * @param sprintNode the {@code sprint} key (or the item, when the sprint defaulted)
   * @param memberNode the member id the change names, or null
   */
  record Read(Intervention intervention, YamlNode sprintNode, YamlNode memberNode) {}

  static List<Read> read(YamlNode list) {
    var out = new ArrayList<Read>();
    for (YamlNode item : list.items()) {
      item.requireKeys(ITEM_KEYS);
      YamlNode sprintNode = item.get("sprint").orElse(item);
      int sprint = item.get("sprint").map(n -> n.asInt(1, 10_000)).orElse(1);
      YamlNode action = null;
      for (YamlNode child : item.entries().values()) {
        if (!child.key().equals("sprint")) {
          if (action != null) {
            throw child.error("one action per item but found " + action.key() + " and "
                + child.key(), String.join(", ", ACTIONS));
          }
          action = child;
        }
      }
      if (action == null || action.kind() == YamlNode.Kind.NULL) {
        throw item.error("no action", String.join(", ", ACTIONS));
      }
      readAction(action, sprint, sprintNode, out);
    }
    return out;
  }

  private static void readAction(YamlNode v, int sprint, YamlNode at, List<Read> out) {
    switch (v.key()) {
      case "pairing" -> out.add(new Read(new Intervention.Pairing(sprint, onOff(v)), at, null));
      case "wip_limits" -> {
        v.requireKeys(List.of("in_progress", "review"));
        var limits = new WipLimits(v.require("in_progress").asInt(1, 50),
            v.get("review").map(n -> n.asInt(1, 50)).orElse(WipLimits.aatDefault().review()));
        out.add(new Read(new Intervention.Wip(sprint, limits), at, null));
      }
      case "add_member" -> out.add(addMember(v, sprint, at));
      case "remove_member" -> {
        v.requireKeys(List.of("id", "handoff"));
        YamlNode id = v.require("id");
        out.add(new Read(new Intervention.RemoveMember(sprint, AatConfigReader.nonBlank(id),
            v.get("handoff").map(YamlNode::asBoolean).orElse(false)), at, id));
      }
      case "split_member" -> out.add(splitMember(v, sprint, at));
      case "sprint_days" -> out.add(new Read(new Intervention.SprintDays(sprint, v.asInt(1, 20)), at, null));
      case "capacity" -> {
        double share = v.asDouble(0.0, 1.0);
        if (share <= 0) {
          throw v.error(share + " is out of range", "a share in (0, 1]");
        }
        out.add(new Read(new Intervention.Capacity(sprint, share), at, null));
      }
      case "disturbances" -> disturbances(v, sprint, at, out);
      default -> throw v.error("unknown action '" + v.key() + "'", String.join(", ", ACTIONS));
    }
  }

  private static Read addMember(YamlNode v, int sprint, YamlNode at) {
    v.requireKeys(List.of("id", "role", "seniority", "specialization", "team"));
    Role role = Role.valueOf(v.require("role").asChoice(InterventionSpec.ROLES)
        .toUpperCase(java.util.Locale.ROOT));
    Seniority seniority = Seniority.valueOf(v.require("seniority")
        .asChoice(InterventionSpec.SENIORITIES).toUpperCase(java.util.Locale.ROOT));
    String id = v.get("id").map(AatConfigReader::nonBlank)
        .orElse(InterventionSpec.defaultId(role, seniority, sprint));
    return new Read(new Intervention.AddMember(sprint, id, role, seniority,
        AatConfigReader.nonBlank(v.require("specialization")),
        v.get("team").map(AatConfigReader::nonBlank).orElse(null)), at,
        v.get("id").orElse(v));
  }

  private static Read splitMember(YamlNode v, int sprint, YamlNode at) {
    v.requireKeys(List.of("id", "shares"));
    YamlNode id = v.require("id");
    YamlNode sharesNode = v.require("shares");
    Map<String, Double> shares = new LinkedHashMap<>();
    double sum = 0;
    for (YamlNode s : sharesNode.entries().values()) {
      double share = s.asDouble(0.0, 1.0);
      if (share <= 0) {
        throw s.error(share + " is out of range", "a share in (0, 1]");
      }
      shares.put(s.key(), share);
      sum += share;
    }
    if (shares.size() < 2 || shares.size() > 3) {
      throw sharesNode.error(shares.size() + " teams", "2 or 3 teams");
    }
    if (sum > 1 + 1e-9) {
      throw sharesNode.error("shares sum to " + Math.round(sum * 1000) / 1000.0,
          "shares summing to at most 1");
    }
    return new Read(new Intervention.Split(sprint, AatConfigReader.nonBlank(id), shares), at, id);
  }

  private static void disturbances(YamlNode v, int sprint, YamlNode at, List<Read> out) {
    v.requireKeys(List.of("enabled", "frequencies"));
    var enabled = v.get("enabled");
    if (enabled.isPresent()) {
      out.add(new Read(new Intervention.Disturbances(sprint, enabled.get().asBoolean()), at, null));
    }
    var f = v.get("frequencies");
    if (f.isPresent()) {
      var keys = new ArrayList<String>();
      for (DisturbanceType t : DisturbanceType.values()) {
        keys.add(t.key());
      }
      f.get().requireKeys(keys);
      for (YamlNode p : f.get().entries().values()) {
        out.add(new Read(new Intervention.DisturbanceChance(sprint,
            InterventionSpec.disturbanceType(p.key()), p.asUnit()), at, null));
      }
    }
  }

  /** {@code true}/{@code false}, or the words {@code on}/{@code off}. */
  private static boolean onOff(YamlNode v) {
    if (v.kind() == YamlNode.Kind.STRING) {
      return switch (v.asString()) {
        case "on" -> true;
        case "off" -> false;
        default -> throw v.error("'" + v.asString() + "' is not allowed", "on, off, true, false");
      };
    }
    return v.asBoolean();
  }

  /**
   * Member ids must be on the roster (or added by an earlier intervention) when the change takes
   * effect, and an added id must be new; the error points at the id in the file.
   */
  static void checkMembers(List<Read> reads, List<String> roster) {
    var since = new java.util.HashMap<String, Integer>();
    roster.forEach(id -> since.put(id, 0));
    for (Read r : reads) {
      if (r.intervention() instanceof Intervention.AddMember a
          && since.putIfAbsent(a.id(), a.sprint()) != null) {
        throw r.memberNode().error("'" + a.id() + "' is already a member", "a new member id");
      }
    }
    for (Read r : reads) {
      Intervention i = r.intervention();
      String id = i instanceof Intervention.RemoveMember m ? m.memberId()
          : i instanceof Intervention.Split s ? s.memberId() : null;
      if (id == null) {
        continue;
      }
      Integer from = since.get(id);
      if (from == null) {
        throw r.memberNode().error("unknown member '" + id + "'",
            String.join(", ", new java.util.TreeSet<>(since.keySet())));
      }
      if (from > i.sprint()) {
        throw r.memberNode().error("'" + id + "' only joins in sprint " + from,
            "members on the team by sprint " + i.sprint());
      }
    }
  }
}

package org.sprintgym.sim.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.io.YamlNode;

/**
 * Turns AAT's {@code models.agents} section into team members. What an agent is (seniority,
 * specialisations, role archetype) is modelled; how AAT prompts it (persona, demographics, model,
 * runtime, tools, sampling) is not, and each such key is reported once as
 * {@code models.agents.*.KEY}. Language specialists only set up tooling in AAT's Sprint 0, so they
 * are left out of the core team and reported by name.
 */
final class AatTeamReader {
  private AatTeamReader() {}

  /** Agent keys that become part of a {@link Member}. */
  private static final List<String> MODELLED = List.of("name", "seniority",
      "primary_specialization", "auxiliary_specializations", "role_archetype");

  static final List<String> ARCHETYPES = List.of("leader", "tester+leader", "tester",
      "developer+leader", "developer", "staff_engineer", "enablement_lead");

  static List<Member> members(YamlNode agents, List<String> ignored) {
    var members = new ArrayList<Member>();
    for (YamlNode agent : agents.entries().values()) {
      agent.entries();
      String id = agent.key();
      String primary = AatConfigReader.nonBlank(agent.require("primary_specialization"));
      if (primary.endsWith("_specialist")) {
        ignored.add(agent.path() + " (Sprint-0 language specialist)");
        continue;
      }
      noteUnmodelled(agent, ignored);
      members.add(Member.of(id,
          agent.get("name").map(AatConfigReader::nonBlank).orElse(id),
          role(agent.require("role_archetype"), id),
          Seniority.valueOf(agent.require("seniority")
              .asChoice(List.of("junior", "mid", "senior")).toUpperCase(Locale.ROOT)),
          primary,
          agent.get("auxiliary_specializations").map(YamlNode::asStringList).orElse(List.of())));
    }
    if (members.isEmpty()) {
      throw agents.error("no core team members (only language specialists or none at all)",
          "at least one agent whose primary_specialization is not *_specialist");
    }
    return members;
  }

  private static void noteUnmodelled(YamlNode agent, List<String> ignored) {
    for (String key : agent.entries().keySet()) {
      String wildcard = "models.agents.*." + key;
      if (!MODELLED.contains(key) && !ignored.contains(wildcard)) {
        ignored.add(wildcard);
      }
    }
  }

  /**
   * AAT's role archetypes: "developer+leader" is the dev lead only for the dev-lead agent (AAT
   * also gives it to senior developers who lead pairs); coordinators serve several teams.
   */
  static Role role(YamlNode archetype, String agentId) {
    String a = archetype.asString();
    if (a.startsWith("developer")) {
      return a.equals("developer+leader") && agentId.contains("dev_lead")
          ? Role.DEV_LEAD : Role.DEVELOPER;
    }
    return switch (a) {
      case "leader" -> Role.PRODUCT_OWNER;
      case "tester+leader" -> Role.QA_LEAD;
      case "tester" -> Role.TESTER;
      case "staff_engineer", "enablement_lead" -> Role.COORDINATOR;
      default -> throw archetype.error("unknown role archetype '" + a + "'",
          String.join(", ", ARCHETYPES) + ", developer+...");
    };
  }
}

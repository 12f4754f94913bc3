package org.sprintgym.agents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A team: its members in a fixed order (the order decides ties everywhere in the simulation).
 *
 * @param id team identifier, e.g. {@code team-1} or an AAT team id
 * @param teamType AAT team type: stream_aligned, platform, enabling, complicated_subsystem
 * @param members the members, unique ids
 */
public record Team(String id, String teamType, List<Member> members) {

  public Team {
    Requires.nonBlank(id, "team id");
    Requires.nonBlank(teamType, "team_type of team " + id);
    members = List.copyOf(members);
    var seen = new HashSet<String>();
    for (Member m : members) {
      if (!seen.add(m.id())) {
        throw new IllegalArgumentException("team " + id + " lists member " + m.id() + " twice");
      }
    }
  }

  /**
   * AAT's 11-member core team: product owner, dev lead, QA lead, 2 testers, 2 senior, 2 mid and 2
   * junior developers, with the specialisations of AAT's default experiment config.
   */
  public static Team aatDefault() {
    var m = new ArrayList<Member>();
    m.add(Member.of("alex_senior_networking", "Senior developer (networking)", Role.DEVELOPER,
        Seniority.SENIOR, "networking", List.of("security")));
    m.add(Member.of("priya_senior_devops", "Senior developer (devops)", Role.DEVELOPER,
        Seniority.SENIOR, "devops", List.of("cloud_architecture")));
    m.add(Member.of("marcus_mid_backend", "Mid developer (backend)", Role.DEVELOPER,
        Seniority.MID, "backend", List.of("api_design")));
    m.add(Member.of("elena_mid_frontend", "Mid developer (frontend)", Role.DEVELOPER,
        Seniority.MID, "frontend", List.of("ui_ux")));
    m.add(Member.of("jamie_junior_fullstack", "Junior developer (full stack)", Role.DEVELOPER,
        Seniority.JUNIOR, "backend", List.of("frontend")));
    m.add(Member.of("jordan_junior_backend", "Junior developer (backend)", Role.DEVELOPER,
        Seniority.JUNIOR, "backend", List.of("database")));
    m.add(Member.of("yuki_senior_tester_integration", "Senior tester (integration)", Role.TESTER,
        Seniority.SENIOR, "test_automation", List.of("backend")));
    m.add(Member.of("maria_mid_tester_e2e", "Mid tester (end to end)", Role.TESTER,
        Seniority.MID, "test_automation", List.of("frontend")));
    m.add(Member.of("sophie_senior_qa_lead", "QA lead", Role.QA_LEAD,
        Seniority.SENIOR, "quality_engineering", List.of("test_automation")));
    m.add(Member.of("ahmed_senior_dev_lead", "Dev lead", Role.DEV_LEAD,
        Seniority.SENIOR, "backend", List.of("distributed_systems")));
    m.add(Member.of("alex_senior_po", "Product owner", Role.PRODUCT_OWNER,
        Seniority.SENIOR, "api_design", List.of()));
    return new Team("team-1", "stream_aligned", m);
  }

  public List<Member> withRole(Role role) {
    return members.stream().filter(x -> x.role() == role).toList();
  }

  public Optional<Member> member(String memberId) {
    return members.stream().filter(x -> x.id().equals(memberId)).findFirst();
  }

  public Optional<Member> productOwner() {
    return withRole(Role.PRODUCT_OWNER).stream().findFirst();
  }

  public Optional<Member> qaLead() {
    return withRole(Role.QA_LEAD).stream().findFirst();
  }

  public Team withMembers(List<Member> newMembers) {
    return new Team(id, teamType, newMembers);
  }
}

package org.sprintgym.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamTest {

  @Test
  void theDefaultTeamHasAatsElevenMemberComposition() {
    Team t = Team.aatDefault();
    assertThat(t.members()).hasSize(11);
    assertThat(t.withRole(Role.PRODUCT_OWNER)).hasSize(1);
    assertThat(t.withRole(Role.DEV_LEAD)).hasSize(1);
    assertThat(t.withRole(Role.QA_LEAD)).hasSize(1);
    assertThat(t.withRole(Role.TESTER)).hasSize(2);
    List<Member> devs = t.withRole(Role.DEVELOPER);
    assertThat(devs).hasSize(6);
    for (Seniority s : Seniority.values()) {
      assertThat(devs.stream().filter(m -> m.seniority() == s)).as(s.name()).hasSize(2);
    }
  }

  @Test
  void skillsFollowSpecialisationAndSeniority() {
    Member m = Member.of("m", "M", Role.DEVELOPER, Seniority.MID, "backend", List.of("database"));
    TeamCoefficients levels = TeamCoefficients.DEFAULTS;
    assertThat(m.skill("backend")).isEqualTo(levels.primarySkill(Seniority.MID));
    assertThat(m.skill("database")).isEqualTo(levels.auxiliarySkill(Seniority.MID));
    assertThat(m.skill("frontend")).isEqualTo(levels.baseSkill(Seniority.MID));
    assertThat(levels.primarySkill(Seniority.JUNIOR)).isLessThan(levels.primarySkill(Seniority.SENIOR));
    assertThat(m.skill("backend")).isEqualTo(0.5 + 0.7 * (1 - 0.5));
    assertThat(Member.of("s", "S", Role.DEVELOPER, Seniority.SENIOR, "backend", List.of())
        .skill("backend")).isEqualTo(0.95); // capped
    // other levels: the same member, other numbers
    TeamCoefficients low = new TeamCoefficients(0.35, 0.70, 0.70, 0.2, 0.5, 0.85, 0.65, 0.90,
        1.00, 0.95, 0.4, 0.3, 0.3, 1, 3.0, 3, 0.7, 3, 2, 0.05, 0.8, 0.6, 0.95, 0.9, 1.1);
    assertThat(m.skill("frontend", low)).isEqualTo(0.2);
    assertThat(m.skill("backend", low)).isEqualTo(0.2 + 0.5 * (1 - 0.2));
    assertThat(m.specialisesIn("database")).isTrue();
    assertThat(m.specialisesIn("frontend")).isFalse();
  }

  @Test
  void invalidMembersAreRejectedWithTheirName() {
    var blankId = assertThrows(IllegalArgumentException.class,
        () -> Member.of(" ", "x", Role.TESTER, Seniority.MID, "qa", List.of()));
    assertThat(blankId.getMessage()).contains("member id");
    var skill = assertThrows(IllegalArgumentException.class,
        () -> new Member("ann", "Ann", Role.TESTER, Seniority.MID, "qa", List.of(),
            Map.of("qa", 1.5), Map.of(), 1.0));
    assertThat(skill.getMessage()).contains("ann").contains("qa").contains("[0, 1]");
    var avail = assertThrows(IllegalArgumentException.class,
        () -> new Member("bob", "Bob", Role.TESTER, Seniority.MID, "qa", List.of(), Map.of(),
            Map.of(), 0.0));
    assertThat(avail.getMessage()).contains("availability of member bob");
    var knowledge = assertThrows(IllegalArgumentException.class,
        () -> new Member("cy", "Cy", Role.TESTER, Seniority.MID, "qa", List.of(), Map.of(),
            Map.of("backend/auth", -0.1), 1.0));
    assertThat(knowledge.getMessage()).contains("backend/auth");
  }

  @Test
  void duplicateMembersAreRejected() {
    Member a = Team.aatDefault().members().get(0);
    var e = assertThrows(IllegalArgumentException.class,
        () -> new Team("t", "stream_aligned", List.of(a, a)));
    assertThat(e.getMessage()).contains(a.id()).contains("twice");
  }

  @Test
  void requiresReturnsCheckedValuesAndNamesBadOnes() {
    assertThat(Requires.positive(3, "n")).isEqualTo(3);
    assertThat(Requires.unit(0.5, "p")).isEqualTo(0.5);
    assertThat(assertThrows(IllegalArgumentException.class, () -> Requires.unit(1.5, "p"))
        .getMessage()).isEqualTo("p must be in [0, 1] but was 1.5");
    assertThrows(IllegalArgumentException.class, () -> Requires.unit(Double.NaN, "p"));
    assertThrows(IllegalArgumentException.class, () -> Requires.positive(0, "n"));
    assertThrows(IllegalArgumentException.class, () -> Requires.nonNegative(-1, "n"));
    assertThrows(IllegalArgumentException.class, () -> Requires.inRange(11, 1, 10, "k"));
    assertThrows(IllegalArgumentException.class, () -> Requires.nonEmpty(List.of(), "l"));
    assertThrows(NullPointerException.class, () -> Requires.nonNull(null, "x"));
  }
}

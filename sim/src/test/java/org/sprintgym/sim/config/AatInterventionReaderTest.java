package org.sprintgym.sim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.io.InputError;

/** The {@code interventions:} section of an experiment config and the command-line form. */
class AatInterventionReaderTest {
  @TempDir Path dir;

  private AatConfigReader.LoadedConfig read(String yaml) throws IOException {
    Path f = dir.resolve("variant.yaml");
    Files.writeString(f, yaml);
    return AatConfigReader.read(f, SimConfig.defaults());
  }

  private InputError error(String yaml) {
    return assertThrows(InputError.class, () -> read(yaml));
  }

  @Test
  void readsEveryKindWithItsSprint() throws IOException {
    var lc = read("""
        interventions:
          - {sprint: 3, pairing: off}
          - {wip_limits: {in_progress: 2, review: 1}}
          - sprint: 6
            add_member: {role: developer, seniority: junior, specialization: backend}
          - {sprint: 4, remove_member: {id: alex_senior_networking, handoff: true}}
          - {split_member: {id: priya_senior_devops, shares: {team-1: 0.6, other: 0.4}}}
          - {sprint: 2, sprint_days: 10}
          - {capacity: 0.8}
          - {sprint: 5, disturbances: {enabled: true, frequencies: {production_incident: 0.5}}}
        """);
    assertThat(lc.config().interventions()).extracting(Intervention::spec).containsExactly(
        "pairing=off@3", "wip=2/1@1", "add=developer:junior:backend:new_junior_developer_s6@6",
        "remove=alex_senior_networking:handoff@4", "split=priya_senior_devops:team-1=0.6:other=0.4@1",
        "sprint_days=10@2", "capacity=0.8@1", "disturbances=on@5",
        "disturbance.production_incident=0.5@5");
    assertThat(lc.config().lastInterventionSprint()).isEqualTo(6);
    assertThat(lc.ignoredKeys()).isEmpty();
  }

  @Test
  void theCommandLineFormReadsBackToTheSameIntervention() {
    for (String s : new String[] {"pairing=off@3", "wip=2/1@1", "remove=x:handoff@4",
        "add=tester:senior:test_automation:t1:team-2@2", "split=m:a=0.5:b=0.25@1",
        "sprint_days=10@2", "capacity=0.8@1", "disturbance.merge_conflict=0.3@2",
        "disturbances=off@7"}) {
      assertThat(InterventionSpec.parse(s).spec()).isEqualTo(s);
    }
    assertThat(InterventionSpec.parse("pairing=off")).isEqualTo(new Intervention.Pairing(1, false));
    assertThat(InterventionSpec.parse("add=developer:mid:backend@6")).isEqualTo(
        new Intervention.AddMember(6, "new_mid_developer_s6", Role.DEVELOPER, Seniority.MID,
            "backend", null));
    var e = assertThrows(IllegalArgumentException.class,
        () -> InterventionSpec.parse("add=wizard:mid:backend@6"));
    assertThat(e.getMessage()).contains("unknown role 'wizard'").contains("developer, dev_lead");
    assertThrows(IllegalArgumentException.class, () -> InterventionSpec.parse("pairing=maybe"));
    assertThrows(IllegalArgumentException.class, () -> InterventionSpec.parse("wip=2/x"));
    assertThrows(IllegalArgumentException.class, () -> InterventionSpec.parse("teleport=1"));
    assertThrows(IllegalArgumentException.class, () -> InterventionSpec.parse("split=m:a=0.6:b=0.6"));
  }

  @Test
  void badSettingsNameTheKeyAndWhereItIs() {
    var shares = error("""
        interventions:
          - split_member:
              id: priya_senior_devops
              shares: {team-1: 0.7, other: 0.5}
        """);
    assertThat(shares.getMessage()).contains("variant.yaml:4:")
        .contains("interventions[0].split_member.shares: shares sum to 1.2");
    var role = error("""
        interventions:
          - add_member: {role: wizard, seniority: mid, specialization: backend}
        """);
    assertThat(role.getMessage()).contains("variant.yaml:2:")
        .contains("interventions[0].add_member.role: 'wizard' is not allowed")
        .contains("developer, dev_lead, tester, qa_lead, product_owner");
    var member = error("""
        interventions:
          - {sprint: 2, remove_member: {id: nobody}}
        """);
    assertThat(member.getMessage()).contains("interventions[0].remove_member.id: unknown member 'nobody'");
    var two = error("""
        interventions:
          - {pairing: off, capacity: 0.5}
        """);
    assertThat(two.getMessage()).contains("interventions[0].capacity: one action per item");
    var unknown = error("""
        interventions:
          - {sprint: 2, hire_rockstar: true}
        """);
    assertThat(unknown.getMessage()).contains("unknown key 'hire_rockstar'");
    var zero = error("""
        interventions:
          - {sprint: 0, pairing: off}
        """);
    assertThat(zero.getMessage()).contains("interventions[0].sprint: 0 is out of range");
  }

  @Test
  void aSprintBeyondTheRunIsAnErrorAtItsKey() throws IOException {
    var lc = read("""
        interventions:
          - {sprint: 3, pairing: off}
          - {sprint: 12, capacity: 0.5}
        """);
    lc.requireWithinRun(12, "--sprints");
    var e = assertThrows(InputError.class, () -> lc.requireWithinRun(10, "--sprints"));
    assertThat(e.getMessage()).contains("variant.yaml:3:").contains("interventions[1].sprint:")
        .contains("sprint 12 is beyond the run (--sprints 10)").contains("sprints 1..10");
  }
}

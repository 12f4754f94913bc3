package org.sprintgym.sim.config;

import java.util.List;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Role;

/**
 * Attrition and onboarding (AAT {@code team.turnover}, plus what AAT leaves implicit).
 *
 * @param enabled whether members leave at all
 * @param startsAfterSprint departures are possible from the sprint after this one, in [0, 10000]
 * @param probabilityPerSprint chance per sprint and departure slot that a member leaves, in [0, 1]
 * @param backfillEnabled whether a replacement is hired for each leaver
 * @param backfillDelaySprints sprints between a departure and the replacement's first sprint, in [0, 20]
 * @param maxDeparturesPerSprint departure slots per sprint, in [1, 5]
 * @param noticeSprints sprints between the announcement and the departure, in [0, 4]; during notice
 *     the leaver documents what they know
 * @param protectedRoles roles whose members never leave
 * @param onboardingSprints sprints a new hire ramps up (reduced load and speed, a buddy), in [0, 10]
 */
public record TurnoverSettings(
    boolean enabled,
    int startsAfterSprint,
    double probabilityPerSprint,
    boolean backfillEnabled,
    int backfillDelaySprints,
    int maxDeparturesPerSprint,
    int noticeSprints,
    List<Role> protectedRoles,
    int onboardingSprints) {

  public TurnoverSettings {
    Requires.inRange(startsAfterSprint, 0, 10_000, "team.turnover.starts_after_sprint");
    Requires.unit(probabilityPerSprint, "team.turnover.probability_per_sprint");
    Requires.inRange(backfillDelaySprints, 0, 20, "team.turnover.backfill_delay_sprints");
    Requires.inRange(maxDeparturesPerSprint, 1, 5, "team.turnover.max_departures_per_sprint");
    Requires.inRange(noticeSprints, 0, 4, "team.turnover.notice_sprints");
    protectedRoles = List.copyOf(protectedRoles);
    Requires.inRange(onboardingSprints, 0, 10, "team.turnover.onboarding_sprints");
  }

  /** AAT's defaults (off, after sprint 10, 5%, backfill) plus SprintGym's: PO and leads stay. */
  public static TurnoverSettings aatDefault(boolean enabled) {
    return new TurnoverSettings(enabled, 10, 0.05, true, 1, 1, 0,
        List.of(Role.PRODUCT_OWNER, Role.DEV_LEAD, Role.QA_LEAD, Role.COORDINATOR), 2);
  }

  public TurnoverSettings with(int startsAfter, double probability) {
    return new TurnoverSettings(true, startsAfter, probability, backfillEnabled, backfillDelaySprints,
        maxDeparturesPerSprint, noticeSprints, protectedRoles, onboardingSprints);
  }
}

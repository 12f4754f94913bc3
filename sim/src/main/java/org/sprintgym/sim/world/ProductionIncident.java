package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * A production incident: a hotfix card in the expedite lane and one responder (two when severe),
 * the most senior drivers, pulled off their tasks until the hotfix is out. Their own tasks stay
 * on the board for others to take. A rushed hotfix also skips some tests.
 */
final class ProductionIncident implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.PRODUCTION_INCIDENT;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<Worker> drivers = new ArrayList<>();
    for (Worker x : w.workers.values()) {
      if (x.member.role().drivesTasks() && x.pulledHours <= 0) {
        drivers.add(x);
      }
    }
    if (drivers.isEmpty()) {
      return Optional.empty();
    }
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    drivers.sort(Comparator.comparingDouble((Worker x) -> -x.speed()));
    int n = Math.min(drivers.size(), severity >= c.incidentSecondResponderSeverity() ? 2 : 1);
    List<Worker> responders = drivers.subList(0, n);
    double each = Math.round((c.incidentHoursBase() + c.incidentHoursPerSeverity() * severity) * 2)
        / 2.0;
    var names = new StringBuilder("HOTFIX-").append(w.sprint).append(':');
    for (Worker r : responders) {
      names.append(' ').append(r.id());
    }
    double quality = c.incidentQualityHit() * severity;
    return Optional.of(new Strike(each * n, quality, names.toString(), (impact, scale) -> {
      w.event("hotfix_card", null, null, null, "HOTFIX-" + w.sprint + " severity=" + severity);
      for (Worker r : responders) {
        r.pulledHours = each * scale;
        r.pulledBy = impact;
        w.event("responder_pulled", null, r.task, r, Double.toString(r.pulledHours));
      }
      if (severity >= c.incidentRoleSwapSeverity()) {
        w.swapping.trigger(w, "critical_production_incident", "developer");
      }
    }));
  }
}

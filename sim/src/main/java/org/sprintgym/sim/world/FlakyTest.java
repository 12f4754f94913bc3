package org.sprintgym.sim.world;

import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * A flaky test: the next clean QA runs (one to three, by severity) fail spuriously, each sending
 * its card back with a re-run task for its author; the quarantined test lowers coverage.
 */
final class FlakyTest implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.FLAKY_TEST;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    int failures = 1 + (severity > c.flakySecondFailureSeverity() ? 1 : 0)
        + (severity > c.flakyThirdFailureSeverity() ? 1 : 0);
    double rerun = c.flakyRerunHoursBase() + c.flakyRerunHoursPerSeverity() * severity;
    double quality = c.flakyQualityHit() * severity;
    return Optional.of(new Strike(failures * rerun, quality, "ci", (impact, scale) -> {
      w.disturbances.addFlaky(impact, failures, rerun * scale);
      w.event("tests_flaky", null, null, null, failures + " spurious failures");
    }));
  }
}

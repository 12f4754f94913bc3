package org.sprintgym.sim.world;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * One disturbance type. {@link #plan} looks at the board and the people and works out what the
 * disturbance would do and cost, without changing anything, so the blast-radius controls can
 * scale it down or refuse it before {@link Strike#inject} acts.
 */
interface Disturbance {
  DisturbanceType type();

  /** What this disturbance would do now; empty when it finds nothing to act on. */
  Optional<Strike> plan(World w, double severity, SplittableRandom rnd);

  /**
   * A planned effect.
   *
   * @param hours capacity-hours it would consume at full scale
   * @param quality relative drop of the coverage proxy it would cause at full scale
   * @param target what it hits (story, area, members), for the record
   * @param injection makes it happen at a scale in (0, 1]
   */
  record Strike(double hours, double quality, String target,
      BiConsumer<DisturbanceImpact, Double> injection) {
    void inject(DisturbanceImpact impact, double scale) {
      injection.accept(impact, scale);
    }
  }

  /** The disturbance of each type. */
  static Disturbance of(DisturbanceType type) {
    return switch (type) {
      case DEPENDENCY_BREAKS -> new DependencyBreak();
      case PRODUCTION_INCIDENT -> new ProductionIncident();
      case FLAKY_TEST -> new FlakyTest();
      case SCOPE_CREEP -> new ScopeCreep();
      case JUNIOR_MISUNDERSTANDING -> new JuniorMisunderstanding();
      case ARCHITECTURAL_DEBT_SURFACES -> new ArchitecturalDebt();
      case MERGE_CONFLICT -> new MergeConflict();
    };
  }

  /** Person-hours per task-hour: a pair works every task hour twice. */
  static double people(World w) {
    return w.config.pairing() ? 2.0 : 1.0;
  }
}

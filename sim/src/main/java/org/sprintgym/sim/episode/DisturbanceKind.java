package org.sprintgym.sim.episode;

import java.util.Locale;

/**
 * The disturbance a stage-2 situation starts from (the observation's one-hot, in
 * {@code DisturbanceType} order), with AAT's default per-sprint probability and a typical
 * severity. Situations are cut from disturbances the world actually drew ({@link WorldRuns}).
 */
public enum DisturbanceKind {
  NONE(0, 0),
  DEPENDENCY_BREAK(0.166, 0.55),
  PRODUCTION_INCIDENT(0.125, 0.70),
  FLAKY_TEST(0.25, 0.30),
  SCOPE_CREEP(0.20, 0.45),
  JUNIOR_MISUNDERSTANDING(0.33, 0.35),
  ARCHITECTURAL_DEBT(0.166, 0.55),
  MERGE_CONFLICT(0.30, 0.30);

  private final double probability;
  private final double typicalSeverity;

  DisturbanceKind(double probability, double typicalSeverity) {
    this.probability = probability;
    this.typicalSeverity = typicalSeverity;
  }

  /** AAT's default chance per sprint. */
  public double probability() {
    return probability;
  }

  /** Mean severity in [0, 1]. */
  public double typicalSeverity() {
    return typicalSeverity;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A disturbance drawn with AAT's relative probabilities. */
  static DisturbanceKind draw(java.util.SplittableRandom random) {
    double total = 0;
    for (DisturbanceKind k : values()) {
      total += k.probability;
    }
    double u = random.nextDouble() * total;
    for (DisturbanceKind k : values()) {
      u -= k.probability;
      if (k != NONE && u < 0) {
        return k;
      }
    }
    return MERGE_CONFLICT;
  }
}

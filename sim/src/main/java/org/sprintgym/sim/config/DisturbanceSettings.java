package org.sprintgym.sim.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * Disturbances drawn per sprint (AAT {@code disturbances}) and the blast-radius limits that bound
 * their damage.
 *
 * @param enabled whether disturbances strike at all (AAT {@code disturbances.enabled})
 * @param frequencies chance per sprint of each type, in [0, 1]; missing types never strike
 * @param maxVelocityImpact most share of a sprint's capacity all disturbances together may consume
 *     (AAT {@code blast_radius_controls.max_velocity_impact}, 0.30), in [0, 1]
 * @param maxQualityRegression most relative drop of the sprint's coverage proxy disturbances may
 *     cause (AAT {@code blast_radius_controls.max_quality_regression}, 0.15), in [0, 1]
 */
public record DisturbanceSettings(
    boolean enabled,
    Map<DisturbanceType, Double> frequencies,
    double maxVelocityImpact,
    double maxQualityRegression) {

  public DisturbanceSettings {
    var copy = new EnumMap<DisturbanceType, Double>(DisturbanceType.class);
    copy.putAll(Requires.nonNull(frequencies, "disturbances.frequencies"));
    copy.forEach((t, p) -> Requires.unit(p, "disturbances.frequencies." + t.key()));
    frequencies = Collections.unmodifiableMap(copy);
    Requires.unit(maxVelocityImpact, "disturbances.blast_radius_controls.max_velocity_impact");
    Requires.unit(maxQualityRegression, "disturbances.blast_radius_controls.max_quality_regression");
  }

  /** AAT's default probabilities and limits, switched on or off. */
  public static DisturbanceSettings aatDefault(boolean enabled) {
    var f = new EnumMap<DisturbanceType, Double>(DisturbanceType.class);
    for (DisturbanceType t : DisturbanceType.values()) {
      f.put(t, t.aatProbability());
    }
    return new DisturbanceSettings(enabled, f, 0.30, 0.15);
  }

  /** The chance per sprint of {@code type} (0 when disabled or not configured). */
  public double probability(DisturbanceType type) {
    return enabled ? frequencies.getOrDefault(type, 0.0) : 0.0;
  }

  public DisturbanceSettings withEnabled(boolean on) {
    return new DisturbanceSettings(on, frequencies, maxVelocityImpact, maxQualityRegression);
  }

  public DisturbanceSettings withFrequency(DisturbanceType type, double p) {
    var f = new EnumMap<DisturbanceType, Double>(frequencies.isEmpty()
        ? new EnumMap<>(DisturbanceType.class) : new EnumMap<>(frequencies));
    f.put(type, p);
    return new DisturbanceSettings(enabled, f, maxVelocityImpact, maxQualityRegression);
  }

  /** Only {@code type} strikes, with probability {@code p} (for tests and episodes). */
  public static DisturbanceSettings only(DisturbanceType type, double p) {
    return new DisturbanceSettings(true, Map.of(type, p), 1.0, 1.0);
  }

  public DisturbanceSettings withLimits(double maxVelocity, double maxQuality) {
    return new DisturbanceSettings(enabled, frequencies, maxVelocity, maxQuality);
  }
}

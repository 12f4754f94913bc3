package org.sprintgym.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.DisturbanceType;
import org.sprintgym.sim.config.SimConfig;

/** Disturbance draw rates and blast-radius limits over many simulated sprints. */
class DisturbanceRatesTest {
  static final Path AAT = Path.of("../backlogs/aat");

  static SimConfig aat(String file) {
    return AatConfigReader.read(AAT.resolve(file), SimConfig.defaults()).config();
  }

  /** Drawn = injected (in full or scaled) + not injected. */
  static void countDrawn(SprintRecord r, Map<DisturbanceType, Integer> drawn) {
    for (Map<String, Object> d : r.disturbances()) {
      drawn.merge(DisturbanceType.valueOf(((String) d.get("type")).toUpperCase()), 1, Integer::sum);
    }
    for (Map<String, Object> d : r.suppressed()) {
      if ("not_injected".equals(d.get("action"))) {
        drawn.merge(DisturbanceType.valueOf(((String) d.get("type")).toUpperCase()), 1, Integer::sum);
      }
    }
  }

  @Test
  void eachTypeStrikesAtItsConfiguredRateOver2000Sprints() {
    SimConfig cfg = aat("aat-default-config.yaml");
    var drawn = new EnumMap<DisturbanceType, Integer>(DisturbanceType.class);
    int sprints = 0;
    for (long seed = 1; seed <= 40; seed++) {
      for (SprintRecord r : TeamSimulation.builder(cfg, TestBacklogs.of(250, seed), seed).build().run(50)) {
        countDrawn(r, drawn);
        sprints++;
      }
    }
    assertThat(sprints).isEqualTo(2000);
    for (DisturbanceType t : DisturbanceType.values()) {
      double p = cfg.disturbances().probability(t);
      var bin = new BinomialDistribution(sprints, p);
      int lo = bin.inverseCumulativeProbability(0.005);
      int hi = bin.inverseCumulativeProbability(0.995);
      int n = drawn.getOrDefault(t, 0);
      System.out.printf("%-28s p=%.3f drawn %4d of %d (rate %.4f), 99%% interval [%d, %d]%n",
          t.key(), p, n, sprints, n / (double) sprints, lo, hi);
      assertThat(n).as(t.key()).isBetween(lo, hi);
    }
  }

  @Test
  void chaosConfigNeverExceedsItsBlastRadiusAndKeepsVelocity() {
    SimConfig chaos = aat("aat-04-chaos-config.yaml");
    // attrition off in both arms: this compares disturbances only
    chaos = chaos.toBuilder().turnover(chaos.turnover().with(10_000, 0.0)).build();
    SimConfig calm = chaos.toBuilder().disturbances(chaos.disturbances().withEnabled(false)).build();
    double maxV = chaos.disturbances().maxVelocityImpact();
    double maxQ = chaos.disturbances().maxQualityRegression();
    double withV = 0;
    double withoutV = 0;
    double worst = 0;
    int sprints = 0;
    int scaledOrRefused = 0;
    for (long seed = 1; seed <= 20; seed++) {
      List<SprintRecord> on = TeamSimulation.builder(chaos, TestBacklogs.of(150, seed), seed).build().run(10);
      List<SprintRecord> off = TeamSimulation.builder(calm, TestBacklogs.of(150, seed), seed).build().run(10);
      assertThat(on).hasSameSizeAs(off);
      for (int i = 0; i < on.size(); i++) {
        SprintRecord r = on.get(i);
        double v = r.disturbances().stream().mapToDouble(d -> (Double) d.get("velocity_impact")).sum();
        double q = r.disturbances().stream().mapToDouble(d -> (Double) d.get("quality_regression")).sum();
        assertThat(v).as("sprint %d seed %d velocity impact", r.sprint(), seed).isLessThanOrEqualTo(maxV);
        assertThat(q).as("sprint %d seed %d quality regression", r.sprint(), seed).isLessThanOrEqualTo(maxQ);
        worst = Math.max(worst, v);
        scaledOrRefused += r.suppressed().size();
        withV += r.velocity();
        withoutV += off.get(i).velocity();
        sprints++;
      }
    }
    System.out.printf("chaos: %d paired sprints, worst summed velocity_impact %.4f (max %.2f), "
        + "%d scaled or refused; mean velocity %.3f with vs %.3f without (ratio %.3f, floor %.2f)%n",
        sprints, worst, maxV, scaledOrRefused, withV / sprints, withoutV / sprints, withV / withoutV,
        1 - maxV - 0.05);
    assertThat(sprints).isEqualTo(200);
    assertThat(worst).isPositive();
    assertThat(withV).isGreaterThanOrEqualTo((1 - maxV - 0.05) * withoutV);
  }
}

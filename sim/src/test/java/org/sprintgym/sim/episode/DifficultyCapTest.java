package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifficultyCapTest {
  private static final EpisodeConfig CONFIG = EpisodeConfig.defaults().withWorlds(16);
  private static final SituationLibrary LIBRARY = SituationLibrary.of(CONFIG);

  private static double meanDifficulty(double cap, EpisodeType type) {
    var env = new EpisodeEnv(CONFIG, LIBRARY, List.of(type), cap);
    double sum = 0;
    for (int s = 0; s < 200; s++) {
      var step = env.step(firstAllowed(env.reset(s).actionMask()));
      while (!step.done()) {
        step = env.step(firstAllowed(step.actionMask()));
      }
      var rec = env.lastRecord().orElseThrow();
      sum += EpisodeEnv.difficulty(rec.context(), rec.truth().severity());
    }
    return sum / 200;
  }

  private static int firstAllowed(boolean[] mask) {
    for (int i = mask.length - 1; i >= 0; i--) {
      if (mask[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no action allowed");
  }

  @Test
  void aFullCapLeavesTheSituationsAsTheyWere() {
    var plain = new EpisodeEnv(CONFIG, LIBRARY, List.of(EpisodeType.TRIAGE));
    var capped = new EpisodeEnv(CONFIG, LIBRARY, List.of(EpisodeType.TRIAGE), 1.0);
    for (long s = 0; s < 20; s++) {
      assertThat(capped.reset(s).observation()).isEqualTo(plain.reset(s).observation());
    }
  }

  @Test
  void aLowCapDrawsEasierSituations() {
    for (EpisodeType t : List.of(EpisodeType.ELICITATION, EpisodeType.TRIAGE)) {
      double full = meanDifficulty(1.0, t);
      double easy = meanDifficulty(0.35, t);
      assertThat(easy).as(t.key()).isLessThan(full - 0.03);
    }
  }

  @Test
  void aCapOutsideTheUnitIntervalIsRefused() {
    var types = List.of(EpisodeType.TRIAGE);
    assertThrows(IllegalArgumentException.class, () -> new EpisodeEnv(CONFIG, LIBRARY, types, 0));
    assertThrows(IllegalArgumentException.class, () -> new EpisodeEnv(CONFIG, LIBRARY, types, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> new EpisodeEnv(CONFIG, LIBRARY, types, Double.NaN));
  }
}

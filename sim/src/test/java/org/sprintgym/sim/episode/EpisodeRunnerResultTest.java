package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.baseline.Baselines;

class EpisodeRunnerResultTest {
  private static final EpisodeConfig CONFIG = EpisodeConfig.defaults().withWorlds(8);

  @Test
  void sameSeedsGiveEqualResultsWithTheirActionsAndADifferentSeedDoesNot() {
    var runner = new EpisodeRunner(CONFIG, SituationLibrary.of(CONFIG));
    var policy = Baselines.of("balanced").orElseThrow();
    var types = List.of(EpisodeType.BORROWING_ARRIVAL, EpisodeType.TRIAGE);
    var a = runner.run(types, policy, "balanced", 5, 3, 1, false).results();
    var b = runner.run(types, policy, "balanced", 5, 3, 2, false).results();
    var c = runner.run(types, policy, "balanced", 5, 4, 1, false).results();
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
    for (EpisodeRunner.Result r : a) {
      assertThat(r.actions()).hasSize(r.length());
      int before = r.actionsBefore(java.util.Set.of(EpisodeAction.PROPOSE_CONTRIBUTION,
          EpisodeAction.START_WORK));
      assertThat(before).isBetween(0, r.length());
    }
    // the accessor hands out a copy
    a.get(0).actions()[0] = -1;
    assertThat(a.get(0).actions()[0]).isNotEqualTo(-1);
  }
}

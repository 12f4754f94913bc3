package org.sprintgym.policy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.io.InputError;

class EnvCatalogTest {

  @Test
  void everyEpisodeTypeAndStageCanBeTrainedByName() {
    assertThat(EnvCatalog.NAMES).contains("cartpole", "stage1", "stage4", "sprint",
        "elicitation", "compensation").hasSize(1 + 4 + 1 + EpisodeType.values().length);
    assertThat(EnvCatalog.hasReferences("sprint")).isTrue();
    assertThat(EnvCatalog.hasReferences("cartpole")).isFalse();
    assertThat(EnvCatalog.episodeTypes("stage2")).contains(EpisodeType.ofStage(2));
    assertThat(EnvCatalog.episodeTypes("triage")).contains(java.util.List.of(EpisodeType.TRIAGE));
    assertThat(EnvCatalog.episodeTypes("cartpole")).isEmpty();
    var env = EnvCatalog.factory("stage1").apply(0);
    var reset = env.reset(3);
    assertThat(reset.info().get("stage")).isEqualTo(1);
    assertThat(reset.observation()).hasSize(env.observationSpace().size());
  }

  @Test
  void cartpoleKeepsRlZooSettingsAndEpisodesGetTheirOwn() {
    assertThat(EnvCatalog.defaultConfig("cartpole")).isEqualTo(PpoConfig.rlZooCartPole());
    assertThat(EnvCatalog.defaultConfig("stage3")).isEqualTo(PpoConfig.episodes());
    assertThat(PpoConfig.episodes().gamma()).isEqualTo(0.99);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    var e = assertThrows(InputError.class, () -> EnvCatalog.factory("stage5"));
    assertThat(e.getMessage()).contains("stage5").contains("stage1").contains("elicitation");
  }
}

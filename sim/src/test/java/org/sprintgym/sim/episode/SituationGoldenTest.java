package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Regression guard for the situation recipes: the situations cut for every type from fixed seeds
 * match the golden file line for line, so a recipe that draws from its stream in another order
 * (or picks another story, seat, day or measurement) fails here. Regenerate only for an intended
 * change, with {@code -Dgolden.update=true}, and say why in the commit.
 */
class SituationGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/situations.txt");
  private static final int SEEDS = 6;

  @Test
  void everyTypesSituationsMatchTheGoldenFile() throws IOException {
    var cfg = EpisodeConfig.defaults().withWorlds(24);
    var library = SituationLibrary.of(cfg);
    var sb = new StringBuilder();
    for (EpisodeType type : EpisodeType.values()) {
      for (int s = 0; s < SEEDS; s++) {
        SituationContext c = SituationCutter.cut(type, library, new SplittableRandom(1000 + s));
        sb.append(type.key()).append(' ').append(s).append(": world=").append(c.world())
            .append(" story=").append(c.storyId()).append(" seat=").append(c.traineeId())
            .append(" sprint=").append(c.sprint()).append(" day=").append(c.sprintDay())
            .append(" source=").append(c.source()).append(" disturbance=")
            .append(c.disturbance()).append(" subjects=").append(c.subjects())
            .append(" hidden=").append(c.hiddenCriteria().size())
            .append(" knowledge=").append(c.traineeKnowledge())
            .append(" holder=").append(c.holderKnowledge())
            .append(" measured=").append(new TreeMap<>(c.measured())).append('\n');
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, sb.toString());
    }
    assertThat(sb.toString()).isEqualTo(Files.readString(GOLDEN));
  }
}

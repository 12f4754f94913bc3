package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * Good behaviour pays and is visible: for every type, over 1,000 episodes with the same seeds for
 * every policy, the expert beats random by >= 0.25 judge score and beats random, conservative and
 * aggressive on return, while random stays below its stage's graduation threshold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnabilityTest {
  static final int EPISODES = 1000;
  final Map<String, Map<EpisodeType, double[]>> means = new LinkedHashMap<>();
  final Map<EpisodeType, List<Integer>> successfulExpertLengths = new EnumMap<>(EpisodeType.class);

  @BeforeAll
  void run() {
    EpisodeConfig cfg = EpisodeConfig.defaults();
    var runner = new EpisodeRunner(cfg, SituationLibrary.of(cfg));
    for (String p : List.of("random", "conservative", "aggressive", "expert")) {
      var run = runner.run(List.of(EpisodeType.values()), Baselines.of(p).orElseThrow(), p,
          EPISODES, 20261121L, 1, false);
      var byType = new EnumMap<EpisodeType, double[]>(EpisodeType.class);
      for (var r : run.results()) {
        double[] m = byType.computeIfAbsent(r.type(), t -> new double[2]);
        m[0] += r.judge() / EPISODES;
        m[1] += r.episodeReturn() / EPISODES;
        if (p.equals("expert") && r.outcome() >= 0.7) {
          successfulExpertLengths.computeIfAbsent(r.type(), t -> new java.util.ArrayList<>())
              .add(r.length());
        }
      }
      means.put(p, byType);
    }
  }

  /** Prints the table the test checks (judge / return per type and policy). */
  @org.junit.jupiter.api.AfterAll
  void printTable() {
    var sb = new StringBuilder("type                   | policy: judge / return\n");
    for (EpisodeType t : EpisodeType.values()) {
      sb.append(String.format(java.util.Locale.ROOT, "%-22s", t.key()));
      for (String p : means.keySet()) {
        sb.append(String.format(java.util.Locale.ROOT, " | %s %.3f / %.3f", p, judge(p, t), ret(p, t)));
      }
      sb.append('\n');
    }
    System.out.print(sb);
  }

  private double judge(String p, EpisodeType t) {
    return means.get(p).get(t)[0];
  }

  private double ret(String p, EpisodeType t) {
    return means.get(p).get(t)[1];
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void expertIsClearlyBetterThanRandomAndRandomDoesNotGraduate(EpisodeType t) {
    String row = String.format("%s: judge expert %.3f random %.3f; return expert %.3f random %.3f"
        + " conservative %.3f aggressive %.3f", t.key(), judge("expert", t), judge("random", t),
        ret("expert", t), ret("random", t), ret("conservative", t), ret("aggressive", t));
    assertTrue(judge("expert", t) >= judge("random", t) + 0.25, row);
    assertTrue(ret("expert", t) > ret("random", t), row);
    assertTrue(ret("expert", t) > ret("conservative", t), row);
    assertTrue(ret("expert", t) > ret("aggressive", t), row);
    assertTrue(judge("random", t) < t.graduationThreshold(), row + " threshold "
        + t.graduationThreshold());
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void efficiencyBaselineIsTheMedianLengthOfSuccessfulExpertEpisodes(EpisodeType t) {
    var lengths = new java.util.ArrayList<>(successfulExpertLengths.get(t));
    java.util.Collections.sort(lengths);
    int median = lengths.get(lengths.size() / 2);
    int baseline = EpisodeConfig.defaults().efficiencyBaseline().get(t);
    assertTrue(Math.abs(median - baseline) <= 1 && lengths.size() > EPISODES / 2,
        t.key() + ": median " + median + " over " + lengths.size() + ", baseline " + baseline);
  }
}

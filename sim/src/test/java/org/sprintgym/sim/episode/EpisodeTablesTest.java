package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.episode.judge.RubricJudge;

/**
 * The episode layer's tables ({@code episode.judge}, {@code episode.outcome},
 * {@code episode.cues}, {@code episode.situations}; {@code episode.types} and
 * {@code episode.difficulty} in {@link TypeTablesTest}): each reaches the episodes from
 * {@link EpisodeConfig} and its keys act, at fixed seeds; the defaults are the numbers the
 * episodes were built with.
 */
class EpisodeTablesTest {
  private static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(16);
  private static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);
  private static final int EPISODES = 300;
  private static final long SEED = 7;

  private static double mean(EpisodeConfig cfg, EpisodeType type, String policy,
      ToDoubleFunction<EpisodeRunner.Result> what) {
    EpisodeRunner.Run run = new EpisodeRunner(cfg, LIBRARY).run(List.of(type),
        Baselines.of(policy).orElseThrow(), policy, EPISODES, SEED, 1, false);
    return run.results().stream().mapToDouble(what).average().orElseThrow();
  }

  private static EpisodeConfig with(String table, String key, double value) {
    return CFG.withCoefficients(CFG.coefficients().with(table, Map.of(key, value)));
  }

  @Test
  void theDefaultsAreTheNumbersTheEpisodesWereBuiltWith() {
    JudgeCoefficients j = JudgeCoefficients.defaults();
    assertEquals(List.of(0.25, 1.0, 2.0, 0.3, 0.7, 0.5, 0.25), List.copyOf(j.values().values()));
    OutcomeCoefficients o = OutcomeCoefficients.defaults();
    assertEquals(List.of(1.0, 0.85, 0.6, 0.5, 0.66, 0.8, 0.35, 0.03, 0.1, 0.5, 0.5),
        List.copyOf(o.values().values()));
    CueCoefficients c = CueCoefficients.defaults();
    assertEquals(List.of(0.08, 0.08, 0.32, 0.05, 0.2, 0.95, 0.3, 0.12, 0.48, 0.3, 0.4, 0.2, 0.6),
        List.copyOf(c.values().values()));
    assertEquals(EpisodeCoefficients.defaults(), EpisodeConfig.defaults().coefficients());
    assertEquals(List.of("episode.judge", "episode.outcome", "episode.cues", "episode.situations",
        "episode.types", "episode.difficulty"),
        List.copyOf(EpisodeCoefficients.defaults().values().keySet()));
    // a type without its own sharpened-cue noise takes the table's; elicitation keeps its own
    assertEquals(0.05, TypeSpecs.of(EpisodeType.TRIAGE).sharpNoise(c));
    assertEquals(0.3, TypeSpecs.of(EpisodeType.TRIAGE).sharpNoise(c.with("sharp_noise", 0.3)));
    assertEquals(0.22, TypeSpecs.of(EpisodeType.ELICITATION).sharpNoise(c.with("sharp_noise",
        0.3)));
  }

  /**
   * How far {@code policy}'s mean {@code what} on {@code type} moves when {@code key} of
   * {@code table} goes from {@code from} to {@code to} (printed, as the other behaviour tests do).
   */
  private static double shift(EpisodeType type, String policy, String metric,
      ToDoubleFunction<EpisodeRunner.Result> what, String table, String key, double from,
      double to) {
    double a = mean(with(table, key, from), type, policy, what);
    double b = mean(with(table, key, to), type, policy, what);
    System.out.printf("%s %s on %s, %s.%s %s vs %s: %.4f vs %.4f%n", policy, metric, type.key(),
        table, key, from, to, a, b);
    return b - a;
  }

  @Test
  void aLargerMissedPurposeShareRaisesProbeAllsJudgeScoreOnTriage() {
    assertTrue(shift(EpisodeType.TRIAGE, "probe_all", "judge", EpisodeRunner.Result::judge,
        "judge", "missed_purpose", 0.25, 1.0) > 0.02);
  }

  @Test
  void theEnvsDefaultJudgesAreBuiltFromItsConfig() {
    EpisodeConfig cfg = with("judge", "missed_purpose", 1.0);
    var env = new EpisodeEnv(cfg, LIBRARY, List.of(EpisodeType.TRIAGE));
    var judge = new RubricJudge(EpisodeType.TRIAGE, cfg.judge());
    var fallback = new RubricJudge(EpisodeType.TRIAGE);
    boolean differs = false;
    for (int i = 0; i < 40; i++) {
      EpisodeRunner.runOne(env, EpisodeType.TRIAGE, i, SEED,
          Baselines.of("probe_all").orElseThrow(), "probe_all", false);
      EpisodeRecord rec = env.lastRecord().orElseThrow();
      assertEquals(judge.judge(rec), env.lastVerdict().orElseThrow());
      differs |= judge.judge(rec).score() != fallback.judge(rec).score();
    }
    assertTrue(differs, "a missed-purpose share of 1 should change some verdict");
  }

  @Test
  void aLargerWrongCallChanceLowersTheExpertsOutcomeOnTriage() {
    assertTrue(shift(EpisodeType.TRIAGE, "expert", "outcome", EpisodeRunner.Result::outcome,
        "outcome", "wrong_call_problem", 0.0, 1.0) < -0.01);
  }

  @Test
  void largerCueNoiseLowersTheExpertsReturnOnElicitation() {
    assertTrue(shift(EpisodeType.ELICITATION, "expert", "return",
        EpisodeRunner.Result::episodeReturn, "cues", "cue_noise", 0.08, 0.6) < -0.01);
  }

  @Test
  void cuesThatTellLessAboutTheFactsLowerTheExpertsReturnOnTriage() {
    // the cue of a fact that holds barely above one that does not: the expert's cue rule misreads
    assertTrue(shift(EpisodeType.TRIAGE, "expert", "return",
        EpisodeRunner.Result::episodeReturn, "cues", "cue_per_fact", 0.4, 0.05) < -0.01);
  }

  @Test
  void theWorldsTeamLevelsAndBacklogTableReachTheSituations() {
    EpisodeConfig cfg = EpisodeConfig.defaults().withWorlds(8);
    var plain = SituationLibrary.of(cfg);
    var skilled = SituationLibrary.of(cfg, org.sprintgym.sim.config.SimConfig.defaults()
        .withCoefficients("team", Map.of("senior_base_skill", 0.9, "mid_base_skill", 0.9,
            "junior_base_skill", 0.9)));
    assertEquals(0.9, skilled.world(0).levels().baseSkill(org.sprintgym.agents.Seniority.SENIOR));
    double before = 0;
    double after = 0;
    for (long seed = 1; seed <= 60; seed++) {
      before += context(cfg, plain, seed).traineeSkill();
      after += context(cfg, skilled, seed).traineeSkill();
    }
    assertTrue(after > before + 3, "trainee skill " + before / 60 + " -> " + after / 60);
    var vague = SituationLibrary.of(cfg, org.sprintgym.sim.config.SimConfig.defaults()
        .withCoefficients("backlog", Map.of("mean_ambiguity_base", 0.7)));
    assertTrue(vague.world(0).backlog().stories().stream().mapToDouble(st -> st.ambiguity())
        .average().orElseThrow() > plain.world(0).backlog().stories().stream()
        .mapToDouble(st -> st.ambiguity()).average().orElseThrow());
  }

  /** The situation of a research episode seeded {@code seed}, played out by ending at once. */
  private static SituationContext context(EpisodeConfig cfg, SituationLibrary lib, long seed) {
    var env = new EpisodeEnv(cfg, lib, List.of(EpisodeType.RESEARCH), 1.0);
    var reset = env.reset(seed);
    var end = Baselines.of("end_now").orElseThrow();
    var st = env.step(end.act(reset.observation(), reset.actionMask(),
        new java.util.SplittableRandom(seed)));
    while (!st.done()) {
      st = env.step(end.act(st.observation(), st.actionMask(), new java.util.SplittableRandom(seed)));
    }
    return env.lastRecord().orElseThrow().context();
  }

  @Test
  void theDefaultTablesGiveTheSameEpisodesAsTheDefaultConfig() {
    EpisodeConfig rebuilt = CFG.withCoefficients(new EpisodeCoefficients(
        JudgeCoefficients.from(Map.of()), OutcomeCoefficients.from(Map.of()),
        CueCoefficients.from(Map.of()), SituationCoefficients.from(Map.of()),
        TypeCoefficients.from(Map.of()), DifficultyCoefficients.from(Map.of())));
    for (EpisodeType t : List.of(EpisodeType.TRIAGE, EpisodeType.ELICITATION)) {
      assertEquals(mean(CFG, t, "expert", EpisodeRunner.Result::episodeReturn),
          mean(rebuilt, t, "expert", EpisodeRunner.Result::episodeReturn), 0.0);
    }
  }

  @Test
  void badValuesAreRefusedWithTheTablesMessages() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> JudgeCoefficients.defaults().with("missed_purpose", 1.5));
    assertEquals("episode.judge.missed_purpose: 1.5 is out of range (allowed: [0, 1])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> JudgeCoefficients.defaults().with("stopping_slack", 1.5));
    assertEquals("episode.judge.stopping_slack: 1.5 is not a whole number (allowed: whole numbers"
        + " in [0, 50])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> JudgeCoefficients.defaults().with("stopping_base", 0.5));
    assertEquals("episode.judge: stopping_base + stopping_coverage must be <= 1 (a stopping score"
        + " stays in [0, 1]) but is 1.2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> OutcomeCoefficients.defaults().with("wrong_call", 0.5));
    assertTrue(e.getMessage().startsWith("episode.outcome: unknown key 'wrong_call' (known keys:"
        + " phantom_bite, wrong_call_problem, "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CueCoefficients.defaults().with("sharp_noise", 0));
    assertEquals("episode.cues.sharp_noise: 0 is out of range (allowed: [0.001, 1])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> EpisodeCoefficients.defaults().with("rewards", Map.of()));
    assertEquals("episode: unknown table 'rewards' (known tables: judge, outcome, cues,"
        + " situations, types, difficulty)", e.getMessage());
  }

  @Test
  void theSituationDefaultsAreTheLiteralsTheModelsWereBuiltWith() {
    assertEquals(List.of(
        // elicitation
        0.35, 0.95, 0.35, 0.12, 0.48,
        // decomposition
        0.15, 0.45, 8.0, 0.1, 0.75, 0.1, 0.3, 0.25, 1.5, 0.08, 0.7,
        // implementation
        0.15, 0.4, 0.3, 0.1, 0.45, 0.1, 0.35, 0.35, 0.5, 1.0, 0.75,
        // self_monitoring
        0.2, 0.4, 0.1, 0.5, 0.1, 0.5, 0.2, 0.5, 0.35, 0.6,
        // research
        0.45, 0.35, 0.25, 0.15, 0.55, 0.2, 0.55,
        // triage
        2.0, 0.05, 0.5,
        // recovery
        0.25, 0.3, 0.015, 1.0, 0.6,
        // scope_change
        0.8, 0.3, 0.6, 0.5,
        // borrowing_arrival
        0.4, 0.6, 0.35, 0.15, 0.35, 1.5, 0.5,
        // context_switching
        3.0, 2.0, 0.6,
        // cross_team_dependency
        0.4, 0.4, 0.15, 0.55, 0.6,
        // knowledge_handoff
        1.0, 0.6, 4.0, 0.6,
        // onboarding_support
        0.6, 0.1, 0.5, 0.35, 0.1, 0.55,
        // compensation
        0.2, 0.4, 0.5, 0.15, 0.3, 0.25, 0.45, 0.5),
        List.copyOf(SituationCoefficients.defaults().values().values()));
    // every key names its type, and every type has a key
    var prefixes = new java.util.TreeSet<String>();
    for (String key : SituationCoefficients.TABLE.keys()) {
      String type = key.substring(0, key.indexOf('.'));
      assertTrue(EpisodeType.ofKey(type).isPresent(), key);
      prefixes.add(type);
    }
    assertEquals(EpisodeType.values().length, prefixes.size());
    // the components are the keys in table order, in camel case (values() reads them in order)
    var parts = SituationCoefficients.class.getRecordComponents();
    assertEquals(SituationCoefficients.TABLE.keys().size(), parts.length);
    for (int i = 0; i < parts.length; i++) {
      String camel = java.util.regex.Pattern.compile("[._]([a-z])")
          .matcher(SituationCoefficients.TABLE.keys().get(i))
          .replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
      assertEquals(camel, parts[i].getName());
    }
    SituationCoefficients d = SituationCoefficients.defaults();
    assertEquals(0.15, d.decompositionDependencyBase());
    assertEquals(0.5, d.triageBiteChance());
    assertEquals(0.35, d.elicitationAnticipation());
  }

  @Test
  void badSituationValuesAreRefusedWithTheTablesMessages() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SituationCoefficients.defaults().with("triage.bite", 0.5));
    assertTrue(e.getMessage().startsWith("episode.situations: unknown key 'triage.bite' (known"
        + " keys: elicitation.anticipation, elicitation.recall_base, "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SituationCoefficients.defaults().with("triage.bite_chance", 1.5));
    assertEquals("episode.situations.triage.bite_chance: 1.5 is out of range (allowed: [0, 1])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SituationCoefficients.defaults().with("decomposition.points_scale", 0));
    assertEquals("episode.situations.decomposition.points_scale: 0 is out of range (allowed:"
        + " [1, 100])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> EpisodeCoefficients.defaults().with("situations", Map.of("decomposition", 0.5)));
    assertTrue(e.getMessage().startsWith("episode.situations: unknown key 'decomposition'"),
        e.getMessage());
  }

  /** How many of {@code n} decomposition situations drawn at fixed seeds hide a dependency. */
  private static int dependencies(EpisodeConfig cfg, int n) {
    var env = new EpisodeEnv(cfg, LIBRARY, List.of(EpisodeType.DECOMPOSITION));
    int count = 0;
    for (int i = 0; i < n; i++) {
      env.reset(SEED * 1000 + i);
      count += env.truth().facts()[0] ? 1 : 0;
    }
    return count;
  }

  @Test
  void aLargerDependencyBaseHidesMoreDependenciesInDecomposition() {
    int base = dependencies(CFG, 300);
    int more = dependencies(with("situations", "decomposition.dependency_base", 0.6), 300);
    System.out.printf("decomposition dependencies of 300, dependency_base 0.15 vs 0.6: %d vs %d%n",
        base, more);
    assertTrue(more > base + 60, base + " vs " + more);
  }

  @Test
  void aSmallerBiteChanceRaisesFirstLegalsOutcomeOnTriage() {
    assertTrue(shift(EpisodeType.TRIAGE, "first_legal", "outcome", EpisodeRunner.Result::outcome,
        "situations", "triage.bite_chance", 0.5, 0.0) > 0.01);
  }
}

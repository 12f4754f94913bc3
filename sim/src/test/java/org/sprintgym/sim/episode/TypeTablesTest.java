package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * The {@code episode.types} table (step limits, time costs, work amounts, the fewest work
 * actions' slack, elicitation's sharpened-cue noise) and the {@code episode.difficulty} table
 * (the difficulty's terms and the capped draw's attempts): the defaults are the numbers the specs
 * and the env were built with, bad values fail with the tables' messages, and each key acts on
 * the episodes at fixed seeds.
 */
class TypeTablesTest {
  private static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(16);
  private static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);
  private static final long SEED = 7;

  private static EpisodeConfig with(String table, String key, double value) {
    return CFG.withCoefficients(CFG.coefficients().with(table, Map.of(key, value)));
  }

  private static EpisodeRunner.Run run(EpisodeConfig cfg, EpisodeType type, String policy,
      int episodes) {
    return new EpisodeRunner(cfg, LIBRARY).run(List.of(type),
        Baselines.of(policy).orElseThrow(), policy, episodes, SEED, 1, false);
  }

  private static double mean(EpisodeConfig cfg, EpisodeType type, String policy,
      ToDoubleFunction<EpisodeRunner.Result> what) {
    return run(cfg, type, policy, 300).results().stream().mapToDouble(what).average()
        .orElseThrow();
  }

  /** Step limit and time cost each type was built with, before the table. */
  private static Map<EpisodeType, double[]> builtWith() {
    var m = new EnumMap<EpisodeType, double[]>(EpisodeType.class);
    m.put(EpisodeType.ELICITATION, new double[] {14, 1});
    m.put(EpisodeType.DECOMPOSITION, new double[] {16, 1});
    m.put(EpisodeType.IMPLEMENTATION, new double[] {16, 1});
    m.put(EpisodeType.SELF_MONITORING, new double[] {12, 1});
    m.put(EpisodeType.RESEARCH, new double[] {12, 2.5});
    m.put(EpisodeType.TRIAGE, new double[] {10, 2});
    m.put(EpisodeType.RECOVERY, new double[] {14, 2});
    m.put(EpisodeType.SCOPE_CHANGE, new double[] {8, 2});
    m.put(EpisodeType.BORROWING_ARRIVAL, new double[] {12, 3});
    m.put(EpisodeType.CONTEXT_SWITCHING, new double[] {10, 3});
    m.put(EpisodeType.CROSS_TEAM_DEPENDENCY, new double[] {10, 3});
    m.put(EpisodeType.KNOWLEDGE_HANDOFF, new double[] {14, 0.75});
    m.put(EpisodeType.ONBOARDING_SUPPORT, new double[] {12, 1});
    m.put(EpisodeType.COMPENSATION, new double[] {10, 3});
    return m;
  }

  @Test
  void theTypeDefaultsAreTheLiteralsTheSpecsWereBuiltWith() {
    builtWith().forEach((t, v) -> {
      TypeSpec s = TypeSpecs.of(t);
      assertEquals((int) v[0], s.stepLimit(), t.key());
      assertEquals(v[1], s.timeCost(), t.key());
      assertEquals(t == EpisodeType.ELICITATION, s.ownSharpNoise(), t.key());
      assertEquals(s.hasWork() ? 0.15 : 0.0, s.workSlack(), t.key());
    });
    assertEquals(0.22, TypeSpecs.of(EpisodeType.ELICITATION).sharpNoise());
    assertEquals(List.of(0.25, 0.5, 0.85), amounts(TypeSpecs.of(EpisodeType.DECOMPOSITION)));
    assertEquals(List.of(0.34), amounts(TypeSpecs.of(EpisodeType.IMPLEMENTATION)));
    assertEquals(List.of(0.5), amounts(TypeSpecs.of(EpisodeType.RECOVERY)));
    // every key names a type, and every type has its step limit and time cost
    for (String key : TypeCoefficients.TABLE.keys()) {
      assertTrue(EpisodeType.ofKey(key.substring(0, key.indexOf('.'))).isPresent(), key);
    }
    for (EpisodeType t : EpisodeType.values()) {
      assertTrue(TypeCoefficients.TABLE.keys().contains(t.key() + ".step_limit"), t.key());
      assertTrue(TypeCoefficients.TABLE.keys().contains(t.key() + ".time_cost"), t.key());
      // the default table gives the very spec the types are defined with
      assertSame(TypeSpecs.of(t), TypeSpecs.of(t, TypeCoefficients.defaults()));
      assertEquals(TypeSpecs.of(t), TypeCoefficients.defaults().applyTo(TypeSpecs.of(t)));
    }
  }

  private static List<Double> amounts(TypeSpec s) {
    return s.work().stream().map(TypeSpec.Work::amount).toList();
  }

  @Test
  void theDifficultyDefaultsAreTheFormulaTheEnvWasBuiltWith() {
    assertEquals(List.of(8.0, 1.0, 1.0, 1.0, 8.0),
        List.copyOf(DifficultyCoefficients.defaults().values().values()));
    var env = new EpisodeEnv(CFG, LIBRARY, List.of(EpisodeType.values()));
    for (long s = 0; s < 300; s++) {
      env.reset(s);
      SituationContext c = env.context();
      double sev = env.truth().severity();
      double built = (Math.min(1.0, c.points() / 8.0) + c.ambiguity() + sev) / 3.0;
      assertEquals(built, DifficultyCoefficients.defaults().of(c, sev), 0.0, "seed " + s);
      assertEquals(built, EpisodeEnv.difficulty(c, sev), 0.0, "seed " + s);
    }
  }

  @Test
  void badTypeAndDifficultyValuesAreRefusedWithTheTablesMessages() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("triage.step", 5));
    assertTrue(e.getMessage().startsWith("episode.types: unknown key 'triage.step' (known keys:"
        + " elicitation.step_limit, elicitation.time_cost, elicitation.sharp_noise, "),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("triage.step_limit", 1));
    assertEquals("episode.types.triage.step_limit: 1 is out of range (allowed: [2, 100])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("triage.step_limit", 10.5));
    assertEquals("episode.types.triage.step_limit: 10.5 is not a whole number (allowed: whole"
        + " numbers in [2, 100])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("research.time_cost", 0));
    assertEquals("episode.types.research.time_cost: 0 is out of range (allowed: [0.1, 10])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("implementation.write_code_amount", 2.5));
    assertEquals("episode.types.implementation.write_code_amount: 2.5 is out of range (allowed:"
        + " [0.01, 2])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TypeCoefficients.defaults().with("recovery.minimal_work_slack", 0.95));
    assertEquals("episode.types.recovery.minimal_work_slack: 0.95 is out of range (allowed:"
        + " [0, 0.9])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DifficultyCoefficients.defaults().with("attempts", 0));
    assertEquals("episode.difficulty.attempts: 0 is out of range (allowed: [1, 64])",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DifficultyCoefficients.defaults().with("attempts", 2.5));
    assertEquals("episode.difficulty.attempts: 2.5 is not a whole number (allowed: whole numbers"
        + " in [1, 64])", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DifficultyCoefficients.from(Map.of(
        "points_weight", 0.0, "ambiguity_weight", 0.0, "severity_weight", 0.0)));
    assertEquals("episode.difficulty: points_weight + ambiguity_weight + severity_weight must be"
        + " > 0 (the difficulty is their weighted mean) but is 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> EpisodeCoefficients.defaults().with("types", Map.of("triage", 5.0)));
    assertTrue(e.getMessage().startsWith("episode.types: unknown key 'triage'"), e.getMessage());
  }

  @Test
  void aShorterStepLimitTruncatesProbeAllOnTriage() {
    var env = new EpisodeEnv(with("types", "triage.step_limit", 2), LIBRARY,
        List.of(EpisodeType.TRIAGE));
    assertEquals(2, env.specOf(EpisodeType.TRIAGE).stepLimit());
    long base = run(CFG, EpisodeType.TRIAGE, "probe_all", 200).results().stream()
        .filter(EpisodeRunner.Result::truncated).count();
    long cut = run(with("types", "triage.step_limit", 2), EpisodeType.TRIAGE, "probe_all", 200)
        .results().stream().filter(EpisodeRunner.Result::truncated).count();
    System.out.printf("probe_all truncated on triage of 200, step_limit 10 vs 2: %d vs %d%n",
        base, cut);
    assertTrue(cut > base + 100, base + " vs " + cut);
    assertTrue(SeatPrompt.of(env.specOf(EpisodeType.TRIAGE)).contains("After 2 actions"));
  }

  @Test
  void aTraceWritesTheRecordAsBeforeAndReadsItBackWithTheDefaultSpec() {
    var env = new EpisodeEnv(with("types", "triage.step_limit", 2), LIBRARY,
        List.of(EpisodeType.TRIAGE));
    EpisodeTrace t = EpisodeRunner.runOne(env, EpisodeType.TRIAGE, 0, SEED,
        Baselines.of("probe_all").orElseThrow(), "probe_all", true).trace().orElseThrow();
    assertEquals(2, t.record().spec().stepLimit());
    var codec = new TraceCodec();
    String line = codec.toLine(t);
    assertTrue(!line.contains("\"spec\"") && !line.contains("step_limit"), line);
    EpisodeRecord back = codec.fromLine(line).record();
    assertSame(TypeSpecs.of(EpisodeType.TRIAGE), back.spec());
    assertEquals(t.record().seed(), back.seed());
    assertEquals(List.of(t.record().actions().length), List.of(back.actions().length));
    var e = assertThrows(IllegalArgumentException.class, () -> new EpisodeRecord(
        EpisodeType.RESEARCH, back.seed(), back.context(), back.truth(), back.cues(),
        back.sharpCues(), back.actions(), back.terminated(), back.truncated(), back.spec()));
    assertEquals("a record of a research episode cannot carry the spec of triage", e.getMessage());
  }

  @Test
  void aDearerTimeCostLowersProbeAllsReturnOnResearch() {
    double a = mean(CFG, EpisodeType.RESEARCH, "probe_all", EpisodeRunner.Result::episodeReturn);
    double b = mean(with("types", "research.time_cost", 6), EpisodeType.RESEARCH, "probe_all",
        EpisodeRunner.Result::episodeReturn);
    System.out.printf("probe_all return on research, time_cost 2.5 vs 6: %.4f vs %.4f%n", a, b);
    assertTrue(b < a - 0.01, a + " vs " + b);
  }

  @Test
  void aLargerWorkAmountMakesTheExpertOverbuildInImplementation() {
    // the expert plans its work with the amounts it knows (the defaults): larger steps overshoot
    double a = mean(CFG, EpisodeType.IMPLEMENTATION, "expert", EpisodeRunner.Result::judge);
    double b = mean(with("types", "implementation.write_code_amount", 0.6),
        EpisodeType.IMPLEMENTATION, "expert", EpisodeRunner.Result::judge);
    System.out.printf("expert judge on implementation, write_code_amount 0.34 vs 0.6: %.4f vs"
        + " %.4f%n", a, b);
    assertTrue(b < a - 0.02, a + " vs " + b);
  }

  @Test
  void elicitationsSharpNoiseSetsItsSharpenedCues() {
    var plain = new EpisodeEnv(CFG, LIBRARY, List.of(EpisodeType.ELICITATION));
    var sharp = new EpisodeEnv(with("types", "elicitation.sharp_noise", 0.001), LIBRARY,
        List.of(EpisodeType.ELICITATION));
    double spreadPlain = 0;
    double spreadSharp = 0;
    for (long s = 0; s < 100; s++) {
      spreadPlain += sharpSpread(plain, s);
      spreadSharp += sharpSpread(sharp, s);
    }
    System.out.printf("elicitation sharpened-cue error, sharp_noise 0.22 vs 0.001: %.4f vs %.4f%n",
        spreadPlain / 100, spreadSharp / 100);
    assertTrue(spreadSharp < spreadPlain / 3, spreadPlain + " vs " + spreadSharp);
  }

  /** Mean distance of the sharpened cues from their noiseless means, at seed {@code s}. */
  private static double sharpSpread(EpisodeEnv env, long s) {
    env.reset(s);
    env.step(EpisodeAction.SIGNAL_READY.ordinal());
    EpisodeRecord r = env.lastRecord().orElseThrow();
    CueCoefficients c = CFG.cues();
    double sum = 0;
    float[] sharp = r.sharpCues();
    for (int i = 0; i < sharp.length; i++) {
      double mean = c.sharpBase() + c.sharpPerFact() * (r.truth().facts()[i] ? 1 : 0);
      sum += Math.abs(sharp[i] - mean);
    }
    return sum / sharp.length;
  }

  @Test
  void aLargerWorkSlackLowersTheFewestActionsInDecomposition() {
    int base = minimal(CFG);
    int slack = minimal(with("types", "decomposition.minimal_work_slack", 0.9));
    System.out.printf("decomposition fewest actions over 200 episodes, slack 0.15 vs 0.9: %d vs"
        + " %d%n", base, slack);
    assertTrue(slack < base - 20, base + " vs " + slack);
  }

  private static int minimal(EpisodeConfig cfg) {
    var env = new EpisodeEnv(cfg, LIBRARY, List.of(EpisodeType.DECOMPOSITION));
    int sum = 0;
    for (long s = 0; s < 200; s++) {
      env.reset(s);
      env.step(EpisodeAction.SIGNAL_PLAN_COMPLETE.ordinal());
      EpisodeRecord r = env.lastRecord().orElseThrow();
      assertEquals(cfg.types().decompositionMinimalWorkSlack(), r.spec().workSlack());
      sum += Replay.of(r).minimalLength();
    }
    return sum;
  }

  @Test
  void fewerAttemptsDrawHarderSituationsUnderALowCap() {
    double eight = capped(CFG);
    double one = capped(with("difficulty", "attempts", 1));
    System.out.printf("triage difficulty under cap 0.35, attempts 8 vs 1: %.4f vs %.4f%n", eight,
        one);
    assertTrue(one > eight + 0.03, eight + " vs " + one);
    // a weight moves the difficulty the cap compares with
    var c = EpisodeEnv.of(EpisodeType.TRIAGE);
    c.reset(SEED);
    double d = DifficultyCoefficients.defaults().of(c.context(), 0.9);
    assertNotEquals(d, DifficultyCoefficients.defaults().with("severity_weight", 3)
        .of(c.context(), 0.9));
  }

  private static double capped(EpisodeConfig cfg) {
    var env = new EpisodeEnv(cfg, LIBRARY, List.of(EpisodeType.TRIAGE), 0.35);
    double sum = 0;
    for (long s = 0; s < 200; s++) {
      env.reset(s);
      sum += cfg.difficulty().of(env.context(), env.truth().severity());
    }
    return sum / 200;
  }
}

package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.episode.judge.JudgeCalibration;
import org.sprintgym.sim.episode.judge.RubricJudge;

class RewardAndTraceTest {
  static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(32);
  static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);
  static final List<EpisodeType> ALL = List.of(EpisodeType.values());

  private static List<EpisodeTrace> traces(EpisodeConfig cfg, String policy, int perType) {
    var run = new EpisodeRunner(cfg, LIBRARY).run(ALL, Baselines.of(policy).orElseThrow(), policy,
        perType, 11, 1, true);
    var out = new ArrayList<EpisodeTrace>();
    run.results().forEach(r -> out.add(r.trace().orElseThrow()));
    return out;
  }

  @Test
  void componentsSumToTheRewardWithTheStagesWeights() {
    double[] ow = {0.3, 0.4, 0.5, 0.6};
    double[] bw = {0.7, 0.6, 0.5, 0.4};
    for (String policy : List.of("random", "expert", "aggressive")) {
      for (EpisodeTrace t : traces(CFG, policy, 20)) {
        RewardBreakdown r = t.reward();
        int s = t.type().stage();
        assertEquals(ow[s - 1], r.outcomeWeight(), 0);
        assertEquals(bw[s - 1], r.behaviourWeight(), 0);
        assertEquals(r.outcomeWeight() * r.outcome() + r.behaviourWeight() * r.judge()
            + r.efficiency() + r.phaseBonus(), r.total(), 1e-12);
        assertEquals(r.total(), t.totalReward(), 1e-12, "paid once, on the last step");
        assertEquals(t.judge().score(), r.judge(), 0);
        double outcome = 0;
        for (var e : t.outcome().entrySet()) {
          outcome += CFG.rewards().outcomeComponents().get(e.getKey()) * e.getValue();
        }
        assertEquals(Math.max(0, Math.min(1, outcome)), r.outcome(), 1e-12);
        assertTrue(r.efficiency() <= 0 && r.efficiency() >= -CFG.rewards().efficiencyCap());
      }
    }
  }

  @Test
  void configuredWeightsAreTheOnesUsed() {
    var c = new LinkedHashMap<String, Double>();
    for (String k : RewardWeights.COMPONENTS) {
      c.put(k, k.equals("coverage") ? 0.5 : 0.1);
    }
    var w = new RewardWeights(new double[] {1, 1, 1, 1}, new double[] {0, 0, 0, 0}, c, 0, 0, 0);
    for (EpisodeTrace t : traces(CFG.withRewards(w), "expert", 5)) {
      assertEquals(t.reward().outcome(), t.reward().total(), 1e-12);
      double expected = 0;
      for (var e : t.outcome().entrySet()) {
        expected += c.get(e.getKey()) * e.getValue();
      }
      assertEquals(Math.min(1, expected), t.reward().total(), 1e-12);
    }
  }

  @Test
  void badWeightsAreRefusedNamingTheProblem() {
    var good = RewardWeights.defaults();
    var e = assertThrows(IllegalArgumentException.class, () -> new RewardWeights(
        new double[] {0.3, 0.4, 0.5}, good.behaviourByStage(), good.outcomeComponents(), 0, 0, 0));
    assertTrue(e.getMessage().contains("4 values"), e.getMessage());
    var skewed = new LinkedHashMap<>(good.outcomeComponents());
    skewed.put("coverage", 0.5);
    e = assertThrows(IllegalArgumentException.class, () -> new RewardWeights(
        good.outcomeByStage(), good.behaviourByStage(), skewed, 0, 0, 0));
    assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
    var missing = new LinkedHashMap<>(good.outcomeComponents());
    missing.remove("coverage");
    assertThrows(IllegalArgumentException.class, () -> new RewardWeights(good.outcomeByStage(),
        good.behaviourByStage(), missing, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RewardWeights(good.outcomeByStage(),
        good.behaviourByStage(), good.outcomeComponents(), -0.1, 0, 0));
    var base = new java.util.EnumMap<EpisodeType, Integer>(CFG.efficiencyBaseline());
    base.remove(EpisodeType.TRIAGE);
    e = assertThrows(IllegalArgumentException.class,
        () -> new EpisodeConfig(8, 1, good, base));
    assertTrue(e.getMessage().contains("triage"), e.getMessage());
  }

  @Test
  void tracesWrittenAsJsonlReadBackEqual() throws Exception {
    var traces = new ArrayList<EpisodeTrace>();
    traces.addAll(traces(CFG, "expert", 3));
    traces.addAll(traces(CFG, "random", 3));
    var codec = new TraceCodec();
    var out = new StringWriter();
    codec.write(traces, out);
    String jsonl = out.toString();
    assertEquals(traces.size(), jsonl.lines().count());
    assertTrue(jsonl.lines().findFirst().orElseThrow().contains("\"final_observation\""));
    List<EpisodeTrace> back = codec.read(new BufferedReader(new StringReader(jsonl)));
    assertEquals(traces, back);
    StringWriter again = new StringWriter();
    codec.write(back, again);
    assertEquals(jsonl, again.toString());
    assertThrows(IllegalArgumentException.class, () -> codec.fromLine("{\"type\": 3"));
  }

  @Test
  void theJudgeScoreIsReproducibleFromTheTracedRecord() {
    for (EpisodeTrace t : traces(CFG, "balanced", 4)) {
      assertEquals(t.judge(), new RubricJudge(t.type()).judge(t.record()));
    }
  }

  @Test
  void calibrationFlagsStrongDisagreementsAndReportsTheRate() {
    var pairs = List.of(new JudgeCalibration.Pair("a", 0.9, 0.1),
        new JudgeCalibration.Pair("b", 0.1, 0.9), new JudgeCalibration.Pair("c", 0.8, 0.8),
        new JudgeCalibration.Pair("d", 0.7, 0.2));
    var report = JudgeCalibration.check(pairs);
    assertEquals(List.of("a", "b"), report.flagged());
    assertEquals(0.5, report.rate(), 0);
    // on baseline play the rubric and the world mostly agree
    var all = new ArrayList<JudgeCalibration.Pair>();
    for (String p : List.of("random", "expert", "aggressive")) {
      for (EpisodeTrace t : traces(CFG, p, 30)) {
        all.add(new JudgeCalibration.Pair(p + "/" + t.seed(), t.judge().score(),
            t.reward().outcome()));
      }
    }
    var r = JudgeCalibration.check(all);
    assertTrue(r.rate() < 0.10, "disagreement rate " + r.rate());
  }

  @Test
  void finalInfoCarriesEveryComponent() {
    EpisodeEnv env = new EpisodeEnv(CFG, LIBRARY, List.of(EpisodeType.TRIAGE));
    env.reset(4);
    var s = env.step(EpisodeAction.FIX_NOW.ordinal());
    assertTrue(s.terminated());
    for (String k : List.of("outcome", "outcome_components", "judge", "judge_components",
        "judge_reasons", "reward_components", "problems")) {
      assertTrue(s.info().containsKey(k), k);
    }
    @SuppressWarnings("unchecked")
    Map<String, Double> oc = (Map<String, Double>) s.info().get("outcome_components");
    assertEquals(RewardWeights.COMPONENTS, List.copyOf(oc.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, String> reasons = (Map<String, String>) s.info().get("judge_reasons");
    assertTrue(reasons.containsKey("triage_accuracy"), reasons.toString());
  }

  @Test
  void finalInfoHoldsOnlyPlainJsonValuesThatJacksonWritesAndReadsBack() throws Exception {
    var mapper = org.sprintgym.sim.io.Json.mapper();
    for (EpisodeType t : EpisodeType.values()) {
      EpisodeEnv env = new EpisodeEnv(CFG, LIBRARY, List.of(t));
      boolean[] mask = env.reset(11).actionMask();
      var rnd = new java.util.SplittableRandom(3);
      org.sprintgym.sim.env.Step s;
      do {
        s = env.step(anyAllowed(mask, rnd));
        mask = s.actionMask();
      } while (!s.done());
      assertPlain(s.info(), t.key());
      String json = mapper.writeValueAsString(s.info());
      @SuppressWarnings("unchecked")
      Map<String, Object> back = mapper.readValue(json, Map.class);
      assertEquals(s.info().keySet(), back.keySet(), json);
      @SuppressWarnings("unchecked")
      Map<String, Object> reward = (Map<String, Object>) back.get("reward_components");
      assertEquals(env.lastReward().orElseThrow().total(),
          ((Number) reward.get("total")).doubleValue(), 1e-12);
    }
  }

  private static int anyAllowed(boolean[] mask, java.util.SplittableRandom rnd) {
    int a;
    do {
      a = rnd.nextInt(mask.length);
    } while (!mask[a]);
    return a;
  }

  private static void assertPlain(Object v, String where) {
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        assertTrue(k instanceof String, where + ": key " + k);
        assertPlain(x, where + "." + k);
      });
    } else if (v instanceof List<?> l) {
      l.forEach(x -> assertPlain(x, where + "[]"));
    } else {
      assertTrue(v == null || v instanceof String || v instanceof Number || v instanceof Boolean,
          where + " is a " + (v == null ? "null" : v.getClass().getName()));
    }
  }
}

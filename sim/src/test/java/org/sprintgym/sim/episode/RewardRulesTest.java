package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.episode.judge.JudgeResult;

/**
 * The reward's rules that keep fixed routines from beating random: time is charged only for
 * actions beyond the fewest the situation needed, the phase bonus only for a focused information
 * phase that served its purpose, and the judge's stopping and specificity credit neither a
 * premature end nor ending without a question when a cue pointed at something.
 */
class RewardRulesTest {
  private static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(16);
  private static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);
  private static final List<EpisodeType> ALL = List.of(EpisodeType.values());

  private record Played(EpisodeRecord record, RewardBreakdown reward, JudgeResult verdict) {}

  private static Played play(EpisodeType type, BaselinePolicy policy, long seed) {
    var env = new EpisodeEnv(CFG, LIBRARY, List.of(type));
    var reset = env.reset(seed);
    float[] obs = reset.observation();
    boolean[] mask = reset.actionMask();
    var random = new SplittableRandom(seed);
    Step st;
    do {
      st = env.step(policy.act(obs, mask, random));
      obs = st.observation();
      mask = st.actionMask();
    } while (!st.done());
    return new Played(env.lastRecord().orElseThrow(), env.lastReward().orElseThrow(),
        env.lastVerdict().orElseThrow());
  }

  private static JudgeResult.Component part(JudgeResult v, String generic, EpisodeType type) {
    String name = type.definition().rubric().label(generic);
    return v.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Property(tries = 60)
  void timeIsChargedOnlyBeyondTheFewestActionsAndThePhaseBonusOnlyForFocusedRightWork(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    EpisodeType type = ALL.get((int) Math.floorMod(seed, (long) ALL.size()));
    for (String name : List.of("random", "expert", "probe_all")) {
      Played p = play(type, Baselines.of(name).orElseThrow(), seed);
      Replay r = Replay.of(p.record());
      RewardWeights w = CFG.rewards();
      double pressure = p.record().context().timePressure() * TypeSpecs.of(type).timeCost();
      int excess = Math.max(0, r.length - r.minimalLength());
      assertEquals(excess, r.excessActions());
      assertEquals(-Math.min(w.efficiencyCap(), w.efficiencyPerAction() * pressure * excess),
          p.reward().efficiency(), 1e-12, name + " on " + type.key());
      boolean earned = p.record().terminated() && r.informationFirst
          && r.wellAimedProbes == r.probes && !r.missedPurpose(CFG.judge().workTolerance());
      assertEquals(earned ? w.phaseBonus() : 0.0, p.reward().phaseBonus(), 0.0,
          name + " on " + type.key());
    }
  }

  @Test
  void endingAtOnceSavesNoTimeCostAndEarnsNoFullStoppingCreditWhereMoreWasNeeded() {
    BaselinePolicy endNow = Baselines.of("end_now").orElseThrow();
    int premature = 0;
    for (EpisodeType type : ALL) {
      for (long seed = 1; seed <= 40; seed++) {
        Played p = play(type, endNow, seed);
        Replay r = Replay.of(p.record());
        assertEquals(0.0, p.reward().efficiency(), 0.0);
        if (r.length < r.minimalLength()) {
          premature++;
          double stopping = part(p.verdict(), "stopping", type).score();
          assertTrue(stopping <= 1.0 / r.minimalLength() + 1e-12, type.key() + " seed " + seed
              + ": stopping " + stopping + " after 1 of " + r.minimalLength() + " actions");
        }
      }
    }
    assertTrue(premature > 200, "only " + premature + " of 560 endings were premature");
  }

  @Test
  void noQuestionAtAllIsSpecificOnlyWhenNothingWasHiddenAndNoCuePointedAtAFact() {
    BaselinePolicy endNow = Baselines.of("end_now").orElseThrow();
    int cueIgnored = 0;
    for (EpisodeType type : List.of(EpisodeType.ELICITATION, EpisodeType.BORROWING_ARRIVAL,
        EpisodeType.KNOWLEDGE_HANDOFF)) {
      for (long seed = 1; seed <= 80; seed++) {
        Played p = play(type, endNow, seed);
        Replay r = Replay.of(p.record());
        double specificity = part(p.verdict(), "specificity", type).score();
        boolean clean = p.record().truth().trueCount() == 0 && !r.anyLikelyCue();
        assertEquals(clean ? 1.0 : 0.0, specificity, 0.0, type.key() + " seed " + seed);
        cueIgnored += p.record().truth().trueCount() == 0 && r.anyLikelyCue() ? 1 : 0;
      }
    }
    assertTrue(cueIgnored > 5, "only " + cueIgnored + " clean situations had a likely cue");
  }

  @Test
  void aWrongCallKeepsAQuarterOfTheProcessCredit() {
    BaselinePolicy probeAll = Baselines.of("probe_all").orElseThrow();
    int wrong = 0;
    for (long seed = 1; seed <= 80; seed++) {
      Played p = play(EpisodeType.TRIAGE, probeAll, seed);
      Replay r = Replay.of(p.record());
      if (r.decision != r.correctDecision()) {
        wrong++;
        for (JudgeResult.Component c : p.verdict().components()) {
          if (!c.name().equals(part(p.verdict(), "decision", EpisodeType.TRIAGE).name())) {
            assertTrue(c.score() <= 0.25 + 1e-12, c.name() + " " + c.score());
            assertTrue(c.reason().endsWith("cut: the call was wrong"), c.reason());
          }
        }
        assertEquals(0.0, p.reward().phaseBonus(), 0.0);
      }
    }
    assertTrue(wrong > 20, "only " + wrong + " of 80 constant calls were wrong");
  }
}

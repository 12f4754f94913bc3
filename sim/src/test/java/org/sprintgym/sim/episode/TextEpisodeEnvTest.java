package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;

class TextEpisodeEnvTest {
  static final EpisodeConfig CFG = EpisodeConfig.defaults().withWorlds(16);
  static final SituationLibrary LIBRARY = SituationLibrary.of(CFG);

  static TextEpisodeEnv text(EpisodeType t, double penalty, int maxInvalid) {
    return new TextEpisodeEnv(new EpisodeEnv(CFG, LIBRARY, List.of(t)), penalty, maxInvalid);
  }

  @ParameterizedTest
  @EnumSource(EpisodeType.class)
  void wordsPlayTheSameEpisodeAsIndicesAndTheTextShowsTheLegalActions(EpisodeType t) {
    TextEpisodeEnv words = text(t, 0.1, 8);
    EpisodeEnv indices = new EpisodeEnv(CFG, LIBRARY, List.of(t));
    Reset r = words.reset(11);
    indices.reset(11);
    assertThat(words.systemPrompt()).contains(t.key());
    for (EpisodeAction a : TypeSpecs.of(t).actions()) {
      assertThat(words.systemPrompt()).contains("- " + a.key());
    }
    var random = new SplittableRandom(3);
    boolean[] mask = r.actionMask();
    Step w;
    Step i;
    do {
      String shown = words.renderText();
      List<String> legal = words.legalActions();
      assertThat(shown).contains("Allowed actions: " + String.join(" ", legal));
      String pick = legal.get(random.nextInt(legal.size()));
      w = words.stepText("Thinking it over, the right call is:\nAction: "
          + pick.replace('_', ' ').toUpperCase(java.util.Locale.ROOT));
      i = indices.step(EpisodeAction.valueOf(pick.toUpperCase(java.util.Locale.ROOT)).ordinal());
      assertThat(w.observation()).containsExactly(i.observation());
      assertThat(w.reward()).isEqualTo(i.reward());
      mask = w.actionMask();
    } while (!w.done());
    assertThat(w.terminated()).isEqualTo(i.terminated());
    assertThat(mask).containsExactly(i.actionMask());
  }

  @Test
  void invalidTextIsAPenalisedNoOpAndTooManyTruncate() {
    TextEpisodeEnv env = text(EpisodeType.TRIAGE, 0.25, 3);
    Reset r = env.reset(5);
    Step s = env.stepText("I have no idea");
    assertThat(s.reward()).isEqualTo(-0.25);
    assertThat(s.observation()).containsExactly(r.observation());
    assertThat(s.done()).isFalse();
    assertThat((String) s.info().get(TextEpisodeEnv.INVALID)).contains("no action named")
        .contains("legal actions: assess_severity, assess_blast_radius (abr), investigate");
    s = env.stepText("Action: write_code"); // a real action, but not one of triage's
    assertThat((String) s.info().get(TextEpisodeEnv.INVALID)).contains("not allowed now");
    assertThat(s.done()).isFalse();
    s = env.stepText("");
    assertThat(s.truncated()).isTrue();
    assertThat(s.terminated()).isFalse();
    assertThat(s.info()).containsEntry("invalid_actions", 3);
    assertThrows(IllegalStateException.class, () -> env.stepText("defer"));
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(6); // a new episode starts with a clean count
    assertThat(env.stepText("nothing").done()).isFalse();
    assertThat(env.stepText("Action: defer").terminated()).isTrue();
  }

  @Test
  void contractViolationsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> text(EpisodeType.TRIAGE, -1, 3));
    assertThrows(IllegalArgumentException.class, () -> text(EpisodeType.TRIAGE, Double.NaN, 3));
    assertThrows(IllegalArgumentException.class, () -> text(EpisodeType.TRIAGE, 0.1, 0));
    TextEpisodeEnv env = text(EpisodeType.TRIAGE, 0.1, 3);
    assertThrows(IllegalStateException.class, () -> env.stepText("defer"));
    assertThrows(IllegalStateException.class, env::legalActions);
    env.reset(1);
    assertThrows(IllegalArgumentException.class, () -> env.step(EpisodeAction.WRITE_CODE.ordinal()));
  }
}

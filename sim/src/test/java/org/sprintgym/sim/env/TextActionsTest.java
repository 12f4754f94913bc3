package org.sprintgym.sim.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.EpisodeAction;

class TextActionsTest {
  static final TextActions G = TextActions.of(EpisodeAction.space());
  static final int N = EpisodeAction.count();
  /** Filler words that are neither an action word nor an alias. */
  static final List<String> FILLER = List.of("i", "think", "we", "should", "the", "best", "move",
      "is", "because", "given", "situation", "so", "my", "answer", "next", ".", ",", "!", "\n",
      "probably", "choose");

  static boolean[] all() {
    boolean[] m = new boolean[N];
    Arrays.fill(m, true);
    return m;
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of(FILLER).list().ofMaxSize(12).map(w -> String.join(" ", w));
  }

  /** An action's name spelled with random case and random separators. */
  @Provide
  Arbitrary<int[]> spelling() {
    return Combinators.combine(Arbitraries.integers().between(0, N - 1),
        Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((a, r) -> new int[] {a, r});
  }

  static String spell(int[] ar) {
    String name = EpisodeAction.of(ar[0]).key();
    var rnd = new java.util.SplittableRandom(ar[1]);
    var sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c == '_') {
        sb.append(new String[] {"_", "-", " ", "  "}[rnd.nextInt(4)]);
      } else {
        sb.append(rnd.nextBoolean() ? Character.toUpperCase(c) : c);
      }
    }
    return sb.toString();
  }

  @Property
  void aNameInAnyCaseAndSpacingAfterTheMarkerIsThatAction(@ForAll("spelling") int[] ar,
      @ForAll("filler") String before, @ForAll("filler") String after) {
    TextActions.Parse p = G.parse(before + "\nAction: " + spell(ar) + " " + after, all());
    assertThat(p.ok()).as(p.problem()).isTrue();
    assertThat(p.action().getAsInt()).isEqualTo(ar[0]);
  }

  @Property
  void withoutAMarkerTheLastNamedActionCounts(@ForAll("spelling") int[] first,
      @ForAll("spelling") int[] last, @ForAll("filler") String between) {
    TextActions.Parse p = G.parse(spell(first) + " " + between + " " + spell(last) + ".", all());
    // adjacent names may join into a longer one ("fix" + "now..."), so only check when separated
    if (!between.isBlank()) {
      assertThat(p.action().getAsInt()).isEqualTo(last[0]);
    }
  }

  @Property
  void everyAliasNamesItsAction(@ForAll @IntRange(min = 0, max = 83) int a,
      @ForAll("filler") String before) {
    G.alias(a).ifPresent(alias -> assertThat(
        G.parse(before + " Action: " + alias.toUpperCase(Locale.ROOT), all()).action()
            .getAsInt()).isEqualTo(a));
  }

  @Property
  void anyTextParsesToALegalActionOrAMessageListingTheLegalOnes(@ForAll String text,
      @ForAll("masks") boolean[] mask) {
    TextActions.Parse p = G.parse(text, mask);
    if (p.ok()) {
      assertThat(mask[p.action().getAsInt()]).isTrue();
    } else {
      for (String legal : G.legal(mask)) {
        assertThat(p.problem()).contains(legal);
      }
    }
  }

  @Property
  void aMaskedActionIsRefusedByName(@ForAll("spelling") int[] ar, @ForAll("masks") boolean[] m) {
    m[ar[0]] = false;
    TextActions.Parse p = G.parse("Action: " + spell(ar), m);
    assertThat(p.ok()).isFalse();
    assertThat(p.problem()).contains("'" + EpisodeAction.of(ar[0]).key() + "' is not allowed now");
  }

  @Provide
  Arbitrary<boolean[]> masks() {
    return Arbitraries.of(true, false).array(boolean[].class).ofSize(N);
  }

  @Test
  void theLongestOverlappingNameWinsAndTheLastMarkerCounts() {
    assertThat(G.parse("fix now", all()).action().getAsInt())
        .isEqualTo(EpisodeAction.FIX_NOW.ordinal());
    assertThat(G.parse("I would fix it.", all()).action().getAsInt())
        .isEqualTo(EpisodeAction.FIX.ordinal());
    assertThat(G.parse("Action: defer\nOn second thought... action: ESCALATE, then defer",
        all()).action().getAsInt()).isEqualTo(EpisodeAction.ESCALATE.ordinal());
    assertThat(G.parse("aec", all()).action().getAsInt())
        .isEqualTo(EpisodeAction.ASK_EDGE_CASES.ordinal());
  }

  @Test
  void emptyOrActionlessTextGetsAMessage() {
    boolean[] m = new boolean[N];
    m[EpisodeAction.DEFER.ordinal()] = true;
    assertThat(G.parse("", m).problem()).startsWith("the answer is empty")
        .endsWith("legal actions: defer");
    assertThat(G.parse(null, m).ok()).isFalse();
    assertThat(G.parse("I am not sure what to do", m).problem())
        .startsWith("no action named in 'I am not sure what to do'");
    assertThat(G.parse("x".repeat(500), m).problem()).contains("...");
    assertThat(G.describe(new boolean[N])).contains("none");
  }

  @Test
  void aliasesAreUniqueAndNeverCommonWords() {
    var aliases = G.aliases();
    assertThat(aliases).containsEntry("aec", "ask_edge_cases").containsEntry("fn", "fix_now")
        .doesNotContainKeys("as", "re", "ask");
    assertThat(aliases.values()).doesNotHaveDuplicates();
    assertThat(G.alias(EpisodeAction.DEFER.ordinal())).isEmpty(); // one word: no alias
  }

  @Test
  void badMasksAndNamesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> G.parse("defer", new boolean[3]));
    assertThrows(IllegalArgumentException.class, () -> TextActions.of(ActionSpace.of("ok", "__")));
  }
}

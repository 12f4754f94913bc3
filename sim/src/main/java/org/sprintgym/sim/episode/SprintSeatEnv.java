package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.env.ActionSpace;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.ObservationSpace;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.world.WorldCut;

/**
 * The long-horizon episode: the seat plays a whole sprint's build work in a live world. For each
 * of the next {@code stories} stories of the team's backlog it runs refinement with the PO (an
 * elicitation situation cut from that very story), planning (decomposition) and implementation,
 * one after the other in one episode: dozens to about a hundred decisions. What each situation
 * ended with is applied to the world as {@link SprintTrials}' {@code stories_pass_qa} does (the
 * criteria uncovered are known to the team, the plan's quality is the decomposition judge's score,
 * every problem left undetected in implementation is a defect built in), the stories go to the
 * front of the backlog and the sprint runs, with up to {@value SprintTrials#FOLLOW_UP} more while
 * one of them is still open.
 *
 * <p>Reward: one point per story of the seat's that passed QA, paid on the last step, plus
 * {@code shaping} times each situation's own reward, paid when the situation closes. With
 * shaping 0 only the sprint's outcome counts.
 * Refinement and planning happen on the sprint's first day; implementation of story {@code j} on
 * a later day the further down the list it is, so its time costs rise through the episode.
 *
 * <p>Observations, actions and masks are those of the situation being played (the same layout
 * as {@link EpisodeEnv}'s, its type one-hot saying which), so one policy can play both.
 */
public final class SprintSeatEnv implements Env {
  /** Default stories per sprint episode. */
  public static final int STORIES = 6;
  /** Default weight of the situations' own rewards. */
  public static final double SHAPING = 1.0;
  private static final List<EpisodeType> PHASES = EpisodeTypes.sprintPhases();
  private static final int WORLD_ATTEMPTS = 16;

  private final SituationLibrary library;
  private final EpisodeEnv inner;
  private final int storiesWanted;
  private final double shaping;

  private long seed;
  private SprintTrials.Live live;
  private SituationLibrary.World world;
  private WorldCut cut;
  private String seat;
  private List<Story> stories = List.of();
  private int story;
  private int phase;
  private int situation;
  private long situationSeed;
  private SituationContext situationContext;
  private double judgeSum;
  private double rewardSum;
  private int decisions;
  private boolean started;
  private boolean over;

  public SprintSeatEnv(EpisodeConfig config, SituationLibrary library, int stories,
      double shaping) {
    if (stories < 1 || stories > 20) {
      throw new IllegalArgumentException("stories per sprint episode must be in 1..20 but was "
          + stories);
    }
    if (!(shaping >= 0 && shaping <= 1)) {
      throw new IllegalArgumentException("shaping must be in [0, 1] but was " + shaping);
    }
    this.library = library;
    this.inner = new EpisodeEnv(config, library, PHASES);
    this.storiesWanted = stories;
    this.shaping = shaping;
  }

  /** A sprint env with the default configuration, story count and shaping. */
  public static SprintSeatEnv of(EpisodeConfig config, SituationLibrary library) {
    return new SprintSeatEnv(config, library, STORIES, SHAPING);
  }

  @Override
  public ObservationSpace observationSpace() {
    return Observations.observationSpace();
  }

  @Override
  public ActionSpace actionSpace() {
    return EpisodeAction.space();
  }

  @Override
  public Reset reset(long seed) {
    this.seed = seed;
    for (int attempt = 0; attempt < WORLD_ATTEMPTS; attempt++) {
      live = SprintTrials.live(library, attempt == 0 ? seed : SeedMix.derive(seed, 41, attempt),
          false);
      cut = live.sim().cut();
      var upcoming = cut.upcoming();
      if (!upcoming.isEmpty()) {
        stories = List.copyOf(upcoming.subList(0, Math.min(storiesWanted, upcoming.size())));
        break;
      }
    }
    if (stories.isEmpty()) {
      throw new IllegalStateException("no world of the library has a story left to play");
    }
    SituationLibrary.World w = live.world();
    world = new SituationLibrary.World(w.index(), cut, w.product(), w.backlog(), w.seed(),
        w.sprints(), w.levels());
    seat = SituationCutter.traineeSeat(cut);
    story = 0;
    phase = 0;
    situation = 0;
    judgeSum = 0;
    rewardSum = 0;
    decisions = 0;
    started = true;
    over = false;
    Reset first = openSituation();
    Map<String, Object> info = new HashMap<>(first.info());
    info.put("stories", stories.size());
    info.put("situations", situations());
    return new Reset(first.observation(), first.actionMask(), info);
  }

  private int situations() {
    return stories.size() * PHASES.size();
  }

  private Reset openSituation() {
    EpisodeType type = PHASES.get(phase);
    situationSeed = SeedMix.derive(seed, 13, story, phase);
    situationContext = SituationCutter.forStory(type, world, cut, stories.get(story).id(), seat,
        day());
    return inner.resetTo(situationSeed, type, situationContext);
  }

  /** Refinement and planning on day 0; story j's implementation later the further down it is. */
  private int day() {
    if (PHASES.get(phase).definition().sprintPhase().orElseThrow().beforeSprint()) {
      return 0;
    }
    return Math.min(9, 1 + story * 8 / Math.max(1, stories.size()));
  }

  @Override
  public Step step(int action) {
    if (!started || over) {
      throw new IllegalStateException(started ? "the episode is over: call reset first"
          : "step before reset");
    }
    Step st = inner.step(action);
    decisions++;
    if (!st.done()) {
      return st;
    }
    double reward = shaping * st.reward();
    rewardSum += st.reward();
    judgeSum += inner.lastVerdict().orElseThrow().score();
    apply(inner.lastRecord().orElseThrow());
    situation++;
    if (++phase == PHASES.size()) {
      phase = 0;
      story++;
    }
    if (story < stories.size()) {
      Reset next = openSituation();
      return new Step(next.observation(), reward, false, false, next.actionMask(), Map.of());
    }
    over = true;
    double passed = runSprint();
    Map<String, Object> info = new HashMap<>();
    info.put("type", "sprint");
    info.put("passed_qa", passed);
    info.put("stories", stories.size());
    info.put("situations", situations());
    info.put("decisions", decisions);
    info.put("judge", judgeSum / situations());
    info.put("mean_situation_reward", rewardSum / situations());
    // each story that passed QA is worth a point, as much as a situation well played
    return new Step(st.observation(), reward + passed * stories.size(), true, false,
        st.actionMask(), info);
  }

  /** What the closed situation changes in the live world (its type's sprint phase says). */
  private void apply(EpisodeRecord rec) {
    rec.type().definition().sprintPhase().orElseThrow().effect().apply(live.sim(),
        stories.get(story).id(), Replay.of(rec), inner.lastVerdict().orElseThrow().score());
  }

  private double runSprint() {
    for (int j = stories.size() - 1; j >= 0; j--) {
      live.sim().prioritise(stories.get(j).id());
    }
    for (int sprint = 0; sprint <= SprintTrials.FOLLOW_UP; sprint++) {
      if (live.sim().nextSprint().isEmpty() || stories.stream().allMatch(this::closed)) {
        break;
      }
    }
    int passed = 0;
    for (Story s : stories) {
      passed += closed(s) ? 1 : 0;
    }
    return passed / (double) stories.size();
  }

  private boolean closed(Story s) {
    return live.sim().story(s.id()).map(x -> x.accepted() || x.state().equals("DONE"))
        .orElse(true);
  }

  /** No: the sprint's outcome is paid on the last step; nothing follows it. */
  @Override
  public boolean truncationHasFuture() {
    return false;
  }

  /**
   * The oracle of this env: each situation, as it opens, planned with {@link Oracle} on the
   * hidden truth. A ceiling for each situation; not a plan over the whole sprint (it does not
   * trade one situation's time for another's), so a sprint-level policy could in principle pass
   * it.
   */
  BaselinePolicy oracle() {
    return new BaselinePolicy() {
      private int planned = -1;
      private BaselinePolicy plan;

      @Override
      public int act(float[] observation, boolean[] mask, SplittableRandom random) {
        if (planned != situation) {
          long s = situationSeed;
          EpisodeType type = PHASES.get(phase);
          SituationContext c = situationContext;
          plan = Oracle.plan(inner, twin -> twin.resetTo(s, type, c));
          planned = situation;
        }
        return plan.act(observation, mask, random);
      }
    };
  }

  @Override
  public String render() {
    if (!started) {
      return "SprintSeatEnv (not reset)";
    }
    return "sprint: story " + Math.min(story + 1, stories.size()) + " of " + stories.size()
        + ", " + PHASES.get(phase).key() + "\n" + inner.render();
  }

  /** Names of the phases each story goes through, in order. */
  public static List<String> phases() {
    var out = new ArrayList<String>();
    PHASES.forEach(t -> out.add(t.key()));
    return out;
  }
}

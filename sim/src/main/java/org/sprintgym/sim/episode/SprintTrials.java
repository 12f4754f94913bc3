package org.sprintgym.sim.episode;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.sim.world.SprintRecord;
import org.sprintgym.sim.world.TeamSimulation;
import org.sprintgym.sim.world.WorldCut;

/**
 * Sprint-level evaluations: the trainee's seat plays its decisions inside a running world, what
 * it did is applied to that world through {@link TeamSimulation}'s intervention hooks, and whole
 * sprints run on to measure what dojo's sprint-level graduation criteria ask about. Each trial is
 * a pure function of the policy and {@code seed}, so every policy compared meets the same world
 * (common random numbers).
 *
 * <ul>
 *   <li>{@code stories_pass_qa} (stage 1): the seat takes the next {@value #STORIES} stories of a
 *       library world. For each it plays refinement with the PO (an elicitation episode cut from
 *       that very story: the criteria it uncovered are marked discovered, and the team's own
 *       refinement skips the story), planning (a decomposition episode: its judge score is the
 *       plan quality the world builds with) and implementation (an implementation episode: each
 *       problem it left undetected is a defect built into the story). The stories go to the front
 *       of the product backlog and the sprint runs (followed by up to {@value #FOLLOW_UP} more
 *       while one of them is still open: the simulated team rarely finishes three fresh stories
 *       inside one sprint); the value is the share of them that passed QA.
 *   <li>{@code velocity_drop} (stage 2): the same world runs {@value #SPRINTS} sprints twice,
 *       calm and with AAT's default disturbance probabilities. The seat's triage and recovery
 *       judgement (the mean judge score of one episode of each) sets how much of a disturbance's
 *       cost the team's response contains ({@code 1.5 - score} times the scripted response's). The
 *       value is the velocity lost in the sprints a disturbance struck, against the same sprints
 *       of the calm run (one minus their ratio).
 *   <li>{@code departure_velocity_dip} (stage 4): the seat announces its departure with one
 *       sprint's notice and plays a knowledge-handoff episode; a handoff whose judge score meets
 *       the type's threshold documents everything the seat knows before it leaves. The value is
 *       the velocity lost in the {@value #AFTER} sprints after it left, against the same sprints
 *       of the world where nobody left.
 * </ul>
 * A trial whose world gave nothing to measure (no open story, no disturbance struck, no velocity
 * in the reference run) is empty.
 */
public final class SprintTrials {
  /** Stories the seat takes through a sprint in {@code stories_pass_qa}. */
  public static final int STORIES = 3;
  /** Sprints run after the seat's sprint while one of its stories is still open. */
  public static final int FOLLOW_UP = 2;
  /** Sprints run calm and disturbed in {@code velocity_drop}. */
  public static final int SPRINTS = 3;
  /** Sprints measured after the departure in {@code departure_velocity_dip}. */
  public static final int AFTER = 2;

  /** The criteria these trials measure. */
  public static final List<String> CRITERIA = List.of("stories_pass_qa", "velocity_drop",
      "departure_velocity_dip");

  private final EpisodeConfig config;
  private final SituationLibrary library;

  public SprintTrials(EpisodeConfig config, SituationLibrary library) {
    this.config = config;
    this.library = library;
  }

  /** Runs the trial for {@code criterion} (one of {@link #CRITERIA}). */
  public OptionalDouble measure(String criterion, BaselinePolicy policy, long seed) {
    return switch (criterion) {
      case "stories_pass_qa" -> storiesPassQa(policy, seed);
      case "velocity_drop" -> velocityDrop(policy, seed);
      case "departure_velocity_dip" -> departureDip(policy, seed);
      default -> throw new IllegalArgumentException("no sprint trial for criterion '" + criterion
          + "' (allowed: " + String.join(", ", CRITERIA) + ")");
    };
  }

  /** The world of a trial, simulated up to the library world's cut. */
  record Live(SituationLibrary.World world, TeamSimulation sim) {}

  private Live live(long seed, boolean disturbed) {
    return live(library, seed, disturbed);
  }

  /** One of {@code library}'s worlds (drawn from {@code seed}), run live up to its cut. */
  static Live live(SituationLibrary library, long seed, boolean disturbed) {
    int index = (int) Math.floorMod(SeedMix.derive(seed, 11), (long) library.worlds());
    SituationLibrary.World w = library.world(index);
    var cfg = disturbed ? WorldRuns.disturbedConfig(library.config()) : library.config();
    var sim = TeamSimulation.builder(cfg, w.backlog(), w.seed()).build();
    if (w.sprints() > 0) {
      sim.run(w.sprints());
    }
    return new Live(w, sim);
  }

  OptionalDouble storiesPassQa(BaselinePolicy policy, long seed) {
    Live l = live(seed, false);
    WorldCut cut = l.sim().cut();
    List<Story> stories = cut.upcoming().subList(0, Math.min(STORIES, cut.upcoming().size()));
    if (stories.isEmpty()) {
      return OptionalDouble.empty();
    }
    var world = new SituationLibrary.World(l.world().index(), cut, l.world().product(),
        l.world().backlog(), l.world().seed(), l.world().sprints(), l.world().levels());
    String seat = SituationCutter.traineeSeat(cut);
    List<EpisodeType> phases = EpisodeTypes.sprintPhases();
    var env = new EpisodeEnv(config, library, phases);
    var random = new SplittableRandom(SeedMix.derive(seed, 12));
    for (int j = 0; j < stories.size(); j++) {
      String id = stories.get(j).id();
      for (int k = 0; k < phases.size(); k++) {
        EpisodeType type = phases.get(k);
        SprintPhase phase = type.definition().sprintPhase().orElseThrow();
        Played p = play(env, SeedMix.derive(seed, 13, j, k), type,
            SituationCutter.forStory(type, world, cut, id, seat, phase.beforeSprint() ? 0 : 2),
            policy, random);
        phase.effect().apply(l.sim(), id, p.replay(), p.judge());
      }
    }
    for (int j = stories.size() - 1; j >= 0; j--) {
      l.sim().prioritise(stories.get(j).id());
    }
    // the sprint, and up to FOLLOW_UP more while any of the seat's stories is still open
    int passed = 0;
    for (int sprint = 0; sprint <= FOLLOW_UP; sprint++) {
      if (l.sim().nextSprint().isEmpty() || stories.stream().allMatch(s -> closed(l.sim(), s))) {
        break;
      }
    }
    for (Story s : stories) {
      if (closed(l.sim(), s)) {
        passed++;
      }
    }
    return OptionalDouble.of((double) passed / stories.size());
  }

  private static boolean closed(TeamSimulation sim, Story s) {
    return sim.story(s.id()).map(x -> x.accepted() || x.state().equals("DONE")).orElse(true);
  }

  OptionalDouble velocityDrop(BaselinePolicy policy, long seed) {
    var random = new SplittableRandom(SeedMix.derive(seed, 22));
    List<EpisodeType> played = EpisodeTypes.feeding("velocity_drop");
    double[] judges = new double[played.size()];
    for (int k = 0; k < judges.length; k++) {
      judges[k] = play(SeedMix.derive(seed, 23, k), played.get(k), policy, random).judge();
    }
    double score = Stats.orderedMean(judges);
    Live calm = live(seed, false);
    Live hit = live(seed, true);
    hit.sim().respondToDisturbances(Math.max(0.25, 1.5 - score));
    double calmVelocity = 0;
    double hitVelocity = 0;
    for (int i = 0; i < SPRINTS; i++) {
      Optional<SprintRecord> c = calm.sim().nextSprint();
      Optional<SprintRecord> h = hit.sim().nextSprint();
      if (c.isEmpty() || h.isEmpty()) {
        break;
      }
      if (!h.get().disturbances().isEmpty()) {
        calmVelocity += c.get().velocity();
        hitVelocity += h.get().velocity();
      }
    }
    return calmVelocity > 0 ? OptionalDouble.of(1 - hitVelocity / calmVelocity)
        : OptionalDouble.empty();
  }

  OptionalDouble departureDip(BaselinePolicy policy, long seed) {
    var random = new SplittableRandom(SeedMix.derive(seed, 32));
    EpisodeType handoffType = EpisodeTypes.feeding("departure_velocity_dip").get(0);
    Played handoff = play(SeedMix.derive(seed, 33), handoffType, policy, random);
    Live stay = live(seed, false);
    Live leave = live(seed, false);
    String seat = SituationCutter.traineeSeat(leave.sim().cut());
    leave.sim().announceDeparture(seat, 1);
    if (handoff.judge() >= handoffType.graduationThreshold()) {
      leave.sim().documentKnowledge(seat);
    }
    double stayVelocity = 0;
    double leaveVelocity = 0;
    // the notice sprint, then the departure takes effect at the next sprint's start
    for (int i = 0; i < 1 + AFTER; i++) {
      Optional<SprintRecord> s = stay.sim().nextSprint();
      Optional<SprintRecord> g = leave.sim().nextSprint();
      if (s.isEmpty() || g.isEmpty()) {
        break;
      }
      if (i >= 1) {
        stayVelocity += s.get().velocity();
        leaveVelocity += g.get().velocity();
      }
    }
    return stayVelocity > 0 ? OptionalDouble.of(1 - leaveVelocity / stayVelocity)
        : OptionalDouble.empty();
  }

  /** A finished episode: its record, what it found, its judge score. */
  private record Played(EpisodeRecord record, Replay replay, double judge) {}

  private static Played play(EpisodeEnv env, long seed, EpisodeType type,
      SituationContext situation, BaselinePolicy policy, SplittableRandom random) {
    return finish(env, env.resetTo(seed, type, situation), policy, random);
  }

  /** An episode of {@code type} from the env's library (seeded so that it is that type). */
  private Played play(long seed, EpisodeType type, BaselinePolicy policy,
      SplittableRandom random) {
    var single = new EpisodeEnv(config, library, List.of(type));
    return finish(single, single.reset(seed), policy, random);
  }

  private static Played finish(EpisodeEnv env, Reset r, BaselinePolicy policy,
      SplittableRandom random) {
    float[] obs = r.observation();
    boolean[] mask = r.actionMask();
    Step st;
    do {
      st = env.step(policy.act(obs, mask, random));
      obs = st.observation();
      mask = st.actionMask();
    } while (!st.done());
    EpisodeRecord rec = env.lastRecord().orElseThrow();
    return new Played(rec, Replay.of(rec), env.lastVerdict().orElseThrow().score());
  }
}

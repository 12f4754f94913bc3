package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sprintgym.agents.behaviour.ScriptedTeam;
import org.sprintgym.agents.behaviour.TeamBehaviour;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.Intervention;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.SimEvent;

/**
 * Headless simulation of one team working through a backlog, sprint by sprint. Deterministic:
 * the same configuration, backlog and seed give the same records and event log.
 *
 * <pre>{@code
 * var sim = TeamSimulation.builder(SimConfig.defaults(), backlog, 42).build();
 * List<SprintRecord> records = sim.run(10);
 * }</pre>
 */
public final class TeamSimulation {
  private final World world;
  private final List<Intervention> interventions;
  private boolean exhausted;

  private TeamSimulation(World world) {
    this.world = world;
    this.interventions = world.config.interventions();
    Interventions.check(interventions, List.of(world.teamId));
  }

  public static Builder builder(SimConfig config, Backlog backlog, long seed) {
    return new Builder(config, backlog, seed);
  }

  /** Runs the next sprint; empty when the backlog has no work left. */
  public Optional<SprintRecord> nextSprint() {
    if (exhausted || (world.productBacklog.isEmpty() && world.carriedOver.isEmpty())) {
      exhausted = true;
      return Optional.empty();
    }
    world.sprint++;
    world.swapping.startSprint(world);
    world.attrition.startSprint(world);
    Interventions.startSprint(interventions, List.of(world), world.sprint);
    return Optional.of(new SprintProcess(world).run());
  }

  /** Runs up to {@code sprints} sprints, fewer if the backlog runs out first. */
  public List<SprintRecord> run(int sprints) {
    if (sprints <= 0) {
      throw new IllegalArgumentException("sprints must be > 0 but was " + sprints);
    }
    var records = new ArrayList<SprintRecord>(sprints);
    for (int i = 0; i < sprints; i++) {
      Optional<SprintRecord> r = nextSprint();
      if (r.isEmpty()) {
        break;
      }
      records.add(r.get());
    }
    return records;
  }

  /** Whether the backlog ran out of work. */
  public boolean backlogExhausted() {
    return exhausted || (world.productBacklog.isEmpty() && world.carriedOver.isEmpty());
  }

  /** Sprints run so far. */
  public int sprintsRun() {
    return world.sprint;
  }

  /** Stories not yet accepted (product backlog and carried-over work). */
  public int storiesRemaining() {
    return world.productBacklog.size() + world.carriedOver.size();
  }

  /** Effort records of the stories accepted so far, in order of acceptance. */
  public List<StoryEffort> storyEfforts() {
    return List.copyOf(world.storyEfforts);
  }

  /** The event log (empty unless the builder enabled it). */
  public List<SimEvent> events() {
    return world.log.events();
  }

  /**
   * {@code memberId} announces their departure: they leave at the start of the sprint
   * {@code noticeSprints} after the next one begins (at the next sprint start when 0). With
   * notice they document what they know first. For episodes and experiments.
   */
  public void announceDeparture(String memberId, int noticeSprints) {
    if (noticeSprints < 0 || noticeSprints > 4) {
      throw new IllegalArgumentException("notice must be in [0, 4] sprints but was " + noticeSprints);
    }
    world.attrition.announce(world, memberId, world.sprint + 1 + noticeSprints, noticeSprints > 0);
  }

  /** {@code memberId} documents every area they hold; returns the areas newly documented. */
  public List<String> documentKnowledge(String memberId) {
    Worker x = world.workers.get(memberId);
    if (x == null) {
      throw new IllegalArgumentException("no member " + memberId + " on team " + world.teamId);
    }
    return world.knowledge.document(x);
  }

  // ---- interventions: what an episode's trainee did, applied between sprints ----

  /**
   * The trainee refined {@code storyId} with the PO: its hidden criteria in {@code dimensions} are
   * now known, and the team's own refinement skips the story. Returns how many were newly found.
   */
  public int refine(String storyId, java.util.Set<org.sprintgym.sim.backlog.ElicitationDimension>
      dimensions, int questions) {
    StoryCard c = card(storyId);
    int found = 0;
    var hidden = c.story.hiddenCriteria();
    for (int i = 0; i < hidden.size(); i++) {
      if (!c.discovered[i] && dimensions.contains(hidden.get(i).dimension())) {
        c.discovered[i] = true;
        found++;
        world.event("criterion_discovered", c, null, null, hidden.get(i).dimension().key());
      }
    }
    c.questionsAsked += questions;
    c.refined = true;
    return found;
  }

  /** {@code storyId}, still in the product backlog, moves to its front (committed next). */
  public void prioritise(String storyId) {
    StoryCard c = card(storyId);
    if (world.productBacklog.remove(c)) {
      world.productBacklog.add(0, c);
    }
  }

  /** {@code storyId} is decomposed with plan quality {@code quality} in [0, 1] when planned. */
  public void planWith(String storyId, double quality) {
    card(storyId);
    if (!(quality >= 0 && quality <= 1)) {
      throw new IllegalArgumentException("plan quality of " + storyId + " must be in [0, 1] but was "
          + quality);
    }
    world.planQualityOf.put(storyId, quality);
  }

  /**
   * From now on every disturbance costs {@code factor} times the capacity-hours and quality it
   * would under the scripted response (before the blast-radius limits): below 1 for a response
   * that contains it, above 1 for one that makes it worse.
   */
  public void respondToDisturbances(double factor) {
    if (!(factor > 0 && factor <= 4)) {
      throw new IllegalArgumentException("disturbance response factor must be in (0, 4] but was "
          + factor);
    }
    world.disturbanceResponse = factor;
  }

  /** {@code n} defects are built into {@code storyId} (e.g. an issue the trainee left unsolved). */
  public void injectDefects(String storyId, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("defects must be >= 0 but were " + n);
    }
    card(storyId).latentDefects += n;
  }

  /** Where {@code storyId} stands now; empty when no team card holds it. */
  public Optional<StoryStatus> story(String storyId) {
    StoryCard c = world.card(storyId);
    return c == null ? Optional.empty() : Optional.of(StoryStatus.of(c));
  }

  private StoryCard card(String storyId) {
    StoryCard c = world.card(storyId);
    if (c == null) {
      throw new IllegalArgumentException("no story " + storyId + " on team " + world.teamId
          + " (product backlog, carried over or board)");
    }
    return c;
  }

  /** Current simulated time in working minutes. */
  public double now() {
    return world.kernel.now();
  }

  public SimConfig config() {
    return world.config;
  }

  /** An immutable copy of the state between sprints, hidden truth included (for episodes). */
  public WorldCut cut() {
    return WorldCut.of(world);
  }

  /** Options for a simulation. */
  public static final class Builder {
    private final SimConfig config;
    private final Backlog backlog;
    private final long seed;
    private TeamBehaviour behaviour;
    private boolean eventLog;

    private Builder(SimConfig config, Backlog backlog, long seed) {
      this.config = config;
      this.behaviour = new ScriptedTeam(config.teamCoefficients().team());
      this.backlog = backlog;
      this.seed = seed;
    }

    /** Who decides for the team (scripted rules by default). */
    public Builder behaviour(TeamBehaviour b) {
      this.behaviour = b;
      return this;
    }

    /** Keep the full event log (for tests, traces and property checks). */
    public Builder eventLog(boolean on) {
      this.eventLog = on;
      return this;
    }

    public TeamSimulation build() {
      return new TeamSimulation(new World(config, backlog, seed, behaviour, eventLog));
    }
  }
}

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
    private TeamBehaviour behaviour = new ScriptedTeam();
    private boolean eventLog;

    private Builder(SimConfig config, Backlog backlog, long seed) {
      this.config = config;
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

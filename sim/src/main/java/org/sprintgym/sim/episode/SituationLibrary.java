package org.sprintgym.sim.episode;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sprintgym.agents.TeamCoefficients;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.BacklogGenerator;
import org.sprintgym.sim.backlog.Product;
import org.sprintgym.sim.backlog.RepositoryType;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.world.TeamSimulation;
import org.sprintgym.sim.world.WorldCut;

/**
 * The running simulations episodes are cut from. World {@code i} is a generated backlog (seeded
 * from the library seed and {@code i}) worked by the default team for {@code i mod 3} sprints;
 * its state is then cut ({@link WorldCut}). Simulating a world costs milliseconds while an episode
 * must cost microseconds, so each world is simulated once, on first use, and kept: a pure
 * function of (library seed, index), so the cache never changes a result. Thread-safe.
 */
public final class SituationLibrary {
  /**
   * Library worlds whose stage 2-4 runs are simulated: world {@code i} uses the runs of world
   * {@code i mod SITUATION_WORLDS}. Each run costs several sprints, and the picks within a run
   * (disturbance, story, seat, day) give the variety.
   */
  static final int SITUATION_WORLDS = 48;
  /** Stories per generated backlog: enough to keep work upcoming after two sprints. */
  static final int STORIES = 24;

  /**
   * A world's cut and the product it works on, with what rebuilds it.
   *
   * @param index the world's index
   * @param cut the default team after {@code sprints} sprints
   * @param product the product
   * @param backlog the generated backlog
   * @param seed the world's seed
   * @param sprints sprints run before the cut
   * @param levels the seniority levels of the world's members ({@code sim.coefficients.team})
   */
  public record World(int index, WorldCut cut, Product product, Backlog backlog, long seed,
      int sprints, TeamCoefficients levels) {
    public boolean brownfield() {
      return product.repository() == RepositoryType.BROWNFIELD;
    }
  }

  private final int worlds;
  private final long seed;
  private final SimConfig config;
  private final ConcurrentHashMap<Integer, World> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, WorldRuns.Disturbed[]> disturbed =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, Optional<WorldRuns.Borrowed>> borrowed =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, WorldRuns.Departure> departures =
      new ConcurrentHashMap<>();

  /**
   * @param worlds how many distinct worlds episodes are cut from (>= 1)
   * @param seed the library's root seed
   */
  public SituationLibrary(int worlds, long seed, SimConfig config) {
    if (worlds < 1) {
      throw new IllegalArgumentException("a situation library needs >= 1 world but got " + worlds);
    }
    this.worlds = worlds;
    this.seed = seed;
    this.config = config;
  }

  /** The library of {@code cfg}'s worlds, simulated with the default world model. */
  public static SituationLibrary of(EpisodeConfig cfg) {
    return of(cfg, SimConfig.defaults());
  }

  /**
   * The library of {@code cfg}'s worlds, simulated with {@code sim} (e.g. the defaults with a
   * scenario's {@code sim.coefficients}).
   */
  public static SituationLibrary of(EpisodeConfig cfg, SimConfig sim) {
    return new SituationLibrary(cfg.worlds(), cfg.librarySeed(), java.util.Objects.requireNonNull(sim, "sim"));
  }

  public int worlds() {
    return worlds;
  }

  /** World {@code index}, simulated on first use. */
  public World world(int index) {
    if (index < 0 || index >= worlds) {
      throw new IllegalArgumentException("world " + index + " is outside 0.." + (worlds - 1));
    }
    World w = cache.get(index);
    return w != null ? w : cache.computeIfAbsent(index, this::simulate);
  }

  public SimConfig config() {
    return config;
  }

  /**
   * World {@code index} run with AAT's default disturbance probabilities from its cut's sprint
   * until a disturbance strikes; empty when none did within {@link WorldRuns#MAX_SPRINTS}.
   */
  Optional<WorldRuns.Disturbed> disturbed(int index) {
    return Optional.ofNullable(disturbances(index)[0]);
  }

  /** Like {@link #disturbed} for disturbances that change scope (scope creep, debt surfacing). */
  Optional<WorldRuns.Disturbed> rescoped(int index) {
    return Optional.ofNullable(disturbances(index)[1]);
  }

  private WorldRuns.Disturbed[] disturbances(int index) {
    return disturbed.computeIfAbsent(index % SITUATION_WORLDS, i -> WorldRuns.disturbed(config, world(i).backlog(),
        world(i).seed(), world(i).sprints()));
  }

  /** World {@code index}'s backlog shared by two teams until a member is borrowed. */
  Optional<WorldRuns.Borrowed> borrowed(int index) {
    return borrowed.computeIfAbsent(index % SITUATION_WORLDS, i -> Optional.ofNullable(WorldRuns.borrowed(config,
        world(i).backlog(), world(i).seed())));
  }

  /** World {@code index}'s team when a developer announces their departure, and after. */
  WorldRuns.Departure departure(int index) {
    return departures.computeIfAbsent(index % SITUATION_WORLDS, i -> WorldRuns.departure(config, world(i).backlog(),
        world(i).seed(), world(i).sprints(), i));
  }

  /** Simulates every world and situation run now (e.g. before timing a run); returns this. */
  public SituationLibrary warm() {
    return warm(java.util.List.of(EpisodeType.values()));
  }

  /** Simulates every world and the situation runs {@code types} need now; returns this library. */
  public SituationLibrary warm(java.util.Collection<EpisodeType> types) {
    java.util.stream.IntStream.range(0, worlds).parallel().forEach(this::world);
    var sources = java.util.EnumSet.noneOf(SituationSource.class);
    for (EpisodeType t : types) {
      sources.add(t.definition().recipe().source());
    }
    java.util.stream.IntStream.range(0, Math.min(worlds, SITUATION_WORLDS)).parallel().forEach(i -> {
      if (sources.contains(SituationSource.DISTURBED)) {
        disturbances(i);
      }
      if (sources.contains(SituationSource.PORTFOLIO)) {
        borrowed(i);
      }
      if (sources.contains(SituationSource.DEPARTURE)) {
        departure(i);
      }
    });
    return this;
  }

  private World simulate(int index) {
    long worldSeed = SeedMix.derive(seed, index);
    Backlog backlog = BacklogGenerator.generate(STORIES, worldSeed,
        BacklogGenerator.Options.any(), config.backlogCoefficients());
    var sim = TeamSimulation.builder(config, backlog, worldSeed).build();
    int sprints = index % 3;
    if (sprints > 0) {
      sim.run(sprints);
    }
    return new World(index, sim.cut(), backlog.product(), backlog, worldSeed, sprints,
        config.teamCoefficients().team());
  }
}

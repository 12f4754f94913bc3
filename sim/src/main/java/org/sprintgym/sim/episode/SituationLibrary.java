package org.sprintgym.sim.episode;

import java.util.concurrent.ConcurrentHashMap;
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
  /** Stories per generated backlog: enough to keep work upcoming after two sprints. */
  static final int STORIES = 24;

  /** A world's cut and the product it works on. */
  public record World(int index, WorldCut cut, Product product) {
    public boolean brownfield() {
      return product.repository() == RepositoryType.BROWNFIELD;
    }
  }

  private final int worlds;
  private final long seed;
  private final SimConfig config;
  private final ConcurrentHashMap<Integer, World> cache = new ConcurrentHashMap<>();

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

  public static SituationLibrary of(EpisodeConfig cfg) {
    return new SituationLibrary(cfg.worlds(), cfg.librarySeed(), SimConfig.defaults());
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

  /** Simulates every world now (e.g. before timing a run); returns this library. */
  public SituationLibrary warm() {
    for (int i = 0; i < worlds; i++) {
      world(i);
    }
    return this;
  }

  private World simulate(int index) {
    long worldSeed = SeedMix.derive(seed, index);
    Backlog backlog = BacklogGenerator.generate(STORIES, worldSeed);
    var sim = TeamSimulation.builder(config, backlog, worldSeed).build();
    int sprints = index % 3;
    if (sprints > 0) {
      sim.run(sprints);
    }
    return new World(index, sim.cut(), backlog.product());
  }
}

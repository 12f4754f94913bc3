package org.sprintgym.policy.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.sprintgym.policy.bench.CartPole;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.io.InputError;

/**
 * Environments that can be trained by name: {@code cartpole}, each of the fourteen episode types
 * by its key (e.g. {@code elicitation}) and {@code stage1..stage4}, a stage's types mixed evenly.
 * The episode envs of one factory share one situation library (the default episode
 * configuration), which is built once when the factory is made.
 */
public final class EnvCatalog {
  private EnvCatalog() {}

  public static final List<String> NAMES = names();

  private static List<String> names() {
    var out = new ArrayList<String>();
    out.add("cartpole");
    for (int s = 1; s <= 4; s++) {
      out.add("stage" + s);
    }
    for (EpisodeType t : EpisodeType.values()) {
      out.add(t.key());
    }
    return List.copyOf(out);
  }

  /** A factory for env {@code name}; an unknown name is bad input listing the known ones. */
  public static IntFunction<Env> factory(String name) {
    if ("cartpole".equals(name)) {
      return i -> new CartPole();
    }
    List<EpisodeType> types = episodeTypes(name).orElseThrow(() -> InputError.option("--env",
        "unknown environment '" + name + "'", String.join(", ", NAMES)));
    EpisodeConfig config = EpisodeConfig.defaults();
    SituationLibrary library = SituationLibrary.of(config);
    return i -> new EpisodeEnv(config, library, types);
  }

  /** The episode types env {@code name} draws from; empty for cartpole and unknown names. */
  public static Optional<List<EpisodeType>> episodeTypes(String name) {
    if (name.matches("stage[1-4]")) {
      return Optional.of(EpisodeType.ofStage(name.charAt(5) - '0'));
    }
    return EpisodeType.ofKey(name).map(List::of);
  }

  /**
   * The PPO settings {@code train} uses for env {@code name}: RL Zoo's tuned CartPole settings
   * for cartpole, {@link PpoConfig#episodes()} for SprintGym episodes.
   */
  public static PpoConfig defaultConfig(String name) {
    return "cartpole".equals(name) ? PpoConfig.rlZooCartPole() : PpoConfig.episodes();
  }
}

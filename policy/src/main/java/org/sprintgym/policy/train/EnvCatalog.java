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
import org.sprintgym.sim.episode.SprintSeatEnv;
import org.sprintgym.sim.io.InputError;

/**
 * Environments that can be trained by name: {@code cartpole}, each of the fourteen episode types
 * by its key (e.g. {@code elicitation}), {@code stage1..stage4}, a stage's types mixed evenly,
 * and {@code sprint}, the long-horizon sprint seat.
 * The episode envs of one factory share one situation library (the default episode
 * configuration), which is built once when the factory is made.
 */
public final class EnvCatalog {
  private EnvCatalog() {}

  /** The long-horizon env: the seat plays a whole sprint's build work ({@link SprintSeatEnv}). */
  public static final String SPRINT = "sprint";

  public static final List<String> NAMES = names();

  private static List<String> names() {
    var out = new ArrayList<String>();
    out.add("cartpole");
    for (int s = 1; s <= 4; s++) {
      out.add("stage" + s);
    }
    out.add(SPRINT);
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
    if (SPRINT.equals(name)) {
      EpisodeConfig config = EpisodeConfig.defaults();
      SituationLibrary library = SituationLibrary.of(config);
      return i -> SprintSeatEnv.of(config, library);
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
   * Whether env {@code name} has the random, expert and oracle references (every SprintGym env;
   * not cartpole).
   */
  public static boolean hasReferences(String name) {
    return SPRINT.equals(name) || episodeTypes(name).isPresent();
  }

  /**
   * The PPO settings {@code train} uses for env {@code name}, from the built-in
   * {@code ppo-defaults.yaml} ({@link PpoDefaults}): RL Zoo's tuned settings for cartpole.
   */
  public static PpoConfig defaultConfig(String name) {
    return PpoDefaults.builtIn().configFor(name);
  }
}

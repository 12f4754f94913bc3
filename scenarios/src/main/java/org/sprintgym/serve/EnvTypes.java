package org.sprintgym.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sprintgym.policy.bench.CartPole;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;

/**
 * The env types a client may create by name: {@code cartpole}, each episode type by its key
 * ({@code elicitation}, {@code triage}, ...), a stage's mix ({@code stage1}..{@code stage4}) and
 * {@code all}. Episode envs share one situation library (thread-safe, a pure function of its
 * seed), so a served env behaves exactly like {@code new EpisodeEnv(defaults, library, types)}.
 */
public final class EnvTypes {
  private final EpisodeConfig config;
  private final SituationLibrary library;

  private EnvTypes(EpisodeConfig config, SituationLibrary library) {
    this.config = config;
    this.library = library;
  }

  /** The default episode configuration and its library. */
  public static EnvTypes defaults() {
    EpisodeConfig cfg = EpisodeConfig.defaults();
    return new EnvTypes(cfg, SituationLibrary.of(cfg));
  }

  /** Every name {@link #factory} accepts. */
  public static List<String> names() {
    var out = new ArrayList<String>();
    out.add("cartpole");
    for (EpisodeType t : EpisodeType.values()) {
      out.add(t.key());
    }
    out.addAll(List.of("stage1", "stage2", "stage3", "stage4", "all"));
    return out;
  }

  /** A maker of fresh envs of type {@code name}, or empty for an unknown name. */
  public Optional<Supplier<Env>> factory(String name) {
    if (name.equals("cartpole")) {
      return Optional.of(CartPole::new);
    }
    List<EpisodeType> types = episodeTypes(name);
    if (types.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(() -> new EpisodeEnv(config, library, types));
  }

  /** The episode types an env of type {@code name} mixes; empty for cartpole or an unknown name. */
  public List<EpisodeType> episodeTypes(String name) {
    if (name.equals("all")) {
      return List.of(EpisodeType.values());
    } else if (name.matches("stage[1-4]")) {
      return EpisodeType.ofStage(name.charAt(5) - '0');
    }
    return EpisodeType.ofKey(name).map(List::of).orElse(List.of());
  }
}

package org.sprintgym.sim.episode;

import java.util.List;
import java.util.Map;
import org.sprintgym.sim.env.ActionSpace;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.ObservationSpace;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.env.TextActions;

/**
 * An episode env for language-model policies: the observation as text ({@link #renderText()}),
 * a system prompt per episode ({@link #systemPrompt()}) and actions in words
 * ({@link #stepText(String)}, grammar in {@link TextActions}). A text action that does not parse
 * or is masked out does not crash the episode: it is a step that changes nothing and pays
 * {@code -invalidPenalty}, and after {@code maxInvalid} of them in one episode the episode is
 * truncated (without a judge's verdict: there is nothing sensible left to judge). Index actions
 * ({@link #step(int)}) keep the strict {@link Env} contract.
 */
public final class TextEpisodeEnv implements Env {
  /** Info key of an invalid text action's message. */
  public static final String INVALID = "invalid_action";

  private final EpisodeEnv env;
  private final double invalidPenalty;
  private final int maxInvalid;
  private final TextActions grammar = TextActions.of(EpisodeAction.space());
  private float[] observation;
  private boolean[] mask;
  private int invalid;
  private boolean live;

  /**
   * @param invalidPenalty reward subtracted per invalid text action, finite and >= 0
   * @param maxInvalid invalid text actions per episode before it is truncated, >= 1
   */
  public TextEpisodeEnv(EpisodeEnv env, double invalidPenalty, int maxInvalid) {
    if (!(invalidPenalty >= 0) || !Double.isFinite(invalidPenalty)) {
      throw new IllegalArgumentException("invalid-action penalty must be finite and >= 0 but was "
          + invalidPenalty);
    }
    if (maxInvalid < 1) {
      throw new IllegalArgumentException("max invalid actions must be >= 1 but was " + maxInvalid);
    }
    this.env = env;
    this.invalidPenalty = invalidPenalty;
    this.maxInvalid = maxInvalid;
  }

  /** Penalty 0.1 per invalid text action, truncation after 8 of them. */
  public static TextEpisodeEnv of(EpisodeEnv env) {
    return new TextEpisodeEnv(env, 0.1, 8);
  }

  @Override
  public ObservationSpace observationSpace() {
    return env.observationSpace();
  }

  @Override
  public ActionSpace actionSpace() {
    return env.actionSpace();
  }

  @Override
  public Reset reset(long seed) {
    Reset r = env.reset(seed);
    observation = r.observation();
    mask = r.actionMask();
    invalid = 0;
    live = true;
    return r;
  }

  @Override
  public Step step(int action) {
    requireLive();
    return remember(env.step(action));
  }

  // after an invalid-action truncation the inner episode still runs, so check here
  private void requireLive() {
    if (!live) {
      throw new IllegalStateException(observation == null ? "step before reset"
          : "the episode is over: call reset first");
    }
  }

  /** One action in words; an invalid one is a penalised no-op step (see the class comment). */
  public Step stepText(String completion) {
    requireLive();
    TextActions.Parse p = grammar.parse(completion, mask);
    if (p.ok()) {
      return remember(env.step(p.action().getAsInt()));
    }
    invalid++;
    boolean cut = invalid >= maxInvalid;
    live = !cut;
    Map<String, Object> info = Map.of(INVALID, p.problem(), "invalid_actions", invalid,
        "type", env.type().key());
    return new Step(observation.clone(), -invalidPenalty, false, cut, mask.clone(), info);
  }

  private Step remember(Step s) {
    observation = s.observation();
    mask = s.actionMask();
    live = !s.done();
    return s;
  }

  /** The observation as text: situation, what was learned so far, legal actions. */
  public String renderText() {
    return env.render();
  }

  @Override
  public String render() {
    return env.render();
  }

  /** The system prompt for the current episode's type. */
  public String systemPrompt() {
    env.type(); // fails before the first reset
    return SeatPrompt.of(env.spec());
  }

  /** The action names allowed now. */
  public List<String> legalActions() {
    if (mask == null) {
      throw new IllegalStateException("no episode yet: call reset first");
    }
    return grammar.legal(mask);
  }

  /** The wrapped env (its last record, verdict and reward). */
  public EpisodeEnv episodes() {
    return env;
  }
}

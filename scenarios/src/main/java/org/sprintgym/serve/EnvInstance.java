package org.sprintgym.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.env.TextActions;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SeatPrompt;
import org.sprintgym.sim.episode.TextEpisodeEnv;
import org.sprintgym.sim.episode.TypeSpecs;

/**
 * One served env and what the API remembers about it. Callers hold {@link #lock} around
 * {@link #reset}, {@link #action} and {@link #step}: the batch endpoint locks several instances
 * at once (in id order, so two batches cannot deadlock) and checks every action before it steps
 * any, so a refused batch changes nothing.
 *
 * <p>An instance created with an invalid-action penalty treats an action in words that names no
 * action, or a masked one, as {@code TextEpisodeEnv} does: a step that changes nothing, pays
 * {@code -penalty} and says why under {@code info.invalid_action}; after {@link #MAX_INVALID} of
 * them in one episode the episode is truncated. Without a penalty such an action gets HTTP 400.
 * Index actions are always checked strictly.
 */
final class EnvInstance {
  /** Invalid actions in words per episode before a penalised episode is truncated. */
  static final int MAX_INVALID = 8;
  /** The largest invalid-action penalty: an episode's whole reward is of order 1. */
  static final double MAX_PENALTY = 1.0;
  /** What {@link #action} returns for an invalid action in words that is penalised. */
  static final int INVALID = -1;

  /** What a reset or step answer carries: the vector, the text rendering, or both. */
  enum Mode {
    VECTOR, TEXT, BOTH;

    static Mode of(JsonNode node) {
      if (node == null || node.isNull()) {
        return VECTOR;
      }
      for (Mode m : values()) {
        if (node.isTextual() && m.key().equals(node.asText())) {
          return m;
        }
      }
      throw HttpProblem.badRequest("'observation_mode' must be one of \"vector\", \"text\","
          + " \"both\" but was " + node);
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  final String id;
  final String type;
  final Env env;
  final Mode mode;
  final ReentrantLock lock = new ReentrantLock();
  private final List<EpisodeType> episodeTypes;
  private final TextActions grammar;
  private long nextSeed;
  private boolean live; // reset and not yet over
  private boolean[] mask;
  private float[] observation;
  /** Reward subtracted per invalid action in words, or null to refuse them with HTTP 400. */
  private final Double invalidPenalty;
  private int invalid; // penalised invalid actions this episode
  private String invalidProblem; // why the action {@link #action} last accepted as INVALID is

  EnvInstance(String id, String type, Env env, List<EpisodeType> episodeTypes, Mode mode) {
    this(id, type, env, episodeTypes, mode, null);
  }

  /** @param invalidPenalty see {@link #penalty}; null refuses invalid actions in words */
  EnvInstance(String id, String type, Env env, List<EpisodeType> episodeTypes, Mode mode,
      Double invalidPenalty) {
    this.id = id;
    this.type = type;
    this.env = env;
    this.episodeTypes = List.copyOf(episodeTypes);
    this.mode = mode;
    this.grammar = TextActions.of(env.actionSpace());
    this.invalidPenalty = invalidPenalty;
  }

  /**
   * The optional {@code invalid_action_penalty} of a create request: absent or null (invalid
   * actions in words get HTTP 400), or a number in 0..{@link #MAX_PENALTY}.
   */
  static Double penalty(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber() || !(node.asDouble() >= 0 && node.asDouble() <= MAX_PENALTY)) {
      String max = java.math.BigDecimal.valueOf(MAX_PENALTY).stripTrailingZeros().toPlainString();
      throw HttpProblem.badRequest("'invalid_action_penalty' must be a number from 0 to " + max
          + " (the reward subtracted per invalid action in words) but was " + node);
    }
    return node.asDouble();
  }

  /** The penalty, or null when invalid actions in words are refused. */
  Double invalidPenalty() {
    return invalidPenalty;
  }

  /** A reset without a seed uses the previous seed + 1 (0 the first time): never the clock. */
  Map<String, Object> reset(Long seed) {
    long s = seed != null ? seed : nextSeed;
    Reset reset = env.reset(s);
    nextSeed = s + 1;
    live = true;
    mask = reset.actionMask();
    observation = reset.observation();
    invalid = 0;
    var out = new LinkedHashMap<String, Object>();
    observation(out, reset.observation());
    out.put("action_mask", mask);
    out.put("info", reset.info());
    return out;
  }

  /** The action index a step request names: an index or an action in words (see TextActions). */
  int action(JsonNode a) {
    int n = env.actionSpace().n();
    if (a != null && a.isIntegralNumber() && a.canConvertToInt()) {
      int action = a.asInt();
      if (action < 0 || action >= n) {
        throw HttpProblem.badRequest("action " + action + " is out of range 0.." + (n - 1));
      }
      requireLive();
      if (!mask[action]) {
        throw HttpProblem.badRequest("action " + action + " (" + env.actionSpace().names()
            .get(action) + ") is masked out; legal actions: " + grammar.describe(mask));
      }
      return action;
    }
    if (a != null && a.isTextual()) {
      requireLive();
      TextActions.Parse p = grammar.parse(a.asText(), mask);
      if (!p.ok() && invalidPenalty != null) {
        invalidProblem = p.problem();
        return INVALID;
      }
      if (!p.ok()) {
        throw HttpProblem.badRequest(p.problem());
      }
      return p.action().getAsInt();
    }
    throw HttpProblem.badRequest("'action' must be an integer action index or an action name"
        + " (a string) but was " + (a == null ? "missing" : a.toString()));
  }

  private void requireLive() {
    if (!live) {
      throw new HttpProblem(409, "the episode is not running: call reset first");
    }
  }

  /** Steps with an action {@link #action} accepted. */
  Map<String, Object> step(int action, boolean named) {
    if (action == INVALID) {
      return penalised();
    }
    Step step = env.step(action);
    live = !step.done();
    mask = step.actionMask();
    observation = step.observation();
    var out = new LinkedHashMap<String, Object>();
    observation(out, step.observation());
    out.put("reward", step.reward());
    out.put("terminated", step.terminated());
    out.put("truncated", step.truncated());
    out.put("action_mask", mask);
    out.put("info", step.info());
    if (named) {
      out.put("action", env.actionSpace().names().get(action));
    }
    return out;
  }

  /** The answer to an invalid action in words that {@link #action} accepted as INVALID. */
  private Map<String, Object> penalised() {
    invalid++;
    boolean cut = invalid >= MAX_INVALID;
    live = !cut;
    var info = new LinkedHashMap<String, Object>();
    info.put(TextEpisodeEnv.INVALID, invalidProblem);
    info.put("invalid_actions", invalid);
    if (env instanceof EpisodeEnv e) {
      info.put("type", e.type().key());
    }
    var out = new LinkedHashMap<String, Object>();
    observation(out, observation);
    out.put("reward", -invalidPenalty);
    out.put("terminated", false);
    out.put("truncated", cut);
    out.put("action_mask", mask);
    out.put("info", info);
    return out;
  }

  boolean live() {
    return live;
  }

  private void observation(Map<String, Object> out, float[] vector) {
    if (mode != Mode.TEXT) {
      out.put("observation", vector);
    }
    if (mode != Mode.VECTOR) {
      out.put("text", env.render());
      out.put("legal_actions", grammar.legal(mask));
    }
  }

  /** The aliases of the actions of episode type {@code t} (those its prompt lists). */
  private Map<String, String> aliases(EpisodeType t) {
    var out = new LinkedHashMap<String, String>();
    for (EpisodeAction a : TypeSpecs.of(t).actions()) {
      grammar.alias(a.ordinal()).ifPresent(x -> out.put(x, grammar.names().get(a.ordinal())));
    }
    return out;
  }

  /** The system prompt for the seat: of the running episode's type, or of the env's only type. */
  Map<String, Object> prompt() {
    var out = new LinkedHashMap<String, Object>();
    if (env instanceof EpisodeEnv e) {
      EpisodeType t;
      if (mask != null) {
        t = e.type();
      } else if (episodeTypes.size() == 1) {
        t = episodeTypes.get(0);
      } else {
        throw new HttpProblem(409, "env type '" + type + "' mixes " + episodeTypes.size()
            + " episode types; reset first, then the prompt describes the episode's type");
      }
      out.put("prompt", SeatPrompt.of(e.specOf(t)));
      out.put("type", t.key());
      out.put("aliases", aliases(t));
    } else {
      out.put("prompt", "You control the " + type + " env. Each turn you see its state and"
          + " answer with one of its actions: " + String.join(", ", grammar.names()) + ".\n"
          + TextActions.rules() + "\n");
      out.put("type", type);
      out.put("aliases", grammar.aliases());
    }
    out.put("rules", TextActions.rules());
    return out;
  }
}

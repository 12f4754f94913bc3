package org.sprintgym.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sprintgym.sim.env.Env;

/**
 * The remote env API, in the shape of gym-http-api:
 * <pre>
 * POST   /v1/envs              {"type": T, "observation_mode": "vector"|"text"|"both",
 *                                "invalid_action_penalty": P}
 *                                               -> {instance_id, observation_space, action_space}
 * GET    /v1/envs                               -> {all_envs: {id: type}}
 * POST   /v1/envs/{id}/reset   {"seed": S}      -> {observation, action_mask, info}
 * POST   /v1/envs/{id}/step    {"action": A}    -> {observation, reward, terminated, truncated,
 *                                                   action_mask, info}
 * GET    /v1/envs/{id}/observation_space, /action_space
 * GET    /v1/envs/{id}/prompt                   -> {prompt, type, aliases, rules}
 * POST   /v1/envs/batch/step   {"steps": [{"instance_id": I, "action": A}, ...], "autoreset": B}
 * POST   /v1/envs/batch/reset  {"resets": [{"instance_id": I, "seed": S}, ...]}
 * DELETE /v1/envs/{id}                          -> {deleted: id}
 * GET    /health, /metrics
 * </pre>
 * An action is an index or, in any observation mode, an action in words (grammar in
 * {@code TextActions}); text and both modes add {@code text} (the rendering) and
 * {@code legal_actions} to every reset and step answer, and text mode drops {@code observation}.
 * With {@code invalid_action_penalty} P (a number in 0..1, optional) an action in words that names
 * no action or a masked one is a no-op step paying -P (see {@code EnvInstance}) instead of a 400.
 * Each instance is used by one request at a time (a lock per instance); different instances step
 * in parallel. A reset without a seed uses the previous seed + 1 (0 the first time), so the server
 * never draws from the clock. Bad requests get 4xx: 400 malformed JSON, bad field, out-of-range or
 * masked action; 404 unknown instance or path; 405 wrong method; 409 step before reset or after
 * the end; 429 too many instances; 413 body too large.
 */
public final class EnvServer implements AutoCloseable {

  private final EnvTypes types;
  private final int maxInstances;
  private final Map<String, EnvInstance> instances = new ConcurrentHashMap<>();
  private final AtomicLong created = new AtomicLong();
  private final ServerMetrics metrics = new ServerMetrics("sprintgym_env");
  private final JsonServer server;
  private final EnvBatch batch = new EnvBatch(this::instance);

  private EnvServer(EnvTypes types, int maxInstances, InetSocketAddress address, int threads)
      throws IOException {
    this.types = types;
    this.maxInstances = maxInstances;
    this.server = JsonServer.start(address, threads, new Api(), metrics);
  }

  /**
   * Starts serving on {@code address} (port 0 picks a free one).
   *
   * @param maxInstances live instances allowed at once; creating more answers 429
   * @param threads worker threads
   */
  public static EnvServer start(InetSocketAddress address, EnvTypes types, int maxInstances,
      int threads) throws IOException {
    if (maxInstances < 1 || threads < 1) {
      throw new IllegalArgumentException("max instances and threads must be >= 1 but were "
          + maxInstances + ", " + threads);
    }
    return new EnvServer(types, maxInstances, address, threads);
  }

  public int port() {
    return server.port();
  }

  /** Live instances. */
  public int instances() {
    return instances.size();
  }

  @Override
  public void close() {
    server.close();
  }

  private final class Api implements JsonServer.Routes {
    @Override
    public String route(List<String> s) {
      if (s.size() == 1 && (s.get(0).equals("health") || s.get(0).equals("metrics"))) {
        return "/" + s.get(0);
      }
      if (s.size() < 2 || !s.get(0).equals("v1") || !s.get(1).equals("envs")) {
        return null;
      }
      if (s.size() == 4 && s.get(2).equals(EnvBatch.SEGMENT)) {
        return List.of("reset", "step").contains(s.get(3)) ? "/v1/envs/batch/" + s.get(3) : null;
      }
      return switch (s.size()) {
        case 2 -> "/v1/envs";
        case 3 -> "/v1/envs/{id}";
        case 4 -> List.of("reset", "step", "observation_space", "action_space", "prompt")
            .contains(s.get(3)) ? "/v1/envs/{id}/" + s.get(3) : null;
        default -> null;
      };
    }

    @Override
    public JsonServer.Answer handle(String route, JsonServer.ParsedRequest r) {
      return switch (route) {
        case "/health" -> {
          r.requireMethod("GET");
          yield JsonServer.Answer.json(Map.of("status", "ok", "instances", instances.size()));
        }
        case "/metrics" -> {
          r.requireMethod("GET");
          yield new JsonServer.Answer(200, metrics.scrape(), ServerMetrics.contentType());
        }
        case "/v1/envs" -> r.method().equals("GET") ? list() : create(r);
        case "/v1/envs/{id}" -> {
          r.requireMethod("DELETE");
          String id = r.segments().get(2);
          if (instances.remove(id) == null) {
            throw unknown(id);
          }
          yield JsonServer.Answer.json(Map.of("deleted", id));
        }
        case "/v1/envs/{id}/reset" -> reset(instance(r), r);
        case "/v1/envs/{id}/step" -> step(instance(r), r);
        case "/v1/envs/{id}/prompt" -> {
          r.requireMethod("GET");
          EnvInstance i = instance(r);
          i.lock.lock();
          try {
            yield JsonServer.Answer.json(i.prompt());
          } finally {
            i.lock.unlock();
          }
        }
        case "/v1/envs/batch/step" -> {
          r.requireMethod("POST");
          yield JsonServer.Answer.json(batch.step(r.json()));
        }
        case "/v1/envs/batch/reset" -> {
          r.requireMethod("POST");
          yield JsonServer.Answer.json(batch.reset(r.json()));
        }
        case "/v1/envs/{id}/observation_space" -> {
          r.requireMethod("GET");
          yield JsonServer.Answer.json(Map.of("info", Spaces.observation(instance(r).env)));
        }
        case "/v1/envs/{id}/action_space" -> {
          r.requireMethod("GET");
          yield JsonServer.Answer.json(Map.of("info", Spaces.action(instance(r).env)));
        }
        default -> throw new IllegalStateException("unrouted " + route);
      };
    }
  }

  private JsonServer.Answer list() {
    var all = new TreeMap<String, String>();
    instances.forEach((id, i) -> all.put(id, i.type));
    return JsonServer.Answer.json(Map.of("all_envs", all));
  }

  private JsonServer.Answer create(JsonServer.ParsedRequest r) {
    r.requireMethod("POST");
    JsonNode body = r.json();
    JsonNode type = body.get("type");
    if (type == null || !type.isTextual()) {
      // gym-http-api calls it env_id; accept that spelling too
      type = body.get("env_id");
    }
    if (type == null || !type.isTextual()) {
      throw HttpProblem.badRequest("field 'type' (a string) is required; known types: "
          + String.join(", ", EnvTypes.names()));
    }
    String name = type.asText();
    Supplier<Env> factory = types.factory(name).orElseThrow(() -> HttpProblem.badRequest(
        "unknown env type '" + name + "'; known types: " + String.join(", ", EnvTypes.names())));
    if (instances.size() >= maxInstances) {
      throw new HttpProblem(429, "already " + maxInstances + " live instances; DELETE some first");
    }
    EnvInstance.Mode mode = EnvInstance.Mode.of(body.get("observation_mode"));
    Double penalty = EnvInstance.penalty(body.get("invalid_action_penalty"));
    String id = String.format("%08x", created.incrementAndGet());
    EnvInstance instance = new EnvInstance(id, name, factory.get(), types.episodeTypes(name), mode,
        penalty);
    instances.put(id, instance);
    var out = new LinkedHashMap<String, Object>();
    out.put("instance_id", id);
    out.put("observation_space", Spaces.observation(instance.env));
    out.put("action_space", Spaces.action(instance.env));
    out.put("observation_mode", mode.key());
    if (penalty != null) {
      out.put("invalid_action_penalty", penalty);
    }
    return JsonServer.Answer.json(out);
  }

  private EnvInstance instance(JsonServer.ParsedRequest r) {
    return instance(r.segments().get(2));
  }

  EnvInstance instance(String id) {
    EnvInstance i = instances.get(id);
    if (i == null) {
      throw unknown(id);
    }
    return i;
  }

  static HttpProblem unknown(String id) {
    return HttpProblem.notFound("unknown instance '" + id + "' (never created, or deleted)");
  }

  private static JsonServer.Answer reset(EnvInstance instance, JsonServer.ParsedRequest r) {
    r.requireMethod("POST");
    Long seed = seed(r.json().get("seed"));
    instance.lock.lock();
    try {
      return JsonServer.Answer.json(instance.reset(seed));
    } finally {
      instance.lock.unlock();
    }
  }

  /** An optional reset seed: null, or an integer in the 64-bit signed range. */
  static Long seed(JsonNode seedNode) {
    if (seedNode == null || seedNode.isNull()) {
      return null;
    }
    if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
      throw HttpProblem.badRequest("'seed' must be an integer in the 64-bit signed range but was "
          + seedNode);
    }
    return seedNode.asLong();
  }

  private static JsonServer.Answer step(EnvInstance instance, JsonServer.ParsedRequest r) {
    r.requireMethod("POST");
    JsonNode a = r.json().get("action");
    instance.lock.lock();
    try {
      int action = instance.action(a);
      return JsonServer.Answer.json(instance.step(action, a.isTextual()));
    } finally {
      instance.lock.unlock();
    }
  }
}

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
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;

/**
 * The remote env API, in the shape of gym-http-api:
 * <pre>
 * POST   /v1/envs              {"type": T}      -> {instance_id, observation_space, action_space}
 * GET    /v1/envs                               -> {all_envs: {id: type}}
 * POST   /v1/envs/{id}/reset   {"seed": S}      -> {observation, action_mask, info}
 * POST   /v1/envs/{id}/step    {"action": A}    -> {observation, reward, terminated, truncated,
 *                                                   action_mask, info}
 * GET    /v1/envs/{id}/observation_space, /action_space
 * DELETE /v1/envs/{id}                          -> {deleted: id}
 * GET    /health, /metrics
 * </pre>
 * Each instance is used by one request at a time (a lock per instance); different instances step
 * in parallel. A reset without a seed uses the previous seed + 1 (0 the first time), so the server
 * never draws from the clock. Bad requests get 4xx: 400 malformed JSON, bad field, out-of-range or
 * masked action; 404 unknown instance or path; 405 wrong method; 409 step before reset or after
 * the end; 429 too many instances; 413 body too large.
 */
public final class EnvServer implements AutoCloseable {

  /** One env and what the API remembers about it. */
  private static final class Instance {
    final String type;
    final Env env;
    long nextSeed;
    boolean live; // reset and not yet over

    Instance(String type, Env env) {
      this.type = type;
      this.env = env;
    }
  }

  private final EnvTypes types;
  private final int maxInstances;
  private final Map<String, Instance> instances = new ConcurrentHashMap<>();
  private final AtomicLong created = new AtomicLong();
  private final ServerMetrics metrics = new ServerMetrics("sprintgym_env");
  private final JsonServer server;

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
      return switch (s.size()) {
        case 2 -> "/v1/envs";
        case 3 -> "/v1/envs/{id}";
        case 4 -> List.of("reset", "step", "observation_space", "action_space").contains(s.get(3))
            ? "/v1/envs/{id}/" + s.get(3) : null;
        default -> null;
      };
    }

    @Override
    public JsonServer.Answer handle(String route, JsonServer.Request r) {
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

  private JsonServer.Answer create(JsonServer.Request r) {
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
    String id = String.format("%08x", created.incrementAndGet());
    Instance instance = new Instance(name, factory.get());
    instances.put(id, instance);
    var out = new LinkedHashMap<String, Object>();
    out.put("instance_id", id);
    out.put("observation_space", Spaces.observation(instance.env));
    out.put("action_space", Spaces.action(instance.env));
    return JsonServer.Answer.json(out);
  }

  private Instance instance(JsonServer.Request r) {
    String id = r.segments().get(2);
    Instance i = instances.get(id);
    if (i == null) {
      throw unknown(id);
    }
    return i;
  }

  private static HttpProblem unknown(String id) {
    return HttpProblem.notFound("unknown instance '" + id + "' (never created, or deleted)");
  }

  private static JsonServer.Answer reset(Instance instance, JsonServer.Request r) {
    r.requireMethod("POST");
    JsonNode seedNode = r.json().get("seed");
    Long seed = null;
    if (seedNode != null && !seedNode.isNull()) {
      if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
        throw HttpProblem.badRequest("'seed' must be an integer in the 64-bit signed range but was "
            + seedNode);
      }
      seed = seedNode.asLong();
    }
    synchronized (instance) {
      long s = seed != null ? seed : instance.nextSeed;
      Reset reset = instance.env.reset(s);
      instance.nextSeed = s + 1;
      instance.live = true;
      var out = new LinkedHashMap<String, Object>();
      out.put("observation", reset.observation());
      out.put("action_mask", reset.actionMask());
      out.put("info", reset.info());
      return JsonServer.Answer.json(out);
    }
  }

  private static JsonServer.Answer step(Instance instance, JsonServer.Request r) {
    r.requireMethod("POST");
    JsonNode a = r.json().get("action");
    if (a == null || !a.isIntegralNumber() || !a.canConvertToInt()) {
      throw HttpProblem.badRequest("'action' must be an integer action index but was "
          + (a == null ? "missing" : a.toString()));
    }
    int action = a.asInt();
    int n = instance.env.actionSpace().n();
    if (action < 0 || action >= n) {
      throw HttpProblem.badRequest("action " + action + " is out of range 0.." + (n - 1));
    }
    synchronized (instance) {
      if (!instance.live) {
        throw new HttpProblem(409, "the episode is not running: call reset first");
      }
      Step step;
      try {
        step = instance.env.step(action);
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest(e.getMessage()); // masked out
      }
      instance.live = !step.done();
      var out = new LinkedHashMap<String, Object>();
      out.put("observation", step.observation());
      out.put("reward", step.reward());
      out.put("terminated", step.terminated());
      out.put("truncated", step.truncated());
      out.put("action_mask", step.actionMask());
      out.put("info", step.info());
      return JsonServer.Answer.json(out);
    }
  }
}

package org.sprintgym.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.HostPolicy;

/**
 * Serves one policy:
 * <pre>
 * POST /act {"observation": [..], "action_mask": [..], "mode": "greedy"|"sample"}
 *           -> {"action", "log_prob", "value"}
 * GET  /health   GET /metrics (Prometheus text: requests, latency histogram, errors)
 * </pre>
 * {@code action_mask} (booleans or 0/1) may be left out: every action allowed. {@code mode}
 * defaults to {@code greedy} (deterministic); {@code sample} draws from one seeded stream shared
 * by all requests, in arrival order. The network is not thread-safe, so decisions are serialised;
 * a batch-1 forward is well under a millisecond.
 */
public final class PolicyServer implements AutoCloseable {
  private final PolicyArtifacts artifacts;
  private final ActorCritic net;
  private final Rng sampling;
  /** The network as plain Java loops: a batch-1 call costs tens of microseconds, not hundreds. */
  private final HostPolicy host;
  private final ServerMetrics metrics = new ServerMetrics("sprintgym_policy");
  private final JsonServer server;

  private PolicyServer(PolicyArtifacts artifacts, long seed, InetSocketAddress address,
      int threads) throws IOException {
    this.artifacts = artifacts;
    this.net = artifacts.net();
    this.host = HostPolicy.of(net);
    this.sampling = Rng.seeded(seed);
    this.server = JsonServer.start(address, threads, new Api(), metrics);
  }

  /** Starts serving on {@code address} (port 0 picks a free one). */
  public static PolicyServer start(InetSocketAddress address, PolicyArtifacts artifacts,
      long seed, int threads) throws IOException {
    return new PolicyServer(artifacts, seed, address, threads);
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }

  private final class Api implements JsonServer.Routes {
    @Override
    public String route(List<String> s) {
      return s.size() == 1 && List.of("act", "health", "metrics").contains(s.get(0))
          ? "/" + s.get(0) : null;
    }

    @Override
    public JsonServer.Answer handle(String route, JsonServer.ParsedRequest r) {
      switch (route) {
        case "/health" -> {
          r.requireMethod("GET");
          var m = new LinkedHashMap<String, Object>();
          m.put("status", "ok");
          m.put("env", artifacts.env());
          m.put("adapter", artifacts.adapter());
          m.put("observation_size", net.observationSize());
          m.put("action_count", net.actionCount());
          return JsonServer.Answer.json(m);
        }
        case "/metrics" -> {
          r.requireMethod("GET");
          return new JsonServer.Answer(200, metrics.scrape(), ServerMetrics.contentType());
        }
        case "/act" -> {
          r.requireMethod("POST");
          return JsonServer.Answer.json(act(r.json()));
        }
        default -> throw new IllegalStateException("unrouted " + route);
      }
    }
  }

  private Map<String, Object> act(JsonNode body) {
    float[] obs = observation(body.get("observation"));
    boolean[] mask = mask(body.get("action_mask"));
    ActionMode mode = mode(body.get("mode"));
    var batch = new ObservationBatch(1, obs.length, mask.length, obs, mask);
    PolicyOutput out;
    synchronized (host) { // the sampling stream is shared
      out = host.act(batch, mode, sampling);
    }
    var m = new LinkedHashMap<String, Object>();
    m.put("action", out.actions()[0]);
    m.put("log_prob", out.logProbs()[0]);
    m.put("value", out.hasValues() ? out.values()[0] : null);
    return m;
  }

  private float[] observation(JsonNode node) {
    int n = net.observationSize();
    if (node == null || !node.isArray() || node.size() != n) {
      throw HttpProblem.badRequest("'observation' must be an array of " + n + " numbers but was "
          + (node == null ? "missing" : node.isArray() ? node.size() + " values" : node.getNodeType()));
    }
    float[] obs = new float[n];
    for (int i = 0; i < n; i++) {
      JsonNode v = node.get(i);
      if (!v.isNumber() || !Float.isFinite(v.floatValue())) {
        throw HttpProblem.badRequest("observation[" + i + "] must be a finite number but was " + v);
      }
      obs[i] = v.floatValue();
    }
    return obs;
  }

  private boolean[] mask(JsonNode node) {
    int n = net.actionCount();
    boolean[] mask = new boolean[n];
    if (node == null || node.isNull()) {
      java.util.Arrays.fill(mask, true);
      return mask;
    }
    if (!node.isArray() || node.size() != n) {
      throw HttpProblem.badRequest("'action_mask' must be an array of " + n
          + " booleans (or 0/1) but was " + (node.isArray() ? node.size() + " values" : node));
    }
    boolean any = false;
    for (int i = 0; i < n; i++) {
      JsonNode v = node.get(i);
      if (v.isBoolean()) {
        mask[i] = v.booleanValue();
      } else if (v.isIntegralNumber() && (v.asLong() == 0 || v.asLong() == 1)) {
        mask[i] = v.asLong() == 1;
      } else {
        throw HttpProblem.badRequest("action_mask[" + i + "] must be true/false or 0/1 but was " + v);
      }
      any |= mask[i];
    }
    if (!any) {
      throw HttpProblem.badRequest("'action_mask' allows no action");
    }
    return mask;
  }

  private static ActionMode mode(JsonNode node) {
    if (node == null || node.isNull()) {
      return ActionMode.GREEDY;
    }
    return switch (node.asText()) {
      case "greedy" -> ActionMode.GREEDY;
      case "sample" -> ActionMode.SAMPLE;
      default -> throw HttpProblem.badRequest("'mode' must be \"greedy\" or \"sample\" but was " + node);
    };
  }
}

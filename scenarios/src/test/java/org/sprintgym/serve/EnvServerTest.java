package org.sprintgym.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;

class EnvServerTest {
  static final Path CLIENT = Path.of("clients", "python");
  static EnvServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = EnvServer.start(new InetSocketAddress("127.0.0.1", 0), EnvTypes.defaults(), 64, 4);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pythonClientMatchesAJavaRunOfTheSameSeedsAndActions() throws Exception {
    assumeTrue(python(), "python3 is not installed");
    List<String> lines = runPython(List.of("python3", "random_episodes.py", "--url",
        "http://127.0.0.1:" + server.port(), "--type", "all", "--episodes", "100", "--seed", "41",
        "--jsonl"));
    assertThat(lines).hasSize(100);
    Env env = EnvTypes.defaults().factory("all").orElseThrow().get();
    int steps = 0;
    var types = new java.util.HashSet<String>();
    for (String line : lines) {
      JsonNode ep = Http.JSON.readTree(line);
      steps += replay(env, ep);
      types.add(ep.get("type").asText());
    }
    assertThat(steps).isGreaterThan(100);
    assertThat(types).hasSizeGreaterThan(5); // the 'all' mix really mixed types
  }

  @Test
  void pythonClientWorksWithoutNumpy() throws Exception {
    assumeTrue(python(), "python3 is not installed");
    String script = "import sys, runpy; sys.modules['numpy'] = None; sys.path.insert(0, '.');"
        + " sys.argv = ['random_episodes.py', '--url', 'http://127.0.0.1:" + server.port()
        + "', '--type', 'triage', '--episodes', '5', '--seed', '3', '--jsonl'];"
        + " runpy.run_path('random_episodes.py', run_name='__main__')";
    List<String> lines = runPython(List.of("python3", "-c", script));
    assertThat(lines).hasSize(5);
    Env env = EnvTypes.defaults().factory("triage").orElseThrow().get();
    for (String line : lines) {
      replay(env, Http.JSON.readTree(line));
    }
  }

  /** Replays one Python episode on a local env: every observation and reward must be equal. */
  private static int replay(Env env, JsonNode ep) {
    long seed = ep.get("seed").asLong();
    JsonNode observations = ep.get("observations");
    JsonNode rewards = ep.get("rewards");
    Reset reset = env.reset(seed);
    assertThat(floats(observations.get(0))).as("seed %d reset", seed)
        .containsExactly(reset.observation());
    JsonNode actions = ep.get("actions");
    Step step = null;
    for (int t = 0; t < actions.size(); t++) {
      step = env.step(actions.get(t).asInt());
      assertThat(floats(observations.get(t + 1))).as("seed %d step %d", seed, t)
          .containsExactly(step.observation());
      assertThat(rewards.get(t).asDouble()).as("seed %d reward %d", seed, t)
          .isEqualTo(step.reward());
    }
    assertThat(step).isNotNull();
    assertThat(step.done()).isTrue();
    assertThat(ep.get("terminated").asBoolean()).isEqualTo(step.terminated());
    assertThat(ep.get("truncated").asBoolean()).isEqualTo(step.truncated());
    return actions.size();
  }

  private static float[] floats(JsonNode a) {
    float[] f = new float[a.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) a.get(i).asDouble();
    }
    return f;
  }

  static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> runPython(List<String> command) throws Exception {
    Path err = Files.createTempFile("python-client", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(CLIENT.toFile())
          .redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python finished").isTrue();
      assertThat(p.exitValue()).as("python exit status; stderr: %s", Files.readString(err))
          .isZero();
      var lines = new ArrayList<String>();
      for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          lines.add(l);
        }
      }
      return lines;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  @Test
  void createResetStepDeleteFollowTheGymHttpShape() {
    JsonNode created = http.post("/v1/envs", "{\"type\":\"elicitation\"}").json();
    String id = created.get("instance_id").asText();
    assertThat(created.at("/observation_space/name").asText()).isEqualTo("Box");
    assertThat(created.at("/action_space/name").asText()).isEqualTo("Discrete");
    int obsSize = created.at("/observation_space/shape/0").asInt();
    JsonNode reset = http.post("/v1/envs/" + id + "/reset", "{\"seed\":5}").json();
    assertThat(reset.get("observation").size()).isEqualTo(obsSize);
    assertThat(reset.get("info").get("type").asText()).isEqualTo("elicitation");
    int allowed = firstAllowed(reset.get("action_mask"));
    JsonNode step = http.post("/v1/envs/" + id + "/step", "{\"action\":" + allowed + "}").json();
    assertThat(step.has("reward")).isTrue();
    assertThat(step.get("terminated").isBoolean()).isTrue();
    assertThat(step.get("truncated").isBoolean()).isTrue();
    assertThat(http.get("/health").json().get("status").asText()).isEqualTo("ok");
    assertThat(http.send("DELETE", "/v1/envs/" + id, null).status()).isEqualTo(200);
    assertThat(http.post("/v1/envs/" + id + "/reset", "{}").status()).isEqualTo(404);
  }

  @Test
  void malformedRequestsGet4xxWithAMessage() {
    String id = http.post("/v1/envs", "{\"type\":\"triage\"}").json().get("instance_id").asText();
    String p = "/v1/envs/" + id;
    expect(http.post(p + "/step", "{\"action\":0}"), 409, "reset first");
    JsonNode reset = http.post(p + "/reset", "{\"seed\":1}").json();
    int masked = firstMasked(reset.get("action_mask"));
    expect(http.post("/v1/envs", "{\"type\": "), 400, "malformed JSON");
    expect(http.post("/v1/envs", "[1,2]"), 400, "JSON object");
    expect(http.post("/v1/envs", "{\"type\":\"chess\"}"), 400, "unknown env type");
    expect(http.post("/v1/envs", "{}"), 400, "'type'");
    expect(http.post("/v1/envs/nope/step", "{\"action\":0}"), 404, "unknown instance");
    expect(http.send("DELETE", "/v1/envs/nope", null), 404, "unknown instance");
    expect(http.post(p + "/step", "{\"action\":999}"), 400, "out of range");
    expect(http.post(p + "/step", "{\"action\":-1}"), 400, "out of range");
    expect(http.post(p + "/step", "{\"action\":" + masked + "}"), 400, "masked out");
    expect(http.post(p + "/step", "{\"action\":\"ask\"}"), 400, "no action named in 'ask'");
    expect(http.post(p + "/step", "{\"action\":\"write code\"}"), 400, "not allowed now");
    expect(http.post(p + "/step", "{\"action\":[1]}"), 400, "integer action index or an action");
    expect(http.post("/v1/envs", "{\"type\":\"triage\",\"observation_mode\":\"pixels\"}"), 400,
        "'observation_mode' must be one of");
    expect(http.post(p + "/step", "{\"action\":1.5}"), 400, "integer");
    expect(http.post(p + "/step", "not json"), 400, "malformed JSON");
    expect(http.post(p + "/reset", "{\"seed\":1e400}"), 400, "seed");
    expect(http.post(p + "/reset", "{\"seed\":99999999999999999999999}"), 400, "seed");
    expect(http.get(p + "/step"), 405, "POST");
    expect(http.get("/v2/nothing"), 404, "no such path");
    expect(http.post(p + "/reset", "x".repeat(JsonServer.MAX_BODY + 10)), 413, "bytes");
    // the instance survived all of it
    assertThat(http.post(p + "/step", "{\"action\":" + firstAllowed(reset.get("action_mask"))
        + "}").status()).isEqualTo(200);
    String metrics = http.get("/metrics").body();
    assertThat(metrics).contains("sprintgym_env_errors_total{kind=\"client\"");
    assertThat(metrics).doesNotContain("kind=\"server\"");
  }

  @Test
  void tooManyInstancesIs429NotAnError() {
    var ids = new ArrayList<String>();
    try {
      Http.Answer a;
      while ((a = http.post("/v1/envs", "{\"type\":\"cartpole\"}")).status() == 200) {
        ids.add(a.json().get("instance_id").asText());
        assertThat(ids.size()).isLessThanOrEqualTo(64);
      }
      expect(a, 429, "live instances");
    } finally {
      ids.forEach(id -> http.send("DELETE", "/v1/envs/" + id, null));
    }
  }

  private static void expect(Http.Answer a, int status, String messagePart) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.json().get("error").asText()).contains(messagePart);
  }

  static int firstAllowed(JsonNode mask) {
    for (int i = 0; i < mask.size(); i++) {
      if (mask.get(i).asBoolean()) {
        return i;
      }
    }
    throw new AssertionError("no allowed action in " + mask);
  }

  static int firstMasked(JsonNode mask) {
    for (int i = 0; i < mask.size(); i++) {
      if (!mask.get(i).asBoolean()) {
        return i;
      }
    }
    throw new AssertionError("no masked action in " + mask);
  }
}

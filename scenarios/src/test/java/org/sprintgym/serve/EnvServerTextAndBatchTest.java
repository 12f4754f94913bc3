package org.sprintgym.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.env.TextActions;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.TypeSpecs;

/** Text mode, batched steps, {@code invalid_action_penalty} and the prompt's aliases. */
class EnvServerTextAndBatchTest {
  static EnvServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = EnvServer.start(new InetSocketAddress("127.0.0.1", 0), EnvTypes.defaults(), 64, 2);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyEpisodeTypePlaysFromTextWithAPromptAndLegalActions() {
    for (EpisodeType t : EpisodeType.values()) {
      String p = http.createEnv("{\"type\":\"" + t.key() + "\",\"observation_mode\":\"text\"}");
      JsonNode prompt = http.get(p + "/prompt").json();
      assertThat(prompt.get("prompt").asText()).contains("Episode type: " + t.key())
          .contains("Action: <name>");
      assertThat(prompt.get("type").asText()).isEqualTo(t.key());
      JsonNode answer = http.post(p + "/reset", "{\"seed\":3}").json();
      assertThat(answer.has("observation")).as("text mode drops the vector").isFalse();
      int steps = 0;
      while (true) {
        String text = answer.get("text").asText();
        List<String> legal = new ArrayList<>();
        answer.get("legal_actions").forEach(n -> legal.add(n.asText()));
        assertThat(text).contains("Episode: " + t.key()).contains("Allowed actions: "
            + String.join(" ", legal));
        // the last legal action, spelled loosely inside free text
        String pick = legal.get(legal.size() - 1);
        Http.Answer a = http.post(p + "/step", "{\"action\":\"I pick " + pick.replace('_', '-')
            .toUpperCase() + ", final.\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        answer = a.json();
        assertThat(answer.get("action").asText()).isEqualTo(pick);
        steps++;
        if (answer.get("terminated").asBoolean() || answer.get("truncated").asBoolean()) {
          break;
        }
        assertThat(steps).isLessThan(100);
      }
      http.send("DELETE", p, null);
    }
  }

  @Test
  void bothModeCarriesTheVectorAndTheTextAndTextStepsEqualIndexSteps() {
    String p = http.createEnv("{\"type\":\"triage\",\"observation_mode\":\"both\"}");
    String q = http.createEnv("{\"type\":\"triage\"}");
    JsonNode a = http.post(p + "/reset", "{\"seed\":9}").json();
    JsonNode b = http.post(q + "/reset", "{\"seed\":9}").json();
    assertThat(a.get("observation")).isEqualTo(b.get("observation"));
    assertThat(b.has("text")).isFalse();
    JsonNode sa = http.post(p + "/step", "{\"action\":\"Action: abr\"}").json();
    JsonNode sb = http.post(q + "/step", "{\"action\":"
        + org.sprintgym.sim.episode.EpisodeAction.ASSESS_BLAST_RADIUS.ordinal() + "}").json();
    assertThat(sa.get("observation")).isEqualTo(sb.get("observation"));
    assertThat(sa.get("text").asText()).contains("blast radius");
    assertThat(sa.get("action").asText()).isEqualTo("assess_blast_radius");
  }

  @Test
  void badTextActionsAndPromptsGet4xxNamingTheLegalActions() {
    String p = http.createEnv("{\"type\":\"triage\",\"observation_mode\":\"text\"}");
    expect(http.post(p + "/step", "{\"action\":\"defer\"}"), 409, "reset first");
    http.post(p + "/reset", "{\"seed\":1}");
    expect(http.post(p + "/step", "{\"action\":\"hmm, no idea\"}"), 400,
        "legal actions: assess_severity, assess_blast_radius (abr), investigate");
    expect(http.post(p + "/step", "{\"action\":\"\"}"), 400, "the answer is empty");
    expect(http.post(p + "/prompt", "{}"), 405, "GET");
    String mixed = http.createEnv("{\"type\":\"stage2\"}");
    expect(http.get(mixed + "/prompt"), 409, "reset first");
    http.post(mixed + "/reset", "{\"seed\":4}");
    assertThat(http.get(mixed + "/prompt").json().get("type").asText())
        .isIn("triage", "recovery", "scope_change");
    String cart = http.createEnv("{\"type\":\"cartpole\",\"observation_mode\":\"text\"}");
    assertThat(http.get(cart + "/prompt").json().get("prompt").asText()).contains("cartpole");
  }

  @Test
  void aBatchStepEqualsSingleStepsAndAutoresetsInTheSameStep() {
    int n = 6;
    var ids = new ArrayList<String>();
    var resets = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String path = http.createEnv("{\"type\":\"stage1\"}");
      ids.add(path.substring("/v1/envs/".length()));
      resets.append(i == 0 ? "" : ",").append("{\"instance_id\":\"").append(ids.get(i))
          .append("\",\"seed\":").append(100 + i).append('}');
    }
    JsonNode reset = http.post("/v1/envs/batch/reset", "{\"resets\":[" + resets + "]}").json();
    var local = new ArrayList<Env>();
    var masks = new ArrayList<JsonNode>();
    for (int i = 0; i < n; i++) {
      Env e = EnvTypes.defaults().factory("stage1").orElseThrow().get();
      Reset r = e.reset(100 + i);
      assertThat(floats(reset.at("/results/" + i + "/observation")))
          .containsExactly(r.observation());
      local.add(e);
      masks.add(reset.at("/results/" + i + "/action_mask"));
    }
    long[] seeds = {100, 101, 102, 103, 104, 105};
    int ended = 0;
    for (int t = 0; t < 40; t++) {
      var steps = new StringBuilder();
      int[] actions = new int[n];
      for (int i = 0; i < n; i++) {
        actions[i] = EnvServerTest.firstAllowed(masks.get(i));
        steps.append(i == 0 ? "" : ",").append("{\"instance_id\":\"").append(ids.get(i))
            .append("\",\"action\":").append(actions[i]).append('}');
      }
      JsonNode results = http.post("/v1/envs/batch/step",
          "{\"autoreset\":true,\"steps\":[" + steps + "]}").json().get("results");
      for (int i = 0; i < n; i++) {
        JsonNode r = results.get(i);
        Step s = local.get(i).step(actions[i]);
        assertThat(r.get("reward").asDouble()).isEqualTo(s.reward());
        if (s.done()) {
          ended++;
          assertThat(floats(r.get("final_observation"))).containsExactly(s.observation());
          assertThat(r.get("final_info").has("judge")).isTrue();
          Reset fresh = local.get(i).reset(++seeds[i]);
          assertThat(floats(r.get("observation"))).containsExactly(fresh.observation());
        } else {
          assertThat(r.has("final_observation")).isFalse();
          assertThat(floats(r.get("observation"))).containsExactly(s.observation());
        }
        masks.set(i, r.get("action_mask"));
      }
    }
    assertThat(ended).isGreaterThan(n);
    ids.forEach(id -> http.send("DELETE", "/v1/envs/" + id, null));
  }

  @Test
  void aRefusedBatchNamesTheItemAndStepsNothing() {
    String a = http.createEnv("{\"type\":\"triage\"}").substring(9);
    String b = http.createEnv("{\"type\":\"triage\"}").substring(9);
    http.post("/v1/envs/" + a + "/reset", "{\"seed\":2}");
    http.post("/v1/envs/" + b + "/reset", "{\"seed\":2}");
    String ok = "{\"instance_id\":\"" + a + "\",\"action\":\"investigate\"}";
    String step = "/v1/envs/batch/step";
    expect(http.post(step, "{\"steps\":[" + ok + ",{\"instance_id\":\"" + b
        + "\",\"action\":\"write code\"}]}"), 400, "item 1 (instance " + b + "): action 'write_code'");
    expect(http.post(step, "{\"steps\":[" + ok + "," + ok + "]}"), 400, "appears twice");
    expect(http.post(step, "{\"steps\":[" + ok + ",{\"instance_id\":\"zz\",\"action\":0}]}"),
        404, "item 1: unknown instance 'zz'");
    expect(http.post(step, "{\"steps\":[]}"), 400, "array of 1..4096");
    expect(http.post(step, "{\"steps\":{}}"), 400, "'steps' must be an array");
    expect(http.post(step, "{\"steps\":[7]}"), 400, "steps[0] must be an object");
    expect(http.post(step, "{\"steps\":[" + ok + "],\"autoreset\":\"yes\"}"), 400, "true or false");
    expect(http.get(step), 405, "POST");
    expect(http.post("/v1/envs/batch/reset", "{\"resets\":[{\"instance_id\":\"" + a
        + "\",\"seed\":1.5}]}"), 400, "item 0 (instance " + a + "): 'seed'");
    expect(http.post("/v1/envs/batch/jump", "{}"), 404, "no such path");
    // nothing stepped: investigate is still allowed on a, a single step still works
    JsonNode r = http.post(step, "{\"steps\":[" + ok + "]}").json();
    assertThat(r.at("/results/0/terminated").asBoolean()).isFalse();
    expect(http.post(step, "{\"steps\":[" + ok + "]}"), 400, "not allowed now");
  }

  private static void expect(Http.Answer a, int status, String messagePart) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.json().get("error").asText()).contains(messagePart);
  }

  private static float[] floats(JsonNode a) {
    float[] f = new float[a.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) a.get(i).asDouble();
    }
    return f;
  }

  // invalid_action_penalty on create, and the prompt's aliases of the env's own type

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void anInvalidActionInWordsIsAPenalisedNoOpStepWhenAPenaltyIsSet() {
    Http.Answer made = http.post("/v1/envs",
        "{\"type\":\"triage\",\"observation_mode\":\"both\",\"invalid_action_penalty\":0.25}");
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    assertThat(made.json().get("invalid_action_penalty").asDouble()).isEqualTo(0.25);
    String p = "/v1/envs/" + made.json().get("instance_id").asText();
    JsonNode reset = http.post(p + "/reset", "{\"seed\":5}").json();

    Http.Answer a = http.post(p + "/step", "{\"action\":\"hmm, no idea\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode s = a.json();
    assertThat(s.get("reward").asDouble()).isEqualTo(-0.25);
    assertThat(s.get("terminated").asBoolean()).isFalse();
    assertThat(s.get("truncated").asBoolean()).isFalse();
    assertThat(s.at("/info/invalid_action").asText()).contains("no action named");
    assertThat(s.at("/info/invalid_actions").asInt()).isEqualTo(1);
    assertThat(s.at("/info/type").asText()).isEqualTo("triage");
    assertThat(s.get("observation")).as("nothing changed").isEqualTo(reset.get("observation"));
    assertThat(s.get("action_mask")).isEqualTo(reset.get("action_mask"));
    assertThat(s.get("text")).isEqualTo(reset.get("text"));

    // a masked action named in words pays the penalty too
    List<String> legal = strings(reset.get("legal_actions"));
    List<String> names = strings(http.get(p + "/action_space").json().at("/info/names"));
    String masked = names.stream().filter(n -> !legal.contains(n)).findFirst().orElseThrow();
    JsonNode m = http.post(p + "/step", "{\"action\":\"" + masked + "\"}").json();
    assertThat(m.at("/info/invalid_action").asText()).contains("not allowed now");
    assertThat(m.at("/info/invalid_actions").asInt()).isEqualTo(2);

    // index actions stay strict: a masked index is still refused
    int maskedIndex = names.indexOf(masked);
    assertThat(http.post(p + "/step", "{\"action\":" + maskedIndex + "}").status())
        .isEqualTo(400);

    // a valid action still steps, and the count starts again with each episode
    Http.Answer ok = http.post(p + "/step", "{\"action\":\"" + legal.get(0) + "\"}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().at("/info/invalid_action").isMissingNode()).isTrue();
    http.post(p + "/reset", "{\"seed\":5}");
    JsonNode again = http.post(p + "/step", "{\"action\":\"nothing\"}").json();
    assertThat(again.at("/info/invalid_actions").asInt()).isEqualTo(1);
  }

  @Test
  void theEpisodeIsTruncatedAfterTheMostInvalidActions() {
    String p = http.createEnv("{\"type\":\"triage\",\"observation_mode\":\"text\","
        + "\"invalid_action_penalty\":0}");
    http.post(p + "/reset", "{\"seed\":2}");
    for (int k = 1; k <= EnvInstance.MAX_INVALID; k++) {
      JsonNode s = http.post(p + "/step", "{\"action\":\"?\"}").json();
      assertThat(s.get("reward").asDouble()).isEqualTo(0.0);
      assertThat(s.get("truncated").asBoolean()).isEqualTo(k == EnvInstance.MAX_INVALID);
    }
    Http.Answer after = http.post(p + "/step", "{\"action\":\"?\"}");
    assertThat(after.status()).as(after.body()).isEqualTo(409);
  }

  @Test
  void aPenalisedInvalidActionDoesNotRefuseABatch() {
    String p = http.createEnv("{\"type\":\"triage\",\"observation_mode\":\"text\","
        + "\"invalid_action_penalty\":0.5}");
    String q = http.createEnv("{\"type\":\"triage\",\"observation_mode\":\"text\"}");
    String pid = p.substring(p.lastIndexOf('/') + 1);
    String qid = q.substring(q.lastIndexOf('/') + 1);
    http.post(p + "/reset", "{\"seed\":1}");
    JsonNode qr = http.post(q + "/reset", "{\"seed\":1}").json();
    String legal = qr.get("legal_actions").get(0).asText();
    Http.Answer a = http.post("/v1/envs/batch/step", "{\"steps\":[{\"instance_id\":\"" + pid
        + "\",\"action\":\"no idea\"},{\"instance_id\":\"" + qid + "\",\"action\":\"" + legal
        + "\"}]}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().at("/results/0/reward").asDouble()).isEqualTo(-0.5);
    assertThat(a.json().at("/results/1/action").asText()).isEqualTo(legal);
    // the env without a penalty still refuses, and names the item
    Http.Answer refused = http.post("/v1/envs/batch/step", "{\"steps\":[{\"instance_id\":\""
        + qid + "\",\"action\":\"no idea\"}]}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).contains("item 0").contains("no action");
  }

  @Test
  void aBadPenaltyGets400NamingTheFieldAndTheRange() {
    int before = server.instances();
    for (String bad : List.of("-0.1", "1.5", "\"0.1\"", "true", "[0.1]", "1e400")) {
      Http.Answer a = http.post("/v1/envs",
          "{\"type\":\"triage\",\"observation_mode\":\"text\",\"invalid_action_penalty\":" + bad
              + "}");
      assertThat(a.status()).as(bad + ": " + a.body()).isEqualTo(400);
      assertThat(a.json().get("error").asText()).as(bad)
          .contains("'invalid_action_penalty'").contains("from 0 to 1");
    }
    assertThat(server.instances()).as("nothing was created").isEqualTo(before);
  }

  @Test
  void thePromptListsTheAliasesOfItsOwnTypesActionsOnly() {
    TextActions grammar = TextActions.of(EpisodeAction.space());
    for (EpisodeType t : EpisodeType.values()) {
      String p = http.createEnv("{\"type\":\"" + t.key() + "\",\"observation_mode\":\"text\"}");
      JsonNode aliases = http.get(p + "/prompt").json().get("aliases");
      Set<String> expected = new LinkedHashSet<>();
      for (EpisodeAction a : TypeSpecs.of(t).actions()) {
        grammar.alias(a.ordinal()).ifPresent(expected::add);
      }
      var got = new LinkedHashSet<String>();
      aliases.fieldNames().forEachRemaining(got::add);
      assertThat(got).as(t.key()).isEqualTo(expected);
      aliases.fields().forEachRemaining(e -> assertThat(grammar.alias(
          grammar.names().indexOf(e.getValue().asText()))).as(e.getKey()).contains(e.getKey()));
      http.send("DELETE", p, null);
    }
  }
}

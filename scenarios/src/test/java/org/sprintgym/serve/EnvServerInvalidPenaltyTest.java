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
import org.sprintgym.sim.env.TextActions;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.TypeSpecs;

/** {@code invalid_action_penalty} on create, and the prompt's aliases of the env's own type. */
class EnvServerInvalidPenaltyTest {
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

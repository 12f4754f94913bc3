package org.sprintgym.policy.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.io.InputError;

class PpoDefaultsTest {
  private static PpoDefaults parse(String yaml) throws Exception {
    return PpoDefaults.parse("test.yaml", new YAMLMapper().readTree(yaml));
  }

  @Test
  void builtInSettingsAreTheDocumentedOnes() {
    PpoDefaults d = PpoDefaults.builtIn();
    assertEquals(PpoConfig.episodes(), d.configFor("elicitation"));
    assertEquals(PpoConfig.episodes(), d.configFor("stage2"));
    assertEquals(PpoConfig.rlZooCartPole(), d.configFor("cartpole"));
    PpoConfig sprint = d.configFor("sprint");
    assertEquals(256, sprint.nSteps());
    assertEquals(256, sprint.minibatchSize());
    assertEquals(PpoConfig.episodes().epochs(), sprint.epochs());
  }

  @Test
  void overridesApplyKeyByKey() throws Exception {
    PpoDefaults d = parse("default: {learning_rate: 0.001}\n"
        + "envs: {triage: {ent_coef: 0.05, actor_hidden: [32]}}\n");
    assertEquals(0.001, d.configFor("research").learningRate());
    assertEquals(0.05, d.configFor("triage").entCoef());
    assertEquals(0.001, d.configFor("triage").learningRate());
    assertEquals(java.util.List.of(32), d.configFor("triage").actorHidden());
  }

  @Test
  void badKeysAndValuesNameTheFileAndKey() {
    var unknown = assertThrows(InputError.class, () -> parse("default: {learning_rat: 1}"));
    assertTrue(unknown.getMessage().contains("test.yaml"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("default.learning_rat"), unknown.getMessage());
    var range = assertThrows(InputError.class, () -> parse("default: {gamma: 1.5}"));
    assertTrue(range.getMessage().contains("gamma"), range.getMessage());
    var type = assertThrows(InputError.class, () -> parse("default: {epochs: many}"));
    assertTrue(type.getMessage().contains("default.epochs"), type.getMessage());
    var env = assertThrows(InputError.class, () -> parse("envs: {nosuch: {epochs: 2}}"));
    assertTrue(env.getMessage().contains("envs.nosuch"), env.getMessage());
    assertThrows(InputError.class, () -> parse("settings: {}"));
    assertThrows(InputError.class, () -> parse("- 1\n- 2\n"));
  }

  @Test
  void filesAreReadAndAMissingOneIsBadInput(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ppo.yaml");
    Files.writeString(f, "envs: {sprint: {n_steps: 128}}\n");
    assertEquals(128, PpoDefaults.load(f).configFor("sprint").nSteps());
    var missing = assertThrows(InputError.class, () -> PpoDefaults.load(dir.resolve("no.yaml")));
    assertTrue(missing.getMessage().contains("no.yaml"), missing.getMessage());
    Files.writeString(f, "default: [unclosed\n");
    assertThrows(InputError.class, () -> PpoDefaults.load(f));
  }
}

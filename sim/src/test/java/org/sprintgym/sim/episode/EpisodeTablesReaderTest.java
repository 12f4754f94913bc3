package org.sprintgym.sim.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprintgym.sim.config.AatConfigReader;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.io.InputError;

/**
 * The episode tables from an AAT config's {@code episode:} section (a SprintGym extension, beside
 * its {@code sim:} section): read with the tables' checks, every problem at its FILE:LINE.
 */
class EpisodeTablesReaderTest {
  @TempDir Path dir;

  private Path config(String text) throws Exception {
    Path f = dir.resolve("config.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void anAatConfigMayCarryTheEpisodeTables() throws Exception {
    Path f = config("experiment: {name: x}\nsim:\n  coefficients:\n    work: {risk_bias: 1.5}\n"
        + "episode:\n  rewards: {phase_bonus: 0}\n  judge: {missed_purpose: 0.5}\n"
        + "  types:\n    triage: {step_limit: 5}\n    research.time_cost: 3\n"
        + "  difficulty: {attempts: 2}\n");
    EpisodeTablesReader.Tables t = EpisodeTablesReader.readAatConfig(f);
    assertEquals(0.0, t.rewards().phaseBonus());
    assertEquals(0.5, t.coefficients().judge().missedPurpose());
    assertEquals(5.0, t.coefficients().types().triageStepLimit());
    assertEquals(3.0, t.coefficients().types().researchTimeCost());
    assertEquals(2.0, t.coefficients().difficulty().attempts());
    assertEquals(CueCoefficients.defaults(), t.coefficients().cues());
    EpisodeConfig cfg = t.applyTo(EpisodeConfig.defaults());
    assertEquals(5, new EpisodeEnv(cfg, SituationLibrary.of(cfg.withWorlds(2)),
        List.of(EpisodeType.TRIAGE)).specOf(EpisodeType.TRIAGE).stepLimit());
    // the world's reader applies sim: and leaves episode: to the episode layer
    var world = AatConfigReader.read(f, SimConfig.defaults());
    assertEquals(1.5, world.config().coefficients().riskBias());
    assertTrue(world.ignoredKeys().contains("episode"), world.ignoredKeys().toString());
    // no episode: section, the defaults
    assertEquals(EpisodeTablesReader.Tables.defaults(),
        EpisodeTablesReader.readAatConfig(config("experiment: {name: x}\n")));
  }

  @Test
  void badEpisodeTablesInAnAatConfigNameFileLineAndWhatIsAllowed() throws Exception {
    Path f = config("experiment: {name: x}\nepisode:\n  types:\n    triage.step_limit: 1\n");
    var e = assertThrows(InputError.class, () -> EpisodeTablesReader.readAatConfig(f));
    assertTrue(e.getMessage().startsWith(f + ":4:"), e.getMessage());
    assertEquals("episode.types.triage.step_limit", e.field());
    assertEquals("2.0..100.0", e.allowed());
    Path g = config("episode:\n  type: {triage.step_limit: 5}\n");
    e = assertThrows(InputError.class, () -> EpisodeTablesReader.readAatConfig(g));
    assertTrue(e.getMessage().startsWith(g + ":2:"), e.getMessage());
    assertEquals("rewards, judge, outcome, cues, situations, types, difficulty", e.allowed());
    Path h = config("episode:\n  difficulty:\n    points_weight: 0\n    ambiguity_weight: 0\n"
        + "    severity_weight: 0\n");
    e = assertThrows(InputError.class, () -> EpisodeTablesReader.readAatConfig(h));
    assertTrue(e.getMessage().startsWith(h + ":3:"), e.getMessage());
    assertTrue(e.problem().contains("must be > 0"), e.problem());
    Path i = config("episode:\n  rewards:\n    component: {coverage: 0.5}\n");
    e = assertThrows(InputError.class, () -> EpisodeTablesReader.readAatConfig(i));
    assertTrue(e.problem().contains("sum to 1"), e.problem());
    Path j = config("- a list\n");
    e = assertThrows(InputError.class, () -> EpisodeTablesReader.readAatConfig(j));
    assertTrue(e.getMessage().startsWith(j + ":1:"), e.getMessage());
    var missing = assertThrows(InputError.class,
        () -> EpisodeTablesReader.readAatConfig(dir.resolve("none.yaml")));
    assertTrue(missing.getMessage().contains("file not found"), missing.getMessage());
  }
}

package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchPpoCommandTest {

  @Test
  void unknownEpisodeTypeIsBadInputListingTheKnownOnes() {
    var r = Cli.run("bench", "ppo", "--type", "juggling");
    assertEquals(2, r.code());
    assertTrue(r.oneCleanErrorLine(), r.err());
    assertTrue(r.err().contains("--type") && r.err().contains("elicitation"), r.err());
  }

  @Test
  void tooFewRl4jStepsAreBadInput() {
    var r = Cli.run("bench", "ppo", "--rl4j-steps", "5");
    assertEquals(2, r.code());
    assertTrue(r.oneCleanErrorLine(), r.err());
    assertTrue(r.err().contains("rl4j steps >= 100"), r.err());
  }
}

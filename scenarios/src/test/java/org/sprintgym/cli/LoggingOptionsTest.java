package org.sprintgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingOptionsTest {

  private static int run(StringWriter err, String... args) {
    return SprintGymCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void librariesStayQuietByDefaultAndVerboseOpensSprintGymsOwnLog() {
    Configuration quiet = LoggingOptions.configuration(false, null);
    quiet.initialize();
    assertEquals(Level.WARN, quiet.getLoggerConfig("org.sprintgym").getLevel());
    assertEquals(Level.WARN, quiet.getRootLogger().getLevel());
    assertEquals(Level.ERROR, quiet.getLoggerConfig("org.apache.spark").getLevel());
    assertEquals(Level.WARN, quiet.getLoggerConfig("org.nd4j").getLevel());
    Configuration loud = LoggingOptions.configuration(true, null);
    loud.initialize();
    assertEquals(Level.DEBUG, loud.getLoggerConfig("org.sprintgym.cli").getLevel());
    // --verbose is about SprintGym: the libraries keep their levels
    assertEquals(Level.WARN, loud.getLoggerConfig("org.nd4j.linalg").getLevel());
  }

  @Test
  void logFileOptionIsInheritedBySubcommandsAndReceivesTheLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("run.log");
    var err = new StringWriter();
    assertEquals(0, run(err, "simulate", "--backlog", "../backlogs/crud-api.yaml", "--sprints",
        "2", "--out", dir.resolve("sim").toString(), "--log-file", log.toString(), "--verbose"),
        err.toString());
    String text = Files.readString(log);
    assertTrue(text.contains("INFO") && text.contains("sprintgym simulate"), text);
    assertTrue(text.contains("replication 1 (seed 1): 2 sprints"), text);
    // the same options before the subcommand
    assertEquals(0, run(err, "--log-file", log.toString(), "simulate", "--backlog",
        "../backlogs/crud-api.yaml", "--sprints", "1", "--out", dir.resolve("sim2").toString()));
    String both = Files.readString(log);
    assertEquals(2, both.lines().filter(l -> l.contains("sprintgym")
        && l.contains("simulate")).count(), both);
    // back to the quiet default for the tests that follow
    assertEquals(0, run(new StringWriter(), "--help"));
  }

  @Test
  void aLogFileInAMissingFolderIsBadInput(@TempDir Path dir) {
    var err = new StringWriter();
    assertEquals(2, run(err, "--log-file", dir.resolve("no/such/x.log").toString(), "status",
        "--help"));
    assertTrue(err.toString().contains("--log-file"), err.toString());
    assertEquals(1, err.toString().lines().count());
    assertFalse(Files.exists(dir.resolve("no")));
  }
}

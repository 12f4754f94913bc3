package org.sprintgym.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose} and {@code --log-file}, given once on the root command and inherited by every
 * subcommand. By default only warnings reach stderr and the libraries (Spark, ND4J, Netty, Jetty)
 * stay quiet; {@code --verbose} adds SprintGym's own progress and details; {@code --log-file}
 * appends SprintGym's log (INFO, DEBUG with {@code --verbose}) with timestamps to a file.
 * Configures log4j2, the application's SLF4J binding.
 */
public final class LoggingOptions {
  private static final String CONSOLE_PATTERN = "%d{HH:mm:ss} %p %c{1}: %m%n";
  private static final String FILE_PATTERN = "%d{ISO8601} %p [%t] %c: %m%n";

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Log SprintGym's progress and details to stderr.")
  boolean verbose;

  @Option(names = "--log-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Also append the log, with timestamps, to FILE.")
  Path logFile;

  /**
   * Replaces the logging configuration with the one the command line asks for. The options are
   * read from the parse result at every level (root and subcommands), since picocli gives each
   * subcommand its own copy of an inherited option.
   */
  static void apply(CommandLine.ParseResult parsed) {
    boolean verbose = false;
    Path logFile = null;
    for (var p = parsed; p != null; p = p.subcommand()) {
      verbose |= p.hasMatchedOption("--verbose");
      logFile = p.matchedOptionValue("--log-file", logFile);
    }
    if (logFile != null) {
      Path parent = logFile.toAbsolutePath().getParent();
      if (Files.isDirectory(logFile) || parent == null || !Files.isDirectory(parent)) {
        throw InputError.option("--log-file", logFile + " is not a file in an existing folder",
            "a file path whose folder exists");
      }
    }
    Configurator.reconfigure(configuration(verbose, logFile));
  }

  static BuiltConfiguration configuration(boolean verbose, Path file) {
    ConfigurationBuilder<BuiltConfiguration> b =
        ConfigurationBuilderFactory.newConfigurationBuilder();
    b.setStatusLevel(Level.ERROR).setConfigurationName("sprintgym-cli");
    Level own = verbose ? Level.DEBUG : file != null ? Level.INFO : Level.WARN;
    // stdout carries what the commands print; the log goes to stderr
    b.add(b.newAppender("stderr", "Console")
        .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
        .add(b.newLayout("PatternLayout").addAttribute("pattern", CONSOLE_PATTERN))
        .add(b.newFilter("ThresholdFilter", Filter.Result.NEUTRAL, Filter.Result.DENY)
            .addAttribute("level", verbose ? Level.DEBUG : Level.WARN)));
    var root = b.newRootLogger(Level.WARN).add(b.newAppenderRef("stderr"));
    var app = b.newLogger("org.sprintgym", own).addAttribute("additivity", false)
        .add(b.newAppenderRef("stderr"));
    if (file != null) {
      AppenderComponentBuilder f = b.newAppender("file", "File")
          .addAttribute("fileName", file.toAbsolutePath().toString())
          .addAttribute("append", true)
          .add(b.newLayout("PatternLayout").addAttribute("pattern", FILE_PATTERN));
      b.add(f);
      root.add(b.newAppenderRef("file"));
      app.add(b.newAppenderRef("file"));
    }
    b.add(root);
    b.add(app);
    for (String noisy : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop",
        "io.netty"}) {
      b.add(b.newLogger(noisy, Level.ERROR));
    }
    for (String quiet : new String[] {"org.nd4j", "org.deeplearning4j", "org.bytedeco",
        "org.eclipse.jetty", "io.javalin"}) {
      b.add(b.newLogger(quiet, Level.WARN));
    }
    return b.build(false);
  }
}

package org.sprintgym.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Version and build provenance read from the jar's {@code sprintgym-version.properties}. */
public final class VersionInfo implements CommandLine.IVersionProvider {

  /** SprintGym's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return properties().getProperty("version", "unknown");
  }

  static Properties properties() {
    var p = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream("/sprintgym-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no version file: report "unknown" rather than fail
    }
    return p;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sprintgym " + version(), "Java " + System.getProperty("java.version")};
  }
}

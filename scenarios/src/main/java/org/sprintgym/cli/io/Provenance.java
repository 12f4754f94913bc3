package org.sprintgym.cli.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.cli.VersionInfo;
import org.sprintgym.sim.io.Sha256;

/** What a run records about where it came from: versions, git revision, input file hashes. */
public final class Provenance {
  private Provenance() {}

  /** Versions of SprintGym, Java and the OS, and the git revision the launcher saw. */
  public static Map<String, Object> versions() {
    var m = new LinkedHashMap<String, Object>();
    m.put("sprintgym", VersionInfo.version());
    m.put("java", System.getProperty("java.version"));
    m.put("java_vendor", System.getProperty("java.vendor"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    String rev = System.getenv("SPRINTGYM_GIT_REVISION");
    m.put("git_revision", rev == null || rev.isBlank() ? "unknown" : rev);
    return m;
  }

  /** A file's path as given and its SHA-256, so a result can be traced to its exact input. */
  public static Map<String, Object> file(Path p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("path", p.toString());
    m.put("sha256", sha256(p));
    return m;
  }

  static String sha256(Path p) {
    try {
      return Sha256.ofFile(p);
    } catch (UncheckedIOException e) {
      return "unreadable: " + e.getCause().getMessage();
    }
  }
}

package org.sprintgym.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.cli.VersionInfo;

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
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unreadable: " + e.getMessage();
    }
  }
}

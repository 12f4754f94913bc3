package org.sprintgym.sim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex: of bytes, of a file, and of a value written with the project's JSON
 * conventions ({@link Json#mapper()}), which is how runs fingerprint their resolved settings (a
 * sweep cell, a search) and record their inputs. One place, so every fingerprint means the same.
 */
public final class Sha256 {
  private Sha256() {}

  /** The hash of these bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * The hash of {@code value} as compact JSON with snake_case keys, record components in declaration
   * order and map entries in insertion order: equal settings built in the same order hash equally.
   */
  public static String ofJson(Object value) {
    try {
      return of(Json.mapper().writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** The hash of a file's bytes, read in blocks. */
  public static String ofFile(Path file) {
    MessageDigest md = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}

package org.sprintgym.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;

/**
 * A run's output folder, written all-or-nothing: files go to a hidden staging folder beside the
 * target, and {@link #commit()} renames it into place. A run that fails or is killed leaves no
 * partial output folder (at most a hidden staging folder, removed by {@link #close()}).
 */
public final class OutputDirectory implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Opens a staging folder for {@code target}.
   *
   * @param option the command-line option that named the folder, for error messages
   * @param replace whether an existing non-empty target may be replaced
   */
  public static OutputDirectory open(Path target, String option, boolean replace) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw InputError.option(option, abs + " exists and is not a folder", "a new or empty folder");
    }
    if (!replace && Files.isDirectory(abs) && !isEmpty(abs)) {
      throw InputError.option(option, abs + " already exists and is not empty",
          "a new or empty folder, or --force to replace it");
    }
    try {
      Path parent = abs.getParent();
      Files.createDirectories(parent);
      // not Files.createTempDirectory: its folders are owner-only, and the committed folder is this one
      Path staging = AtomicFiles.newHiddenDirectory(parent, abs.getFileName() + ".staging");
      return new OutputDirectory(abs, staging);
    } catch (IOException e) {
      throw InputError.option(option, "cannot create " + abs + ": " + e.getMessage(), null);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Where a file of this run goes before commit. */
  public Path resolve(String name) {
    return staging.resolve(name);
  }

  public Path target() {
    return target;
  }

  public BufferedWriter writer(String name) throws IOException {
    Path p = staging.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
  }

  public void writeString(String name, String content) {
    try (BufferedWriter w = writer(name)) {
      w.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the staged folder into place atomically (replacing an old one if allowed). */
  public void commit() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(staging, target);
      }
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move results into " + target, e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTree(staging);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort: a leftover staging file is hidden and harmless
        }
      });
    } catch (IOException e) {
      // best effort
    }
  }
}

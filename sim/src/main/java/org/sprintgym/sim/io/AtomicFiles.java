package org.sprintgym.sim.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whole-file writes that readers never see half done: the content goes to a hidden temporary file
 * beside the target, which is then renamed over it. A failed write leaves the old file (or none)
 * and no temporary file behind.
 *
 * <p>The written file gets the permissions an ordinary write would give it: a new file gets the
 * process's default permissions (what {@link Files#writeString} gives, after the umask), and a
 * replaced file keeps the permissions it had. ({@link Files#createTempFile} is not used: its files
 * are owner-only, and the rename would carry that onto every report, CSV and checkpoint.)
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8, atomically; creates missing parent folders. */
  public static void writeString(Path file, String text) throws IOException {
    write(file, false, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@link #writeString} with an {@link UncheckedIOException} naming the file. */
  public static void writeStringUnchecked(Path file, String text) {
    try {
      writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes what {@code content} writes, atomically; creates missing parent folders.
   *
   * @param sync whether the data reaches the disk before the rename (for checkpoints that must
   *     survive a crash, not only a killed process)
   */
  public static void write(Path file, boolean sync, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = newTemporary(dir, target.getFileName().toString());
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        content.writeTo(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush(); // the file is closed here, after the optional sync
          }
        });
        out.flush();
        if (sync) {
          ch.force(true);
        }
      }
      keepPermissionsOf(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty hidden file {@code .NAME.RANDOM.tmp} in {@code dir}, created with the default
   * permissions (unlike {@link Files#createTempFile}).
   */
  private static Path newTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * A new empty hidden folder {@code .NAME-RANDOM} in {@code dir} with the default permissions
   * (unlike {@link Files#createTempDirectory}, whose folders are owner-only), for staging a folder
   * that is renamed into place later.
   */
  public static Path newHiddenDirectory(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** A file that replaces another keeps its permissions, as an in-place write would. */
  private static void keepPermissionsOf(Path target, Path tmp) throws IOException {
    if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    } catch (NoSuchFileException e) {
      // a new file: the default permissions stand
    }
  }
}

package org.sprintgym.policy.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.sim.io.InputError;

/**
 * Named arrays and strings in one binary file ({@code SGTA} format: magic, version, count, then per
 * entry its name, a type tag, a length and big-endian data). Written atomically: a temp file in the
 * same folder, flushed to disk, then renamed over the target, so a killed writer never leaves a
 * half-written archive behind.
 */
public final class TensorArchive {
  private static final int MAGIC = 0x53475441; // "SGTA"
  private static final int VERSION = 1;
  private static final byte FLOATS = 1;
  private static final byte DOUBLES = 2;
  private static final byte LONGS = 3;
  private static final byte INTS = 4;
  private static final byte STRING = 5;

  private final Map<String, Object> entries = new LinkedHashMap<>();

  public TensorArchive put(String name, float[] v) {
    entries.put(name, v.clone());
    return this;
  }

  public TensorArchive put(String name, double[] v) {
    entries.put(name, v.clone());
    return this;
  }

  public TensorArchive put(String name, long[] v) {
    entries.put(name, v.clone());
    return this;
  }

  public TensorArchive put(String name, int[] v) {
    entries.put(name, v.clone());
    return this;
  }

  public TensorArchive put(String name, String v) {
    entries.put(name, v);
    return this;
  }

  public boolean has(String name) {
    return entries.containsKey(name);
  }

  public float[] floats(String name) {
    return get(name, float[].class).clone();
  }

  public double[] doubles(String name) {
    return get(name, double[].class).clone();
  }

  public long[] longs(String name) {
    return get(name, long[].class).clone();
  }

  public int[] ints(String name) {
    return get(name, int[].class).clone();
  }

  public String string(String name) {
    return get(name, String.class);
  }

  public long longValue(String name) {
    return longs(name)[0];
  }

  private <T> T get(String name, Class<T> type) {
    Object v = entries.get(name);
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException("archive entry " + name + (v == null ? " is missing"
          : " is not a " + type.getSimpleName()));
    }
    return type.cast(v);
  }

  /** Writes the archive to {@code file} atomically (temp file + rename). */
  public void write(Path file) {
    try {
      org.sprintgym.sim.io.AtomicFiles.write(file, true, out -> {
        var data = new DataOutputStream(out);
        writeTo(data);
        data.flush();
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(entries.size());
    for (var e : entries.entrySet()) {
      out.writeUTF(e.getKey());
      Object v = e.getValue();
      if (v instanceof float[] f) {
        out.writeByte(FLOATS);
        out.writeInt(f.length);
        for (float x : f) {
          out.writeFloat(x);
        }
      } else if (v instanceof double[] d) {
        out.writeByte(DOUBLES);
        out.writeInt(d.length);
        for (double x : d) {
          out.writeDouble(x);
        }
      } else if (v instanceof long[] l) {
        out.writeByte(LONGS);
        out.writeInt(l.length);
        for (long x : l) {
          out.writeLong(x);
        }
      } else if (v instanceof int[] n) {
        out.writeByte(INTS);
        out.writeInt(n.length);
        for (int x : n) {
          out.writeInt(x);
        }
      } else {
        out.writeByte(STRING);
        out.writeUTF((String) v);
      }
    }
  }

  /** Reads an archive; a missing, truncated or foreign file is an {@link InputError}. */
  public static TensorArchive read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InputError.at(file, 0, 0, null, "file not found", null);
    }
    try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
        1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw InputError.at(file, 0, 0, null, "not a SprintGym checkpoint or adapter file", null);
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw InputError.at(file, 0, 0, null, "unsupported archive version " + version,
            String.valueOf(VERSION));
      }
      return readEntries(in);
    } catch (EOFException e) {
      throw InputError.at(file, 0, 0, null, "file is truncated", null);
    } catch (IOException e) {
      throw InputError.at(file, 0, 0, null, "cannot read: " + e.getMessage(), null);
    }
  }

  private static TensorArchive readEntries(DataInputStream in) throws IOException {
    var a = new TensorArchive();
    int count = in.readInt();
    for (int k = 0; k < count; k++) {
      String name = in.readUTF();
      byte type = in.readByte();
      if (type == STRING) {
        a.entries.put(name, in.readUTF());
        continue;
      }
      int n = in.readInt();
      switch (type) {
        case FLOATS -> {
          float[] f = new float[n];
          for (int i = 0; i < n; i++) {
            f[i] = in.readFloat();
          }
          a.entries.put(name, f);
        }
        case DOUBLES -> {
          double[] d = new double[n];
          for (int i = 0; i < n; i++) {
            d[i] = in.readDouble();
          }
          a.entries.put(name, d);
        }
        case LONGS -> {
          long[] l = new long[n];
          for (int i = 0; i < n; i++) {
            l[i] = in.readLong();
          }
          a.entries.put(name, l);
        }
        case INTS -> {
          int[] v = new int[n];
          for (int i = 0; i < n; i++) {
            v[i] = in.readInt();
          }
          a.entries.put(name, v);
        }
        default -> throw new IOException("unknown entry type " + type + " for " + name);
      }
    }
    return a;
  }
}

package org.sprintgym.policy.log;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/** Reads the scalars back from a TensorBoard event file, checking every record's checksums. */
public final class EventFileReader {
  private EventFileReader() {}

  /** One scalar of one event. */
  public record Scalar(String tag, long step, double wallTime, float value) {}

  /** What an event file holds: its version string and its scalars in file order. */
  public record Contents(String fileVersion, List<Scalar> scalars) {}

  public static Contents read(Path file) throws IOException {
    String version = null;
    var scalars = new ArrayList<Scalar>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      for (byte[] data = EventRecords.read(in); data != null; data = EventRecords.read(in)) {
        Event e = Event.parseFrom(data);
        if (e.hasFileVersion()) {
          version = e.getFileVersion();
        }
        for (Summary.Value v : e.getSummary().getValueList()) {
          if (v.hasSimpleValue()) {
            scalars.add(new Scalar(v.getTag(), e.getStep(), e.getWallTime(), v.getSimpleValue()));
          }
        }
      }
    }
    return new Contents(version, scalars);
  }
}

package org.sprintgym.policy.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sprintgym.policy.log.LogFixtures.PPO;
import static org.sprintgym.policy.log.LogFixtures.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorBoardWriterTest {
  @TempDir Path dir;

  @Test
  void trainingLogWritesEventsThatParseBackWithTagsStepsAndValues() throws Exception {
    Path tb = dir.resolve("tb");
    try (TrainingLog log = TrainingLog.fresh(dir, PPO, tb, LogFixtures.at(1000.0))) {
      log.record(stats(1, 0));
      log.record(stats(2, 2));
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(tb)) {
      files = s.toList();
    }
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().startsWith("events.out.tfevents.1000."));
    EventFileReader.Contents c = EventFileReader.read(files.get(0));
    assertEquals(TensorBoardWriter.FILE_VERSION, c.fileVersion());
    var ret = c.scalars().stream().filter(x -> x.tag().equals("rollout/ep_rew_mean")).toList();
    // no episode ended in update 1: no point there
    assertEquals(1, ret.size());
    assertEquals(16, ret.get(0).step());
    assertEquals(20.0f, ret.get(0).value());
    var vf = c.scalars().stream().filter(x -> x.tag().equals("train/value_loss")).toList();
    assertEquals(List.of(8L, 16L), vf.stream().map(EventFileReader.Scalar::step).toList());
    assertEquals(List.of(0.5f, 1.0f), vf.stream().map(EventFileReader.Scalar::value).toList());
    assertEquals(1000.0, vf.get(0).wallTime());
    assertEquals(2, ProgressCsv.read(dir.resolve(ProgressCsv.FILE)).size());
  }

  @Property(tries = 50)
  void scalarsRoundTrip(@ForAll @StringLength(min = 1, max = 30) String tag,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long step,
      @ForAll @FloatRange(min = -1e30f, max = 1e30f) float value,
      @ForAll @Size(max = 5) List<@FloatRange(min = -1, max = 1) Float> more) throws IOException {
    Path d = Files.createTempDirectory("tb");
    var values = new LinkedHashMap<String, Double>();
    values.put(tag, (double) value);
    for (int i = 0; i < more.size(); i++) {
      values.put(tag + "/" + i, (double) more.get(i));
    }
    try {
      Path file;
      try (var w = TensorBoardWriter.open(d, 5.0, "host")) {
        w.scalars(step, 6.5, values);
        file = w.file();
      }
      var scalars = EventFileReader.read(file).scalars();
      assertEquals(values.size(), scalars.size());
      assertEquals(tag, scalars.get(0).tag());
      assertEquals(step, scalars.get(0).step());
      assertEquals(value, scalars.get(0).value());
    } finally {
      // a try's own folder (jqwik has no per-try @TempDir): leave nothing behind
      try (var files = Files.list(d)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(d);
    }
  }

  @Test
  void aFlippedByteIsCaughtByTheChecksum() throws Exception {
    Path file;
    try (var w = TensorBoardWriter.open(dir, 1.0, "h")) {
      w.scalars(3, 2.0, java.util.Map.of("a", 1.5));
      file = w.file();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 6] ^= 0x10;
    Files.write(file, bytes);
    var e = assertThrows(IOException.class, () -> EventFileReader.read(file));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 2));
    assertThrows(IOException.class, () -> EventFileReader.read(file));
  }

  @Test
  void maskedCrcMatchesTensorFlowsKnownValue() {
    // CRC-32C("123456789") = 0xe3069283, TensorFlow's mask: rotate right 15, add 0xa282ead8
    int c = 0xe3069283;
    int expected = ((c >>> 15) | (c << 17)) + 0xa282ead8;
    byte[] data = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(expected, EventRecords.maskedCrc(data, 0, data.length));
  }
}

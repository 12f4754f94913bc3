package org.sprintgym.policy.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

class AdapterFileTest {

  private static ActorCritic net() {
    return ActorCritic.create(ActorCriticSpec.of(4, 3, 8, 8), DataType.FLOAT, Rng.seeded(3));
  }

  private static Path written(Path dir) {
    var net = net();
    Path file = dir.resolve("v1.adapter");
    AdapterFile.write(file, net.addAdapter("v1", new LoraConfig(2, 4.0, true), Rng.seeded(5)));
    return file;
  }

  @Test
  void roundTripsWithTheLayoutVersion(@TempDir Path dir) throws Exception {
    Path file = written(dir);
    assertEquals(Observations.LAYOUT_VERSION,
        TensorArchive.read(file).longValue(AdapterFile.LAYOUT_VERSION));
    var other = net();
    var back = AdapterFile.load(file, other);
    assertEquals("v1", back.name());
    assertEquals(new LoraConfig(2, 4.0, true), back.config());
    Path again = dir.resolve("again.adapter");
    AdapterFile.write(again, back);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void anAdapterOfAnotherLayoutVersionIsRefusedNamingFileAndBothVersions(@TempDir Path dir) {
    Path file = written(dir);
    int other = Observations.LAYOUT_VERSION + 1;
    TensorArchive.read(file).put(AdapterFile.LAYOUT_VERSION, new long[] {other}).write(file);
    var e = assertThrows(InputError.class, () -> AdapterFile.load(file, net()));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("layout v" + other), e.getMessage());
    assertTrue(e.getMessage().contains("expects layout v" + Observations.LAYOUT_VERSION),
        e.getMessage());
  }

  @Test
  void anAdapterWithoutALayoutVersionIsRefused(@TempDir Path dir) {
    Path file = written(dir);
    var old = new TensorArchive();
    var a = TensorArchive.read(file);
    old.put("adapter.name", a.string("adapter.name")).put("adapter.rank", a.ints("adapter.rank"))
        .put("adapter.alpha", a.doubles("adapter.alpha"))
        .put("adapter.train_heads", a.ints("adapter.train_heads"));
    Arrays2.put(old, "adapter.params", Arrays2.get(a, "adapter.params"));
    old.write(file);
    var e = assertThrows(InputError.class, () -> AdapterFile.load(file, net()));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("before observation layouts were versioned"),
        e.getMessage());
    assertTrue(e.getMessage().contains("layout v" + Observations.LAYOUT_VERSION), e.getMessage());
  }
}

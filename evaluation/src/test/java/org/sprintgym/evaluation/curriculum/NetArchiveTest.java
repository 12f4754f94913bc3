package org.sprintgym.evaluation.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.io.NetworkArchive;
import org.sprintgym.policy.io.ObservationLayout;
import org.sprintgym.policy.io.TensorArchive;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

/** The curriculum checkpoint's network carries its observation layout and refuses another. */
class NetArchiveTest {

  private static ActorCritic net() {
    var net = ActorCritic.create(ActorCriticSpec.of(Observations.SIZE, 5, 8, 8), DataType.FLOAT,
        Rng.seeded(7));
    net.addAdapter("v1", new LoraConfig(2, 4.0, false), Rng.seeded(8));
    return net;
  }

  private static Path written(Path dir) {
    Path file = dir.resolve("net.bin");
    NetArchive.write(file, net());
    return file;
  }

  @Test
  void roundTripsWithTheLayout(@TempDir Path dir) throws Exception {
    Path file = written(dir);
    assertThat(ObservationLayout.get(TensorArchive.read(file)))
        .isEqualTo(ObservationLayout.of(Observations.observationSpace()));
    var back = NetArchive.read(file);
    assertThat(back.adapters()).containsOnlyKeys("v1");
    Path again = dir.resolve("again.bin");
    NetArchive.write(again, back);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void anotherLayoutVersionIsRefusedNamingTheFileAndBothLayouts(@TempDir Path dir) {
    Path file = written(dir);
    int other = Observations.LAYOUT_VERSION + 1;
    var a = TensorArchive.read(file);
    new ObservationLayout(other, Observations.observationSpace().names()).put(a);
    a.write(file);
    var e = assertThrows(InputError.class, () -> NetArchive.read(file));
    assertThat(e.getMessage()).startsWith(file + ": ")
        .contains("layout v" + other)
        .contains("has layout v" + Observations.LAYOUT_VERSION);
  }

  @Test
  void aShiftedFeatureOrderIsRefused(@TempDir Path dir) {
    Path file = written(dir);
    var names = new ArrayList<>(Observations.observationSpace().names());
    names.set(0, "type_something_else");
    var a = TensorArchive.read(file);
    new ObservationLayout(Observations.LAYOUT_VERSION, names).put(a);
    a.write(file);
    var e = assertThrows(InputError.class, () -> NetArchive.read(file));
    assertThat(e.getMessage()).contains(file.toString()).contains("feature 0");
  }

  @Test
  void anArchiveWithoutALayoutIsRefused(@TempDir Path dir) {
    Path file = dir.resolve("old.bin");
    NetworkArchive.put(new TensorArchive().put("kind", "sprintgym-curriculum-net"), net())
        .write(file);
    var e = assertThrows(InputError.class, () -> NetArchive.read(file));
    assertThat(e.getMessage()).contains(file.toString())
        .contains("before observation layouts were versioned")
        .contains("layout v" + Observations.LAYOUT_VERSION);
  }
}

package org.sprintgym.policy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.LoraConfig;

class NetworkArchiveTest {

  private static ActorCritic net(String... adapterOrder) {
    var net = ActorCritic.create(ActorCriticSpec.of(4, 3, 8, 8), DataType.FLOAT, Rng.seeded(1));
    for (String name : adapterOrder) {
      net.addAdapter(name, new LoraConfig(2, 4.0, false), Rng.seeded(name.hashCode()));
    }
    return net;
  }

  @Test
  void theFileDoesNotDependOnTheOrderAdaptersWereAddedIn(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.bin");
    Path b = dir.resolve("b.bin");
    NetworkArchive.put(new TensorArchive(), net("v1", "v2", "v3")).write(a);
    NetworkArchive.put(new TensorArchive(), net("v3", "v1", "v2")).write(b);
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    // and a network read back writes the same bytes again
    Path c = dir.resolve("c.bin");
    NetworkArchive.put(new TensorArchive(), NetworkArchive.get(TensorArchive.read(a))).write(c);
    assertThat(Files.readAllBytes(c)).isEqualTo(Files.readAllBytes(a));
  }
}

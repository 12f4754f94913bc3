package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.io.NetworkArchive;
import org.sprintgym.policy.io.ObservationLayout;
import org.sprintgym.policy.io.TensorArchive;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.sim.episode.Observations;

/** Bad input to the servers is one line and exit 2, before anything listens. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void badPortOrRunFolderIsOneLineAndExit2() {
    Cli.Result port = Cli.run("serve", "env", "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.oneCleanErrorLine()).as(port.err()).isTrue();
    assertThat(port.err()).contains("--port").contains("0 to 65535");

    Cli.Result run = Cli.run("serve", "policy", "--run", tmp.toString(), "--port", "0");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.oneCleanErrorLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains("--run").contains("checkpoint.bin");

    Cli.Result threads = Cli.run("serve", "env", "--port", "0", "--threads", "0");
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads");
  }

  @Test
  void aCurriculumNetOfAnotherLayoutIsOneLineAndExit2() throws Exception {
    Path net = tmp.resolve("checkpoint").resolve("net.bin");
    Files.createDirectories(net.getParent());
    int other = Observations.LAYOUT_VERSION + 1;
    var a = new TensorArchive().put("kind", "sprintgym-curriculum-net");
    new ObservationLayout(other, Observations.observationSpace().names()).put(a);
    NetworkArchive.put(a, ActorCritic.create(ActorCriticSpec.of(Observations.SIZE, 5, 8, 8),
        DataType.FLOAT, Rng.seeded(1))).write(net);

    Cli.Result run = Cli.run("serve", "policy", "--run", tmp.toString(), "--port", "0");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.oneCleanErrorLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains(net.toString()).contains("layout v" + other)
        .contains("layout v" + Observations.LAYOUT_VERSION);
  }
}

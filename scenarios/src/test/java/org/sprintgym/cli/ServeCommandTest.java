package org.sprintgym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

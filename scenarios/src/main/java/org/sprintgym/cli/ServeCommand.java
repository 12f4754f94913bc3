package org.sprintgym.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sprintgym.cli.options.ListenOptions;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.serve.EnvServer;
import org.sprintgym.serve.EnvTypes;
import org.sprintgym.serve.PolicyArtifacts;
import org.sprintgym.serve.PolicyServer;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sprintgym serve env|policy}: the HTTP/JSON servers. They run until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve envs (gym-http-api style) or a trained policy over HTTP/JSON.",
    subcommands = {ServeCommand.Env.class, ServeCommand.Policy.class})
public final class ServeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The listening address, every option range-checked first. */
  static InetSocketAddress address(ListenOptions listen) {
    InputFiles.inRange(listen.port(), 0, 65_535, "--port");
    InputFiles.inRange(listen.threads(), 1, 256, "--threads");
    var a = new InetSocketAddress(listen.host(), listen.port());
    if (a.isUnresolved()) {
      throw InputError.option("--host", "cannot resolve '" + listen.host() + "'",
          "an IP address or host name");
    }
    return a;
  }

  @Command(name = "env", mixinStandardHelpOptions = true,
      description = "Serve SprintGym envs over HTTP/JSON in the shape of gym-http-api"
          + " (client: scenarios/clients/python).")
  static final class Env implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ListenOptions listen;

    @Option(names = "--max-instances", defaultValue = "4096", paramLabel = "N",
        description = "Live env instances allowed at once, 1..1000000 (default: 4096).")
    int maxInstances;

    @Override
    public Integer call() throws IOException, InterruptedException {
      InetSocketAddress address = address(listen);
      InputFiles.inRange(maxInstances, 1, 1_000_000, "--max-instances");
      try (EnvServer server = bind(() -> EnvServer.start(address, EnvTypes.defaults(),
          maxInstances, listen.threads()))) {
        announce(spec.commandLine().getOut(), "env", listen.host(), server.port());
        awaitShutdown();
      }
      return 0;
    }
  }

  @Command(name = "policy", mixinStandardHelpOptions = true,
      description = "Serve a policy trained by 'sprintgym train': POST /act, GET /health, /metrics.")
  static final class Policy implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ListenOptions listen;

    @Option(names = "--run", required = true, paramLabel = "DIR",
        description = "Run folder written by 'sprintgym train' (holds checkpoint.bin).")
    Path run;

    @Option(names = "--adapter", paramLabel = "NAME",
        description = "Adapter to serve: 'base', an adapter in the checkpoint, or"
            + " DIR/adapters/NAME.adapter (default: the one the run trained).")
    String adapter;

    // not SeedOption: this seed drives only the sampling of 'sample' requests
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
        description = "Seed of the sampling stream for requests with mode 'sample' (default: 1).")
    long seed;

    // not NativeThreadsOption: serving allows 1..64 and says why one thread suits batch-1 calls
    @Option(names = "--native-threads", defaultValue = "1", paramLabel = "N",
        description = "ND4J threads, 1..64 (default: 1; batch-1 decisions are overhead-bound).")
    int nativeThreads;

    @Override
    public Integer call() throws IOException, InterruptedException {
      InetSocketAddress address = address(listen);
      NativeThreads.limit(InputFiles.inRange(nativeThreads, 1, 64, "--native-threads"));
      PolicyArtifacts artifacts = PolicyArtifacts.load(run, adapter);
      try (PolicyServer server = bind(() -> PolicyServer.start(address, artifacts, seed,
          listen.threads()))) {
        announce(spec.commandLine().getOut(), "policy " + artifacts.describe(), listen.host(),
            server.port());
        awaitShutdown();
      }
      return 0;
    }
  }

  interface Binder<T> {
    T bind() throws IOException;
  }

  // a port in use is bad input, not a bug
  static <T> T bind(Binder<T> binder) {
    try {
      return binder.bind();
    } catch (java.net.BindException e) {
      throw InputError.option("--port", "cannot listen: " + e.getMessage(), "a free port");
    } catch (IOException e) {
      throw InputError.option("--host/--port", "cannot listen: " + e.getMessage(), null);
    }
  }

  static void announce(PrintWriter out, String what, String host, int port) {
    out.printf("serving %s on http://%s:%d (Ctrl-C stops)%n", what, host, port);
    out.flush();
  }

  private static void awaitShutdown() throws InterruptedException {
    var stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    stop.await();
  }
}

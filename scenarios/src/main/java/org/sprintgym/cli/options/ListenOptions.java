package org.sprintgym.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --port}, {@code --host} and {@code --threads} of both HTTP servers ({@code serve env},
 * {@code serve policy}). {@code --threads} here means server worker threads; {@code episodes}
 * and {@code sweep} keep their own {@code --threads} (rollout and cell workers, other ranges).
 */
public final class ListenOptions {
  @Option(names = "--port", required = true, paramLabel = "P",
      description = "TCP port, 0..65535 (0: any free port, printed at start).")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "Address to bind (default: 127.0.0.1, loopback only).")
  private String host;

  @Option(names = "--threads", defaultValue = "8", paramLabel = "T",
      description = "Worker threads, 1..256 (default: 8).")
  private int threads;

  /** The port asked for, not yet range-checked (0: any free port). */
  public int port() {
    return port;
  }

  /** The address to bind, as given. */
  public String host() {
    return host;
  }

  /** Server worker threads, not yet range-checked. */
  public int threads() {
    return threads;
  }
}

package org.sprintgym.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --native-threads} of the training commands ({@code train}, {@code bench cartpole},
 * {@code bench ppo}). {@code serve policy} keeps its own: it allows 1..64 and says why one thread
 * suits batch-1 serving.
 */
public final class NativeThreadsOption {
  @Option(names = "--native-threads", description = "ND4J threads (default ${DEFAULT-VALUE})")
  private int nativeThreads = 1;

  /** ND4J threads asked for, not yet range-checked. */
  public int nativeThreads() {
    return nativeThreads;
  }
}

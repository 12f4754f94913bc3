package org.sprintgym.policy.io;

import java.nio.file.Path;

/**
 * Whole-file writes that readers never see half done. Kept for the callers that name this class;
 * the work is done by {@link org.sprintgym.sim.io.AtomicFiles}, which every module shares.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** See {@link org.sprintgym.sim.io.AtomicFiles#writeStringUnchecked}. */
  public static void writeString(Path file, String text) {
    org.sprintgym.sim.io.AtomicFiles.writeStringUnchecked(file, text);
  }
}

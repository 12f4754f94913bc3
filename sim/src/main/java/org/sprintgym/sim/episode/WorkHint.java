package org.sprintgym.sim.episode;

/**
 * What a found fact says about the work a type builds: when fact {@code slot} holds, the true
 * work is {@code factor} times the estimate (decomposition's effort hotspot). Scripted policies
 * size their work by it; the type's situation model is what makes it true.
 *
 * @param slot the fact's index among the type's slots
 * @param factor the work's multiple of the estimate when the fact holds
 */
public record WorkHint(int slot, double factor) {
  public WorkHint {
    if (slot < 0 || slot >= TypeSpec.MAX_SLOTS) {
      throw new IllegalArgumentException("work hint slot must be in 0.." + (TypeSpec.MAX_SLOTS - 1)
          + " but was " + slot);
    }
    if (!(factor > 0)) {
      throw new IllegalArgumentException("work hint factor must be > 0 but was " + factor);
    }
  }
}

package org.sprintgym.sim.config;

import java.util.Locale;

/** AAT {@code profile_swapping.mode}. */
public enum SwapMode {
  /** Nobody ever changes role. */
  NONE,
  /** Only in the allowed scenarios, only to roles the member's specialisations cover. */
  CONSTRAINED,
  /** In any scenario, any member to any working role. */
  FREE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.sprintgym.policy.train;

import java.util.List;
import java.util.function.IntFunction;
import org.sprintgym.sim.env.CartPole;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.io.InputError;

/** Environments that can be trained by name; SprintGym episodes join this list later. */
public final class EnvCatalog {
  private EnvCatalog() {}

  public static final List<String> NAMES = List.of("cartpole");

  /** A factory for env {@code name}; an unknown name is bad input listing the known ones. */
  public static IntFunction<Env> factory(String name) {
    if ("cartpole".equals(name)) {
      return i -> new CartPole();
    }
    throw InputError.option("--env", "unknown environment '" + name + "'",
        String.join(", ", NAMES));
  }
}

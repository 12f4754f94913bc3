package org.sprintgym.evaluation.curriculum;

import java.nio.file.Path;
import org.sprintgym.policy.io.NetworkArchive;
import org.sprintgym.policy.io.TensorArchive;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.sim.io.InputError;

/** The curriculum's network (base and every stage adapter) in one archive, written atomically. */
public final class NetArchive {
  private static final String KIND = "sprintgym-curriculum-net";

  private NetArchive() {}

  static void write(Path file, ActorCritic net) {
    NetworkArchive.put(new TensorArchive().put("kind", KIND), net).write(file);
  }

  public static ActorCritic read(Path file) {
    TensorArchive a = TensorArchive.read(file);
    try {
      if (!KIND.equals(a.string("kind"))) {
        throw new IllegalArgumentException("not a curriculum network archive");
      }
      return NetworkArchive.get(a);
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, null, "broken curriculum checkpoint: " + e.getMessage(),
          null);
    }
  }
}

package org.sprintgym.evaluation.curriculum;

import java.nio.file.Path;
import org.sprintgym.policy.io.NetworkArchive;
import org.sprintgym.policy.io.ObservationLayout;
import org.sprintgym.policy.io.TensorArchive;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

/**
 * The curriculum's network (base and every stage adapter) in one archive, written atomically,
 * with the observation layout (version and feature names) it was trained on. The curriculum
 * always observes the episode env, so an archive of another layout is refused on read.
 */
public final class NetArchive {
  private static final String KIND = "sprintgym-curriculum-net";
  /** The env name the layout check reports. */
  private static final String ENV = "curriculum";

  private NetArchive() {}

  static void write(Path file, ActorCritic net) {
    var a = new TensorArchive().put("kind", KIND);
    ObservationLayout.of(Observations.observationSpace()).put(a);
    NetworkArchive.put(a, net).write(file);
  }

  public static ActorCritic read(Path file) {
    TensorArchive a = TensorArchive.read(file);
    ObservationLayout layout;
    try {
      if (!KIND.equals(a.string("kind"))) {
        throw new IllegalArgumentException("not a curriculum network archive");
      }
      layout = ObservationLayout.get(a);
    } catch (IllegalArgumentException e) {
      throw broken(file, e);
    }
    layout.requireMatches(Observations.observationSpace(), file, ENV);
    try {
      return NetworkArchive.get(a);
    } catch (IllegalArgumentException e) {
      throw broken(file, e);
    }
  }

  private static InputError broken(Path file, IllegalArgumentException e) {
    return InputError.at(file, 0, 0, null, "broken curriculum checkpoint: " + e.getMessage(),
        null);
  }
}

package org.sprintgym.policy.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.sprintgym.sim.env.ObservationSpace;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

/**
 * The observation layout a network was trained on: the layout version
 * ({@link Observations#LAYOUT_VERSION}) and every feature's name in order. Checkpoints carry it;
 * a network is only run on an env whose layout is the same, so a checkpoint from before a layout
 * change (e.g. a new episode type shifting the one-hot) is a clear error, never a silent mis-read.
 *
 * @param version the layout version, 0 for a checkpoint written before versions were recorded
 * @param names the feature names, empty when unknown (such a checkpoint is checked by size only)
 */
public record ObservationLayout(int version, List<String> names) {

  public ObservationLayout {
    names = List.copyOf(names);
  }

  /** The layout of {@code space} under this build's version. */
  public static ObservationLayout of(ObservationSpace space) {
    return new ObservationLayout(Observations.LAYOUT_VERSION, space.names());
  }

  /** Records this layout in {@code a} (read back by {@link #get}). */
  public void put(TensorArchive a) {
    a.put("observation.layout_version", new long[] {version});
    a.put("observation.names", String.join("\n", names));
  }

  /** The layout recorded in {@code a}; version 0 and no names when none is. */
  public static ObservationLayout get(TensorArchive a) {
    if (!a.has("observation.layout_version")) {
      return new ObservationLayout(0, List.of());
    }
    String joined = a.string("observation.names");
    return new ObservationLayout((int) a.longValue("observation.layout_version"),
        joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n", -1)));
  }

  /**
   * Refuses a network of this layout for an env whose observations are {@code space}: a different
   * version, size or feature order is bad input naming {@code file}.
   */
  public void requireMatches(ObservationSpace space, Path file, String envName) {
    ObservationLayout now = of(space);
    if (!names.isEmpty() && names.equals(now.names) && version == now.version) {
      return;
    }
    String problem;
    if (names.isEmpty()) {
      problem = "was written before observation layouts were versioned; retrain it with this"
          + " build";
    } else if (version != now.version || names.size() != now.names.size()) {
      problem = "was trained on observation layout v" + version + " (" + names.size()
          + " features) but env " + envName + " has layout v" + now.version + " ("
          + now.names.size() + " features)";
    } else {
      int i = 0;
      while (names.get(i).equals(now.names.get(i))) {
        i++;
      }
      problem = "was trained on a different observation layout: feature " + i + " is '"
          + names.get(i) + "' there and '" + now.names.get(i) + "' in env " + envName;
    }
    throw InputError.at(file, 0, 0, null, "checkpoint " + problem, "a checkpoint trained with"
        + " this build's layout v" + now.version);
  }
}

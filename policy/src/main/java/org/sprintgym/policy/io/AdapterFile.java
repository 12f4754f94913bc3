package org.sprintgym.policy.io;

import java.nio.file.Path;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.Adapter;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

/**
 * An adapter alone on disk: its name, LoRA settings, the observation layout version it was
 * trained under ({@link Observations#LAYOUT_VERSION}) and its own parameters (A, B and any head
 * copies) — never the base, which stays in the base checkpoint. An adapter of another layout
 * version is refused on load.
 */
public final class AdapterFile {
  static final String LAYOUT_VERSION = "observation.layout_version";

  private AdapterFile() {}

  public static void write(Path file, Adapter adapter) {
    var a = new TensorArchive()
        .put("adapter.name", adapter.name())
        .put(LAYOUT_VERSION, new long[] {Observations.LAYOUT_VERSION})
        .put("adapter.rank", new int[] {adapter.config().rank()})
        .put("adapter.alpha", new double[] {adapter.config().alpha()})
        .put("adapter.train_heads", new int[] {adapter.config().trainHeads() ? 1 : 0});
    Arrays2.put(a, "adapter.params", adapter.parameters().values());
    a.write(file);
  }

  /**
   * Loads the adapter in {@code file} into {@code net} under its saved name (not activated). An
   * adapter written under another observation layout version (or before versions were recorded)
   * is bad input naming the file and both versions.
   */
  public static Adapter load(Path file, ActorCritic net) {
    TensorArchive a = TensorArchive.read(file);
    requireLayout(file, a);
    try {
      var config = new LoraConfig(a.ints("adapter.rank")[0], a.doubles("adapter.alpha")[0],
          a.ints("adapter.train_heads")[0] == 1);
      return net.addAdapter(a.string("adapter.name"), config, Arrays2.get(a, "adapter.params"));
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, "adapter", e.getMessage(), null);
    }
  }

  private static void requireLayout(Path file, TensorArchive a) {
    long found;
    try {
      found = a.has(LAYOUT_VERSION) ? a.longValue(LAYOUT_VERSION) : 0;
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, LAYOUT_VERSION, e.getMessage(), null);
    }
    if (found != Observations.LAYOUT_VERSION) {
      String problem = found == 0
          ? "adapter was written before observation layouts were versioned (no layout recorded)"
          : "adapter was trained on observation layout v" + found;
      throw InputError.at(file, 0, 0, LAYOUT_VERSION, problem + " but this build expects layout v"
          + Observations.LAYOUT_VERSION + "; retrain it with this build",
          "an adapter trained with this build's layout v" + Observations.LAYOUT_VERSION);
    }
  }
}

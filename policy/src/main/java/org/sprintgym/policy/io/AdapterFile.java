package org.sprintgym.policy.io;

import java.nio.file.Path;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.Adapter;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.io.InputError;

/**
 * An adapter alone on disk: its name, LoRA settings and its own parameters (A, B and any head
 * copies) — never the base, which stays in the base checkpoint.
 */
public final class AdapterFile {
  private AdapterFile() {}

  public static void write(Path file, Adapter adapter) {
    var a = new TensorArchive()
        .put("adapter.name", adapter.name())
        .put("adapter.rank", new int[] {adapter.config().rank()})
        .put("adapter.alpha", new double[] {adapter.config().alpha()})
        .put("adapter.train_heads", new int[] {adapter.config().trainHeads() ? 1 : 0});
    Arrays2.put(a, "adapter.params", adapter.parameters().values());
    a.write(file);
  }

  /** Loads the adapter in {@code file} into {@code net} under its saved name (not activated). */
  public static Adapter load(Path file, ActorCritic net) {
    TensorArchive a = TensorArchive.read(file);
    try {
      var config = new LoraConfig(a.ints("adapter.rank")[0], a.doubles("adapter.alpha")[0],
          a.ints("adapter.train_heads")[0] == 1);
      return net.addAdapter(a.string("adapter.name"), config, Arrays2.get(a, "adapter.params"));
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, "adapter", e.getMessage(), null);
    }
  }
}

package org.sprintgym.scenarios.curriculum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;
import org.sprintgym.policy.io.TensorArchive;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.Adapter;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.sim.io.InputError;

/** The curriculum's network (base and every stage adapter) in one archive, written atomically. */
final class NetArchive {
  private static final String KIND = "sprintgym-curriculum-net";

  private NetArchive() {}

  static void write(Path file, ActorCritic net) {
    var spec = net.spec();
    var a = new TensorArchive().put("kind", KIND)
        .put("spec.sizes", new int[] {spec.observationSize(), spec.actionCount()})
        .put("spec.actor_hidden", ints(spec.actorHidden()))
        .put("spec.critic_hidden", ints(spec.criticHidden()))
        .put("base", net.baseParameters().values().toFloatVector());
    List<String> names = new ArrayList<>(net.adapters().keySet());
    a.put("adapters", String.join(",", names));
    for (String n : names) {
      Adapter ad = net.adapters().get(n);
      a.put("adapter." + n + ".config", new double[] {ad.config().rank(), ad.config().alpha(),
          ad.config().trainHeads() ? 1 : 0});
      a.put("adapter." + n + ".params", ad.parameters().values().toFloatVector());
    }
    a.write(file);
  }

  static ActorCritic read(Path file) {
    TensorArchive a = TensorArchive.read(file);
    try {
      if (!KIND.equals(a.string("kind"))) {
        throw new IllegalArgumentException("not a curriculum network archive");
      }
      int[] sizes = a.ints("spec.sizes");
      var spec = new ActorCriticSpec(sizes[0], sizes[1], list(a.ints("spec.actor_hidden")),
          list(a.ints("spec.critic_hidden")));
      ActorCritic net = ActorCritic.withParameters(spec, Nd4j.createFromArray(a.floats("base")));
      String adapters = a.string("adapters");
      for (String n : adapters.isEmpty() ? new String[0] : adapters.split(",")) {
        double[] c = a.doubles("adapter." + n + ".config");
        net.addAdapter(n, new LoraConfig((int) c[0], c[1], c[2] == 1),
            Nd4j.createFromArray(a.floats("adapter." + n + ".params")));
      }
      return net;
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, null, "broken curriculum checkpoint: " + e.getMessage(),
          null);
    }
  }

  private static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Integer> list(int[] a) {
    var l = new ArrayList<Integer>();
    for (int x : a) {
      l.add(x);
    }
    return l;
  }
}

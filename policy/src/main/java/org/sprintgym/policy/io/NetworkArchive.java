package org.sprintgym.policy.io;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.Adapter;
import org.sprintgym.policy.nn.LoraConfig;

/**
 * An actor-critic's architecture, base parameters and every adapter as entries of a
 * {@link TensorArchive}, each in its own precision; shared by training checkpoints and the
 * curriculum's network file so both read and write networks the same way.
 */
public final class NetworkArchive {
  private NetworkArchive() {}

  /** Adds {@code net} (spec, base, adapters with their LoRA settings) to {@code a}. */
  public static TensorArchive put(TensorArchive a, ActorCritic net) {
    var spec = net.spec();
    a.put("spec.sizes", new int[] {spec.observationSize(), spec.actionCount()})
        .put("spec.actor_hidden", ints(spec.actorHidden()))
        .put("spec.critic_hidden", ints(spec.criticHidden()));
    Arrays2.put(a, "base", net.baseParameters().values());
    List<String> names = new ArrayList<>(net.adapters().keySet());
    names.sort(null); // by name: the file must not depend on the order adapters were loaded in
    a.put("adapters", String.join(",", names));
    for (String n : names) {
      Adapter ad = net.adapters().get(n);
      a.put("adapter." + n + ".config", new double[] {ad.config().rank(), ad.config().alpha(),
          ad.config().trainHeads() ? 1 : 0});
      Arrays2.put(a, "adapter." + n + ".params", ad.parameters().values());
    }
    return a;
  }

  /**
   * The network stored in {@code a}, with every adapter added (none active).
   *
   * @throws IllegalArgumentException when an entry is missing or malformed
   */
  public static ActorCritic get(TensorArchive a) {
    int[] sizes = a.ints("spec.sizes");
    var spec = new ActorCriticSpec(sizes[0], sizes[1], list(a.ints("spec.actor_hidden")),
        list(a.ints("spec.critic_hidden")));
    ActorCritic net = ActorCritic.withParameters(spec, Arrays2.get(a, "base"));
    String adapters = a.string("adapters");
    for (String n : adapters.isEmpty() ? new String[0] : adapters.split(",")) {
      double[] c = a.doubles("adapter." + n + ".config");
      net.addAdapter(n, new LoraConfig((int) c[0], c[1], c[2] == 1),
          Arrays2.get(a, "adapter." + n + ".params"));
    }
    return net;
  }

  static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  static List<Integer> list(int[] a) {
    var l = new ArrayList<Integer>(a.length);
    for (int x : a) {
      l.add(x);
    }
    return l;
  }
}

package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

/** One inference over samples that name different adapters: grouped, run, scattered back. */
final class MixedBatch {
  private final ActorCritic net;
  private final ObservationBatch batch;
  private final List<String> names;

  MixedBatch(ActorCritic net, ObservationBatch batch, List<String> names) {
    if (names.size() != batch.size()) {
      throw new IllegalArgumentException(batch.size() + " samples but " + names.size()
          + " adapter names");
    }
    this.net = net;
    this.batch = batch;
    this.names = List.copyOf(names);
  }

  PolicyOutput run(ActionMode mode, Rng rng) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      groups.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
    }
    String previous = net.activeAdapter().orElse(ActorCritic.BASE);
    int n = batch.size();
    int[] actions = new int[n];
    double[] logp = new double[n];
    double[] values = new double[n];
    try {
      for (var g : groups.entrySet()) {
        net.activate(g.getKey());
        PolicyOutput out = net.act(subBatch(g.getValue()), mode, rng);
        for (int k = 0; k < g.getValue().size(); k++) {
          int i = g.getValue().get(k);
          actions[i] = out.actions()[k];
          logp[i] = out.logProbs()[k];
          values[i] = out.values()[k];
        }
      }
    } finally {
      net.activate(previous);
    }
    return new PolicyOutput(actions, logp, values);
  }

  private ObservationBatch subBatch(List<Integer> rows) {
    int d = batch.observationSize();
    int a = batch.actionCount();
    float[] obs = new float[rows.size() * d];
    boolean[] masks = new boolean[rows.size() * a];
    for (int k = 0; k < rows.size(); k++) {
      System.arraycopy(batch.observations(), rows.get(k) * d, obs, k * d, d);
      System.arraycopy(batch.masks(), rows.get(k) * a, masks, k * a, a);
    }
    return new ObservationBatch(rows.size(), d, a, obs, masks);
  }
}

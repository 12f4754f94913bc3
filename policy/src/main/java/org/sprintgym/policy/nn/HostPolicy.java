package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

/**
 * A read-only snapshot of an actor-critic (its active adapter merged in) that runs the forward pass
 * as plain Java loops over float arrays. For one observation a 64x64 policy is a few thousand
 * multiply-adds, far less than the cost of the ~20 native calls ND4J needs, so serving decisions
 * one at a time (e.g. a policy server) uses this; training stays on ND4J. Take a new snapshot
 * after the network changes.
 */
public final class HostPolicy implements Policy {
  private final ActorCriticSpec spec;
  private final List<Layer> actor;
  private final List<Layer> critic;

  /** One dense layer: weights row-major {@code in x out}, then biases. */
  private record Layer(int in, int out, float[] w, float[] b) {}

  private HostPolicy(ActorCriticSpec spec, List<Layer> actor, List<Layer> critic) {
    this.spec = spec;
    this.actor = actor;
    this.critic = critic;
  }

  /** Snapshot of {@code net} as it currently acts (base plus active adapter). */
  public static HostPolicy of(ActorCritic net) {
    ActorCritic merged = net.merged();
    List<Linear> layers = merged.allLayers();
    int actorLayers = net.spec().actorHidden().size() + 1;
    List<Layer> copies = new ArrayList<>();
    for (Linear l : layers) {
      copies.add(new Layer(l.in(), l.out(), Tensors.toFloats(l.weight()),
          Tensors.toFloats(l.bias())));
    }
    return new HostPolicy(net.spec(), List.copyOf(copies.subList(0, actorLayers)),
        List.copyOf(copies.subList(actorLayers, copies.size())));
  }

  @Override
  public int observationSize() {
    return spec.observationSize();
  }

  @Override
  public int actionCount() {
    return spec.actionCount();
  }

  @Override
  public PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng) {
    int n = batch.size();
    int d = spec.observationSize();
    int a = spec.actionCount();
    if (batch.observationSize() != d || batch.actionCount() != a) {
      throw new IllegalArgumentException("batch shape does not match the policy");
    }
    double[] logits = new double[n * a];
    double[] values = new double[n];
    float[] x = new float[d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(batch.observations(), i * d, x, 0, d);
      float[] l = forward(actor, x);
      for (int j = 0; j < a; j++) {
        logits[i * a + j] = l[j];
      }
      values[i] = forward(critic, x)[0];
    }
    double[] logp = MaskedCategorical.logSoftmax(logits, batch.masks(), n, a);
    int[] actions = new int[n];
    double[] chosen = new double[n];
    for (int i = 0; i < n; i++) {
      actions[i] = MaskedCategorical.choose(logp, i, a, mode, rng);
      chosen[i] = logp[i * a + actions[i]];
    }
    return new PolicyOutput(actions, chosen, values);
  }

  private static float[] forward(List<Layer> layers, float[] input) {
    float[] h = input;
    for (int k = 0; k < layers.size(); k++) {
      Layer l = layers.get(k);
      float[] y = l.b().clone();
      for (int i = 0; i < l.in(); i++) {
        float xi = h[i];
        int row = i * l.out();
        for (int j = 0; j < l.out(); j++) {
          y[j] += xi * l.w()[row + j];
        }
      }
      if (k < layers.size() - 1) {
        for (int j = 0; j < y.length; j++) {
          y[j] = (float) Math.tanh(y[j]);
        }
      }
      h = y;
    }
    return h;
  }
}

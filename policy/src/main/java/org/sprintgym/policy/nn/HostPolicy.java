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
 * one at a time (e.g. a policy server) uses this, and so do PPO's rollouts (batch = number of envs,
 * a fresh snapshot per update); the batch-256 gradient steps stay on ND4J. Take a new snapshot
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
    float[] l = forward(actor, batch.observations(), n);
    double[] logits = new double[n * a];
    for (int k = 0; k < n * a; k++) {
      logits[k] = l[k];
    }
    double[] values = values(batch.observations(), n);
    double[] logp = MaskedCategorical.logSoftmax(logits, batch.masks(), n, a);
    int[] actions = new int[n];
    double[] chosen = new double[n];
    for (int i = 0; i < n; i++) {
      actions[i] = MaskedCategorical.choose(logp, i, a, mode, rng);
      chosen[i] = logp[i * a + actions[i]];
    }
    return new PolicyOutput(actions, chosen, values);
  }

  /** Critic values of {@code n} observations (row-major {@code n x observationSize}). */
  public double[] values(float[] observations, int n) {
    float[] v = forward(critic, observations, n);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = v[i];
    }
    return out;
  }

  // rows of input (n x in) through the layers; per row the same order of operations as before
  private static float[] forward(List<Layer> layers, float[] input, int n) {
    float[] h = input;
    for (int k = 0; k < layers.size(); k++) {
      Layer l = layers.get(k);
      int in = l.in();
      int out = l.out();
      float[] w = l.w();
      float[] b = l.b();
      float[] y = new float[n * out];
      for (int r = 0; r < n; r++) {
        int yo = r * out;
        System.arraycopy(b, 0, y, yo, out);
        int xo = r * in;
        for (int i = 0; i < in; i++) {
          float xi = h[xo + i];
          int row = i * out;
          for (int j = 0; j < out; j++) {
            y[yo + j] += xi * w[row + j];
          }
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

package org.sprintgym.policy.bc;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.MaskedCategorical;
import org.sprintgym.policy.nn.ParameterBlock;
import org.sprintgym.policy.nn.Tensors;
import org.sprintgym.policy.nn.Workspaces;
import org.sprintgym.policy.ppo.Adam;
import org.sprintgym.policy.ppo.GradientClip;

/**
 * Supervised warm-up of the actor on expert data: masked cross-entropy
 * {@code -mean(log p(expert action))}, Adam, shuffled minibatches. Trains whatever the network
 * trains (the base, or the active adapter); the critic gets zero gradients unless the
 * demonstrations carry returns-to-go, which the critic is then fitted to (squared error).
 */
public final class BehaviourCloning {
  private final ActorCritic net;
  private final double learningRate;
  private final int minibatchSize;
  private final double maxGradNorm;
  private final Rng shuffling;
  private final Adam adam;

  public BehaviourCloning(ActorCritic net, double learningRate, int minibatchSize,
      double maxGradNorm, Rng shuffling) {
    if (!(learningRate > 0) || minibatchSize < 1 || !(maxGradNorm > 0)) {
      throw new IllegalArgumentException("behaviour cloning needs learningRate > 0,"
          + " minibatchSize >= 1 and maxGradNorm > 0");
    }
    this.net = net;
    this.learningRate = learningRate;
    this.minibatchSize = minibatchSize;
    this.maxGradNorm = maxGradNorm;
    this.shuffling = shuffling;
    this.adam = new Adam(net.trainableParameters().values(), 1e-5);
  }

  /** Loss and its gradient with respect to the logits. */
  public record CrossEntropy(double loss, double[] dLogits) {}

  /** Masked cross-entropy of {@code m} rows of logits against the expert actions. */
  public static CrossEntropy crossEntropy(double[] logits, boolean[] masks, int[] actions, int m,
      int a) {
    double[] logp = MaskedCategorical.logSoftmax(logits, masks, m, a);
    double[] d = new double[m * a];
    double loss = 0;
    for (int i = 0; i < m; i++) {
      loss -= logp[i * a + actions[i]] / m;
      for (int j = 0; j < a; j++) {
        int k = i * a + j;
        if (logp[k] != Double.NEGATIVE_INFINITY) {
          d[k] = (Math.exp(logp[k]) - (j == actions[i] ? 1 : 0)) / m;
        }
      }
    }
    return new CrossEntropy(loss, d);
  }

  /**
   * Fraction of {@code data}'s samples on which {@code policy}'s greedy action equals the
   * demonstrated one (evaluated in batches of at most 1024).
   */
  public static double agreement(Policy policy, Demonstrations data) {
    int d = data.observationSize();
    int a = data.actionCount();
    int agree = 0;
    for (int from = 0; from < data.size(); from += 1024) {
      int m = Math.min(1024, data.size() - from);
      var batch = new ObservationBatch(m, d, a,
          java.util.Arrays.copyOfRange(data.observations(), from * d, (from + m) * d),
          java.util.Arrays.copyOfRange(data.masks(), from * a, (from + m) * a));
      int[] chosen = policy.act(batch, ActionMode.GREEDY, Rng.seeded(0)).actions();
      for (int k = 0; k < m; k++) {
        agree += chosen[k] == data.actions()[from + k] ? 1 : 0;
      }
    }
    return (double) agree / data.size();
  }

  /** One shuffled pass over {@code data}; returns the mean minibatch loss. */
  public double epoch(Demonstrations data) {
    if (data.observationSize() != net.observationSize()
        || data.actionCount() != net.actionCount()) {
      throw new IllegalArgumentException("demonstrations do not fit the network's shape");
    }
    int[] rows = new int[data.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    shuffling.shuffle(rows);
    double sum = 0;
    int count = 0;
    for (int from = 0; from < rows.length; from += minibatchSize) {
      int to = Math.min(rows.length, from + minibatchSize);
      try (var ws = Workspaces.scope("behaviour-cloning")) {
        sum += step(data, rows, from, to);
      }
      count++;
    }
    return sum / count;
  }

  private double step(Demonstrations data, int[] rows, int from, int to) {
    int m = to - from;
    int d = data.observationSize();
    int a = data.actionCount();
    float[] obs = new float[m * d];
    boolean[] masks = new boolean[m * a];
    int[] actions = new int[m];
    double[] targets = data.returns() == null ? null : new double[m];
    for (int k = 0; k < m; k++) {
      int i = rows[from + k];
      System.arraycopy(data.observations(), i * d, obs, k * d, d);
      System.arraycopy(data.masks(), i * a, masks, k * a, a);
      actions[k] = data.actions()[i];
      if (targets != null) {
        targets[k] = data.returns()[i];
      }
    }
    var type = net.dataType();
    var f = net.forward(Tensors.matrix(obs, m, d, type));
    CrossEntropy ce = crossEntropy(Tensors.toDoubles(f.logits()), masks, actions, m, a);
    INDArray dValues;
    if (targets == null) {
      dValues = f.values().mul(0);
    } else {
      // mean squared error of the critic against the expert's returns-to-go
      double[] v = Tensors.toDoubles(f.values());
      double[] g = new double[m];
      for (int k = 0; k < m; k++) {
        g[k] = 2 * (v[k] - targets[k]) / m;
      }
      dValues = Tensors.matrix(g, m, 1, type).reshape(f.values().shape());
    }
    net.backward(Tensors.matrix(ce.dLogits(), m, a, type), dValues);
    ParameterBlock p = net.trainableParameters();
    GradientClip.clipGlobalNorm(p.gradients(), maxGradNorm);
    adam.step(p.values(), p.gradients(), learningRate);
    return ce.loss();
  }
}

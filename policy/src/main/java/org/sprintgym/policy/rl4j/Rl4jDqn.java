package org.sprintgym.policy.rl4j;

import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscreteDense;
import org.deeplearning4j.rl4j.network.CommonOutputNames;
import org.deeplearning4j.rl4j.network.configuration.DQNDenseNetworkConfiguration;
import org.deeplearning4j.rl4j.network.dqn.IDQN;
import org.deeplearning4j.rl4j.space.Box;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

/**
 * RL4J's DQN ({@code QLearningDiscreteDense}) trained on an {@link EnvMdp}, and the trained
 * Q-network as a SprintGym {@link Policy} so SprintGym's evaluation and latency tools measure it
 * the same way as PPO.
 */
public final class Rl4jDqn {
  private Rl4jDqn() {}

  /** The outcome of one training run. */
  public record Trained(QPolicy policy, long steps, double seconds) {
    public double samplesPerSecond() {
      return steps / seconds;
    }
  }

  /** Trains for {@code settings.maxSteps()} env steps of {@code mdp}. */
  public static Trained train(EnvMdp mdp, DqnSettings s) {
    var learning = QLearningConfiguration.builder()
        .seed(s.seed())
        .maxEpochStep(s.maxEpochStep())
        .maxStep(s.maxSteps())
        .expRepMaxSize(s.replaySize())
        .batchSize(s.batchSize())
        .targetDqnUpdateFreq(s.targetUpdate())
        .updateStart(s.updateStart())
        .rewardFactor(1.0)
        .gamma(s.gamma())
        .errorClamp(1.0)
        .minEpsilon(s.minEpsilon())
        .epsilonNbStep(s.epsilonSteps())
        .doubleDQN(s.doubleDqn())
        .build();
    var network = DQNDenseNetworkConfiguration.builder()
        .updater(new Adam(s.learningRate()))
        .numLayers(s.hiddenLayers())
        .numHiddenNodes(s.hiddenNodes())
        .build();
    var dql = new QLearningDiscreteDense<Box>(mdp, network, learning);
    long t0 = System.nanoTime();
    dql.train();
    double seconds = (System.nanoTime() - t0) / 1e9;
    IDQN<?> q = dql.getQNetwork();
    return new Trained(new QPolicy(q, mdp.getObservationSpace().getShape()[0],
        mdp.getActionSpace().getSize()), dql.getStepCount(), seconds);
  }

  /**
   * Greedy in the Q-values, then the adapter's rule for masked actions (the nearest allowed
   * index), so it acts exactly as it did through the {@link EnvMdp}. Log-probabilities are 0 (a
   * deterministic policy); there is no critic.
   */
  public static final class QPolicy implements Policy {
    private final IDQN<?> network;
    private final int observationSize;
    private final int actionCount;

    QPolicy(IDQN<?> network, int observationSize, int actionCount) {
      this.network = network;
      this.observationSize = observationSize;
      this.actionCount = actionCount;
    }

    @Override
    public int observationSize() {
      return observationSize;
    }

    @Override
    public int actionCount() {
      return actionCount;
    }

    /** Q-values ({@code n x actions}) of {@code n} observations. */
    public INDArray qValues(float[] observations, int n) {
      INDArray x = Nd4j.create(observations, new long[] {n, observationSize}, 'c');
      return network.output(x).get(CommonOutputNames.QValues);
    }

    @Override
    public PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng) {
      int n = batch.size();
      double[] q = qValues(batch.observations(), n).dup('c').reshape((long) n * actionCount)
          .toDoubleVector();
      int[] actions = new int[n];
      boolean[] mask = new boolean[actionCount];
      for (int i = 0; i < n; i++) {
        int best = 0;
        for (int j = 1; j < actionCount; j++) {
          if (q[i * actionCount + j] > q[i * actionCount + best]) {
            best = j;
          }
        }
        System.arraycopy(batch.masks(), i * actionCount, mask, 0, actionCount);
        actions[i] = MaskedActions.nearestAllowed(best, mask);
      }
      return new PolicyOutput(actions, new double[n], new double[0]);
    }
  }
}

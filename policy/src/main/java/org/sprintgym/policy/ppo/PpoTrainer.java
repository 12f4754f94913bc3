package org.sprintgym.policy.ppo;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.ActionMode;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.HostPolicy;
import org.sprintgym.policy.nn.ParameterBlock;
import org.sprintgym.policy.nn.Tensors;
import org.sprintgym.policy.nn.Workspaces;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.env.VectorStep;
import org.sprintgym.sim.stats.Stats;

/**
 * PPO as in SB3/CleanRL: fixed-length rollouts from a vector env, GAE, several epochs of shuffled
 * minibatches, global gradient clip, Adam, linear annealing. Trains the network's trainable
 * parameters: the base, or the active adapter with the base frozen.
 */
public final class PpoTrainer {
  private final PpoConfig config;
  private final ActorCritic net;
  private final VectorEnv envs;
  private final long totalSteps;
  private final int totalUpdates;
  private final Adam adam;
  private final Rng sampling;
  private final Rng shuffling;
  private final Rollout rollout;
  private VectorStep current;
  private int updatesDone;
  private long globalSteps;

  private PpoTrainer(PpoConfig config, ActorCritic net, VectorEnv envs, long totalSteps, Adam adam,
      Rng sampling, Rng shuffling, VectorStep current) {
    if (envs.numEnvs() != config.numEnvs()) {
      throw new IllegalArgumentException("config wants " + config.numEnvs()
          + " envs but the vector env has " + envs.numEnvs());
    }
    this.config = config;
    this.net = net;
    this.envs = envs;
    this.totalSteps = totalSteps;
    this.totalUpdates = config.updatesFor(totalSteps);
    this.adam = adam;
    this.sampling = sampling;
    this.shuffling = shuffling;
    this.current = current;
    this.rollout = new Rollout(config.nSteps(), config.numEnvs(), net.observationSize(),
        net.actionCount());
  }

  /** A new run: resets the envs and starts Adam from zero moments. */
  public static PpoTrainer start(PpoConfig config, ActorCritic net, VectorEnv envs,
      long totalSteps, Seeds seeds) {
    var adam = new Adam(net.trainableParameters().values(), config.adamEpsilon());
    return new PpoTrainer(config, net, envs, totalSteps, adam,
        seeds.rng(Seeds.POLICY_SAMPLING), seeds.rng(Seeds.MINIBATCH_SHUFFLE), envs.reset());
  }

  /** Continues a run from a checkpoint's state (network and adapter already restored). */
  public static PpoTrainer resume(PpoConfig config, ActorCritic net, VectorEnv envs, Adam adam,
      TrainerState state) {
    var t = new PpoTrainer(config, net, envs, state.totalSteps(), adam,
        Rng.restore(state.samplingRngState()), Rng.restore(state.shuffleRngState()),
        envs.restore(state.envs()));
    t.updatesDone = state.updatesDone();
    t.globalSteps = state.globalSteps();
    return t;
  }

  public boolean finished() {
    return updatesDone >= totalUpdates;
  }

  public int totalUpdates() {
    return totalUpdates;
  }

  public int updatesDone() {
    return updatesDone;
  }

  public long globalSteps() {
    return globalSteps;
  }

  public Adam adam() {
    return adam;
  }

  public TrainerState state() {
    return new TrainerState(totalSteps, updatesDone, globalSteps, sampling.state(),
        shuffling.state(), envs.snapshot());
  }

  /** One rollout and its optimisation; returns what it logs. */
  public UpdateStats update() {
    if (finished()) {
      throw new IllegalStateException("training already finished after " + updatesDone
          + " updates");
    }
    long t0 = System.nanoTime();
    int update = updatesDone + 1;
    double[] episodes = collect();
    double rolloutSeconds = (System.nanoTime() - t0) / 1e9;
    // SB3 computes progress_remaining after the rollout, from the steps collected so far
    double lr = new LinearSchedule(config.learningRate(), totalSteps,
        config.annealLearningRate()).at(globalSteps);
    double clip = new LinearSchedule(config.clipRange(), totalSteps, config.annealClipRange())
        .at(globalSteps);
    Gae.Result gae = rollout.advantages(config.gamma(), config.gaeLambda());
    double[] sums = optimise(gae, lr, clip);
    updatesDone = update;
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new UpdateStats(update, globalSteps, lr, clip, sums[0], sums[1], sums[2], sums[3],
        sums[4], explainedVariance(rollout.values, gae.returns()), sums[5], (int) episodes[0],
        episodes[0] == 0 ? Double.NaN : episodes[1] / episodes[0],
        rollout.size() / seconds, rolloutSeconds,
        episodes[0] == 0 ? Double.NaN : episodes[2] / episodes[0]);
  }

  /** Fills the rollout; returns {episodes finished, sum of their returns, sum of their lengths}. */
  private double[] collect() {
    int n = config.numEnvs();
    int d = net.observationSize();
    int a = net.actionCount();
    double[] episodes = new double[3];
    // batch-8 forwards are dominated by ND4J's per-call cost: roll out with a plain-Java snapshot
    // of the current parameters (float networks; its float sums may differ from ND4J's in the
    // last bits, which is deterministic under a seed)
    HostPolicy host = net.dataType() == DataType.FLOAT ? HostPolicy.of(net) : null;
    Policy policy = host != null ? host : net;
    for (int t = 0; t < config.nSteps(); t++) {
      int base = t * n;
      System.arraycopy(current.observations(), 0, rollout.observations, base * d, n * d);
      System.arraycopy(current.actionMasks(), 0, rollout.masks, base * a, n * a);
      PolicyOutput out = policy.act(new ObservationBatch(n, d, a, current.observations(),
          current.actionMasks()), ActionMode.SAMPLE, sampling);
      System.arraycopy(out.actions(), 0, rollout.chosen, base, n);
      System.arraycopy(out.logProbs(), 0, rollout.logProbs, base, n);
      System.arraycopy(out.values(), 0, rollout.values, base, n);
      VectorStep s = envs.step(out.actions());
      System.arraycopy(s.rewards(), 0, rollout.rewards, base, n);
      System.arraycopy(s.terminated(), 0, rollout.terminated, base, n);
      System.arraycopy(s.truncated(), 0, rollout.truncated, base, n);
      bootstrapTruncated(s, base, host);
      for (int e = 0; e < n; e++) {
        if (s.done(e)) {
          episodes[0]++;
          episodes[1] += (Double) s.infos().get(e).get(VectorEnv.EPISODE_RETURN);
          episodes[2] += ((Number) s.infos().get(e).get(VectorEnv.EPISODE_LENGTH)).doubleValue();
        }
      }
      current = s;
      globalSteps += n;
    }
    rollout.lastValues = host != null ? host.values(current.observations(), n)
        : net.values(current.observations(), n);
    return episodes;
  }

  // values of final observations of truncated (not terminated) episodes, in one batched call
  private void bootstrapTruncated(VectorStep s, int base, HostPolicy host) {
    int n = config.numEnvs();
    int d = net.observationSize();
    int count = 0;
    float[] obs = new float[n * d];
    int[] which = new int[n];
    boolean future = envs.truncationHasFuture();
    for (int e = 0; e < n; e++) {
      rollout.finalValues[base + e] = 0;
      if (future && s.truncated()[e] && !s.terminated()[e]) {
        System.arraycopy(s.finalObservation(e), 0, obs, count * d, d);
        which[count++] = e;
      }
    }
    if (count == 0) {
      return;
    }
    float[] rows = java.util.Arrays.copyOf(obs, count * d);
    double[] v = host != null ? host.values(rows, count) : net.values(rows, count);
    for (int k = 0; k < count; k++) {
      rollout.finalValues[base + which[k]] = v[k];
    }
  }

  /** Epochs of shuffled minibatches; returns means {pg, vf, entropy, kl, clipfrac, grad norm}. */
  private double[] optimise(Gae.Result gae, double lr, double clip) {
    int size = rollout.size();
    int[] rows = new int[size];
    for (int i = 0; i < size; i++) {
      rows[i] = i;
    }
    var coef = new PpoLoss.Coefficients(clip, config.clipRangeVf(), config.entCoef(),
        config.vfCoef(), config.normalizeAdvantage());
    ParameterBlock params = net.trainableParameters();
    double[] sums = new double[6];
    int count = 0;
    float[] obs = new float[config.minibatchSize() * net.observationSize()];
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      shuffling.shuffle(rows);
      for (int from = 0; from < size; from += config.minibatchSize()) {
        int to = Math.min(size, from + config.minibatchSize());
        Minibatch mb = rollout.minibatch(rows, from, to, gae, obs);
        LossTerms loss = gradientStep(mb, obs, coef, params, lr, sums);
        accumulate(sums, loss);
        count++;
      }
    }
    for (int k = 0; k < sums.length; k++) {
      sums[k] /= count;
    }
    return sums;
  }

  private LossTerms gradientStep(Minibatch mb, float[] obs, PpoLoss.Coefficients coef,
      ParameterBlock params, double lr, double[] sums) {
    try (var ws = Workspaces.scope("ppo-gradient-step")) {
      return gradientStepInScope(mb, obs, coef, params, lr, sums);
    }
  }

  private LossTerms gradientStepInScope(Minibatch mb, float[] obs, PpoLoss.Coefficients coef,
      ParameterBlock params, double lr, double[] sums) {
    int m = mb.size();
    var type = net.dataType();
    INDArray x = Tensors.matrix(m == obs.length / net.observationSize() ? obs
        : java.util.Arrays.copyOf(obs, m * net.observationSize()), m, net.observationSize(), type);
    ActorCritic.Forward f = net.forward(x);
    LossTerms loss = PpoLoss.compute(mb, Tensors.toDoubles(f.logits()),
        Tensors.toDoubles(f.values()), coef);
    net.backward(Tensors.matrix(loss.dLogits(), m, net.actionCount(), type),
        Tensors.matrix(loss.dValues(), m, 1, type));
    sums[5] += GradientClip.clipGlobalNorm(params.gradients(), config.maxGradNorm());
    adam.step(params.values(), params.gradients(), lr);
    return loss;
  }

  private static void accumulate(double[] sums, LossTerms l) {
    sums[0] += l.policyLoss();
    sums[1] += l.valueLoss();
    sums[2] += l.entropy();
    sums[3] += l.approxKl();
    sums[4] += l.clipFraction();
  }

  /** 1 - Var(returns - values) / Var(returns); NaN when the returns do not vary (as SB3). */
  public static double explainedVariance(double[] values, double[] returns) {
    double varY = variance(returns);
    double[] diff = new double[values.length];
    for (int i = 0; i < diff.length; i++) {
      diff[i] = returns[i] - values[i];
    }
    return varY == 0 ? Double.NaN : 1 - variance(diff) / varY;
  }

  /** Population variance, the mean taken as a sum of shares (as SB3). */
  private static double variance(double[] x) {
    return Stats.squaredDeviations(x, Stats.shareMean(x)) / x.length;
  }
}

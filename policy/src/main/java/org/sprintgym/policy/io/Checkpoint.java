package org.sprintgym.policy.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.ppo.Adam;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.TrainerState;
import org.sprintgym.sim.env.VectorEnvSnapshot;
import org.sprintgym.sim.io.InputError;

/**
 * A training run at an update boundary: provenance (env, root seed), PPO settings, the network
 * (base and adapters, which one trains), Adam's moments and step count, random-stream states and
 * counters, and the envs' snapshot. Written atomically as one {@link TensorArchive}.
 */
public record Checkpoint(String env, long seed, PpoConfig config, ActorCritic net,
    String trainedAdapter, Adam adam, TrainerState state, ObservationLayout layout) {

  private static final String KIND = "sprintgym-ppo-checkpoint";

  public void write(Path file) {
    var a = new TensorArchive().put("kind", KIND).put("env", env).put("seed", new long[] {seed})
        .put("trained_adapter", trainedAdapter);
    layout.put(a);
    putConfig(a, config);
    NetworkArchive.put(a, net);
    Arrays2.put(a, "adam.m", adam.firstMoment());
    Arrays2.put(a, "adam.v", adam.secondMoment());
    a.put("adam.steps", new long[] {adam.steps()});
    putState(a, state);
    a.write(file);
  }

  public static Checkpoint read(Path file) {
    TensorArchive a = TensorArchive.read(file);
    try {
      if (!KIND.equals(a.string("kind"))) {
        throw new IllegalArgumentException("not a PPO checkpoint");
      }
      ActorCritic net = NetworkArchive.get(a);
      String trained = a.string("trained_adapter");
      net.activate(trained);
      PpoConfig config = readConfig(a);
      var adam = new Adam(0.9, 0.999, config.adamEpsilon(), Arrays2.get(a, "adam.m"),
          Arrays2.get(a, "adam.v"), a.longValue("adam.steps"));
      return new Checkpoint(a.string("env"), a.longValue("seed"), config, net, trained, adam,
          readState(a), ObservationLayout.get(a));
    } catch (IllegalArgumentException e) {
      throw InputError.at(file, 0, 0, null, "broken checkpoint: " + e.getMessage(), null);
    }
  }

  private static void putConfig(TensorArchive a, PpoConfig c) {
    a.put("ppo.ints", new int[] {c.numEnvs(), c.nSteps(), c.minibatchSize(), c.epochs(),
        c.annealLearningRate() ? 1 : 0, c.annealClipRange() ? 1 : 0,
        c.normalizeAdvantage() ? 1 : 0});
    a.put("ppo.doubles", new double[] {c.gamma(), c.gaeLambda(), c.learningRate(), c.clipRange(),
        c.clipRangeVf(), c.entCoef(), c.vfCoef(), c.maxGradNorm(), c.adamEpsilon()});
    a.put("ppo.actor_hidden", NetworkArchive.ints(c.actorHidden()));
    a.put("ppo.critic_hidden", NetworkArchive.ints(c.criticHidden()));
  }

  private static PpoConfig readConfig(TensorArchive a) {
    int[] i = a.ints("ppo.ints");
    double[] d = a.doubles("ppo.doubles");
    return new PpoConfig(i[0], i[1], i[2], i[3], d[0], d[1], d[2], i[4] == 1, d[3], i[5] == 1,
        d[4], d[5], d[6], d[7], i[6] == 1, d[8], NetworkArchive.list(a.ints("ppo.actor_hidden")),
        NetworkArchive.list(a.ints("ppo.critic_hidden")));
  }

  private static void putState(TensorArchive a, TrainerState s) {
    a.put("state.counters", new long[] {s.totalSteps(), s.updatesDone(), s.globalSteps(),
        s.samplingRngState(), s.shuffleRngState()});
    VectorEnvSnapshot env = s.envs();
    a.put("state.env_seed", new long[] {env.seed()});
    a.put("state.env_episodes", env.episodes());
    int[][] logs = env.actionLogs();
    int[] lengths = new int[logs.length];
    List<Integer> flat = new ArrayList<>();
    for (int i = 0; i < logs.length; i++) {
      lengths[i] = logs[i].length;
      for (int x : logs[i]) {
        flat.add(x);
      }
    }
    a.put("state.env_log_lengths", lengths);
    a.put("state.env_logs", NetworkArchive.ints(flat));
  }

  private static TrainerState readState(TensorArchive a) {
    long[] c = a.longs("state.counters");
    int[] lengths = a.ints("state.env_log_lengths");
    int[] flat = a.ints("state.env_logs");
    int[][] logs = new int[lengths.length][];
    int at = 0;
    for (int i = 0; i < lengths.length; i++) {
      logs[i] = java.util.Arrays.copyOfRange(flat, at, at + lengths[i]);
      at += lengths[i];
    }
    var env = new VectorEnvSnapshot(a.longValue("state.env_seed"), a.longs("state.env_episodes"),
        logs);
    return new TrainerState(c[0], (int) c[1], c[2], c[3], c[4], env);
  }
}

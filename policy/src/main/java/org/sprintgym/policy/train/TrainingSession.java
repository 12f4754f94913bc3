package org.sprintgym.policy.train;

import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.io.Checkpoint;
import org.sprintgym.policy.io.ObservationLayout;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.io.InputError;

/**
 * One PPO training run on a named env: a fresh base, an adapter on a frozen base, or a resumed
 * checkpoint. Owns the vector env (close it); checkpoints at update boundaries.
 */
public final class TrainingSession implements AutoCloseable {
  private final String env;
  private final long seed;
  private final PpoConfig config;
  private final ActorCritic net;
  private final String trained;
  private final VectorEnv envs;
  private final PpoTrainer trainer;

  private TrainingSession(String env, long seed, PpoConfig config, ActorCritic net,
      String trained, VectorEnv envs, PpoTrainer trainer) {
    this.env = env;
    this.seed = seed;
    this.config = config;
    this.net = net;
    this.trained = trained;
    this.envs = envs;
    this.trainer = trainer;
  }

  /** A new base network trained from scratch. */
  public static TrainingSession fresh(String env, long seed, long steps, PpoConfig config) {
    var factory = EnvCatalog.factory(env);
    var seeds = new Seeds(seed);
    var probe = factory.apply(0);
    var spec = new ActorCriticSpec(probe.observationSpace().size(), probe.actionSpace().n(),
        config.actorHidden(), config.criticHidden());
    var net = ActorCritic.create(spec, DataType.FLOAT, seeds.rng(Seeds.INIT));
    return begin(env, seed, steps, config, net, ActorCritic.BASE);
  }

  /** A new LoRA adapter {@code adapter} trained on the frozen base of checkpoint {@code base}. */
  public static TrainingSession adapter(Path base, String adapter, LoraConfig lora, String env,
      long seed, long steps, PpoConfig config) {
    var factory = EnvCatalog.factory(env);
    Checkpoint b = Checkpoint.read(base);
    b.layout().requireMatches(factory.apply(0).observationSpace(), base, env);
    ActorCritic net = b.net();
    net.activate(ActorCritic.BASE);
    if (net.adapters().containsKey(adapter)) {
      throw InputError.option("--adapter", "the base checkpoint already has an adapter named "
          + adapter, "a new name");
    }
    var seeds = new Seeds(seed);
    try {
      net.addAdapter(adapter, lora, new Seeds(seeds.seed(Seeds.ADAPTER_INIT)).rng(adapter));
    } catch (IllegalArgumentException e) {
      throw InputError.option("--adapter", e.getMessage(), null);
    }
    net.activate(adapter);
    return begin(env, seed, steps, config, net, adapter);
  }

  private static TrainingSession begin(String env, long seed, long steps, PpoConfig config,
      ActorCritic net, String trained) {
    var seeds = new Seeds(seed);
    var envs = VectorEnv.of(EnvCatalog.factory(env), config.numEnvs(), seeds.seed(Seeds.ENV), 1);
    var trainer = PpoTrainer.start(config, net, envs, steps, seeds);
    return new TrainingSession(env, seed, config, net, trained, envs, trainer);
  }

  /** Continues the run saved in {@code checkpoint} exactly where it stopped. */
  public static TrainingSession resume(Path checkpoint) {
    Checkpoint c = Checkpoint.read(checkpoint);
    c.layout().requireMatches(EnvCatalog.factory(c.env()).apply(0).observationSpace(), checkpoint,
        c.env());
    var envs = VectorEnv.of(EnvCatalog.factory(c.env()), c.config().numEnvs(),
        c.state().envs().seed(), 1);
    var trainer = PpoTrainer.resume(c.config(), c.net(), envs, c.adam(), c.state());
    return new TrainingSession(c.env(), c.seed(), c.config(), c.net(), c.trainedAdapter(), envs,
        trainer);
  }

  public boolean finished() {
    return trainer.finished();
  }

  public UpdateStats update() {
    return trainer.update();
  }

  public int totalUpdates() {
    return trainer.totalUpdates();
  }

  /** Updates completed so far (on resume: those saved in the checkpoint). */
  public int updatesDone() {
    return trainer.updatesDone();
  }

  /** The PPO settings of the run. */
  public PpoConfig config() {
    return config;
  }

  public ActorCritic net() {
    return net;
  }

  public String env() {
    return env;
  }

  public long seed() {
    return seed;
  }

  /** The adapter being trained, or {@link ActorCritic#BASE}. */
  public String trainedAdapter() {
    return trained;
  }

  /** Writes everything needed to resume, atomically. */
  public void checkpoint(Path file) {
    new Checkpoint(env, seed, config, net, trained, trainer.adam(), trainer.state(),
        ObservationLayout.of(envs.observationSpace())).write(file);
  }

  @Override
  public void close() {
    envs.close();
  }
}

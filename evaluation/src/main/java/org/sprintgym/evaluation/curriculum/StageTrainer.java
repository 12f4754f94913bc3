package org.sprintgym.evaluation.curriculum;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;

/**
 * PPO on one stage's adapter behind its validation gate. Between gates one PPO trainer (its envs,
 * Adam moments and rollout state) carries on across training chunks; a gate ends it, and the next
 * starts from the parameters the gate left, seeded by (stage, gate), which is also where a resumed
 * run starts.
 */
final class StageTrainer implements AutoCloseable {
  /** Above every episode type's step limit: the trainer's step budget never binds. */
  private static final int MAX_EPISODE_STEPS = 64;

  /**
   * One training chunk.
   *
   * @param episodes training episodes it finished
   * @param steps environment steps it took
   * @param trainerDone whether the trainer ran out of its step budget
   */
  record Chunk(long episodes, long steps, boolean trainerDone) {}

  private final CurriculumSpec spec;
  private final EpisodeConfig episodeConfig;
  private final SituationLibrary library;
  private final ActorCritic net;
  private final long trainRoot;
  private final ValidationGate gate;
  private PpoTrainer trainer;
  private VectorEnv envs;
  private double cap = 1.0;

  /**
   * @param validation the validation returns of the adapter's parameters as they are now
   * @param groups per validation episode, the group its criterion puts it in
   */
  StageTrainer(CurriculumSpec spec, EpisodeConfig episodeConfig, SituationLibrary library,
      ActorCritic net, long trainRoot, double[] validation, int[] groups) {
    this.spec = spec;
    this.episodeConfig = episodeConfig;
    this.library = library;
    this.net = net;
    this.trainRoot = trainRoot;
    this.gate = new ValidationGate(spec.validation().minImprovement(),
        spec.validation().gateBasis(), net.trainableParameters().values(), validation, groups);
  }

  /**
   * Trains up to {@code episodes} episodes of {@code mix} (a trainer is opened for gate
   * {@code gateIndex} if none is running); {@code perUpdate} sees every PPO update.
   *
   * @param difficultyCap the cap of a newly opened trainer's situations
   */
  Chunk train(int stage, int gateIndex, List<EpisodeType> mix, double difficultyCap,
      int episodes, Consumer<UpdateStats> perUpdate) {
    if (trainer == null) {
      open(stage, gateIndex, mix, difficultyCap);
    }
    long done = 0;
    long steps = 0;
    while (done < episodes && !trainer.finished()) {
      UpdateStats s = trainer.update();
      done += s.episodes();
      steps += spec.ppo().rolloutSize();
      perUpdate.accept(s);
    }
    return new Chunk(done, steps, trainer.finished());
  }

  /** The difficulty cap of the running (or last) trainer. */
  double cap() {
    return cap;
  }

  private void open(int stage, int gateIndex, List<EpisodeType> mix, double difficultyCap) {
    var chunkSeeds = new Seeds(SeedMix.derive(trainRoot, stage, gateIndex));
    cap = difficultyCap;
    IntFunction<Env> factory = i -> new EpisodeEnv(episodeConfig, library, mix, difficultyCap);
    envs = VectorEnv.of(factory, spec.ppo().numEnvs(), chunkSeeds.seed(Seeds.ENV), 1);
    trainer = PpoTrainer.start(spec.ppo(), net, envs,
        (long) spec.validation().everyEpisodes() * MAX_EPISODE_STEPS + spec.ppo().rolloutSize(),
        chunkSeeds);
  }

  /**
   * A validation gate: ends the running trainer and keeps the training since the last gate if
   * {@code validation} clears the margin, else rolls it back. Returns whether it was kept.
   */
  boolean gate(double[] validation) {
    close();
    return gate.offer(validation);
  }

  /** The validation return of the last kept update. */
  double best() {
    return gate.best();
  }

  /** Runs {@code task} with the kept parameters in place, then puts the live ones back. */
  <T> T withKept(Supplier<T> task) {
    return gate.withKept(task);
  }

  /** Ends the stage on its last kept update: later training was not validated. */
  void finish() {
    close();
    gate.restoreKept();
  }

  @Override
  public void close() {
    if (envs != null) {
      envs.close();
    }
    trainer = null;
    envs = null;
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.List;
import java.util.function.Consumer;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;

/**
 * PPO on the base over every episode type, from rewards alone, before the stage adapters: what a
 * curriculum without a behaviour-cloning warm start starts from (a frozen base of random weights
 * leaves the adapters too little to build on), and after a warm start, a base that has gone past
 * imitation. Seeded by its own stream ({@code base-ppo}). Unlike a stage, which ends on
 * graduation, the pretraining has a fixed budget, so its learning rate anneals linearly to 0 over
 * it as {@code train}'s does (README, "What the curriculum shows today", measures the gain).
 */
final class BasePretraining {
  /** The seed stream of the pretraining's envs and minibatches. */
  static final String STREAM = "base-ppo";

  private BasePretraining() {}

  /**
   * Trains the base of {@code net} for {@code steps} environment steps (rounded up to whole
   * rollouts); {@code perUpdate} sees every PPO update. Returns the steps taken.
   */
  static long run(CurriculumSpec spec, EpisodeConfig config, SituationLibrary library,
      ActorCritic net, Seeds seeds, long steps, Consumer<UpdateStats> perUpdate) {
    net.activate(ActorCritic.BASE);
    var own = new Seeds(seeds.seed(STREAM));
    List<EpisodeType> all = List.of(EpisodeType.values());
    long taken = 0;
    try (VectorEnv envs = VectorEnv.of(i -> new EpisodeEnv(config, library, all),
        spec.ppo().numEnvs(), own.seed(Seeds.ENV), 1)) {
      PpoTrainer trainer = PpoTrainer.start(spec.pretraining().config(spec.ppo()), net, envs,
          steps, own);
      while (!trainer.finished()) {
        perUpdate.accept(trainer.update());
        taken += spec.ppo().rolloutSize();
      }
    }
    return taken;
  }
}

package org.sprintgym.policy.bench;

import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.ppo.Evaluation;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.sim.env.VectorEnv;

/**
 * The CartPole-v1 known answer: PPO with given settings for a number of steps from one seed, then
 * the mean return of greedy evaluation episodes (RL Zoo reports ~500 for its tuned settings).
 */
public final class CartPoleKnownAnswer {
  private CartPoleKnownAnswer() {}

  /** Outcome of one seed. */
  public record Result(long seed, long steps, double evalMeanReturn, double samplesPerSecond) {}

  public static Result run(PpoConfig config, long seed, long steps, int evalEpisodes,
      Consumer<UpdateStats> log) {
    var seeds = new Seeds(seed);
    var spec = new ActorCriticSpec(4, 2, config.actorHidden(), config.criticHidden());
    var net = ActorCritic.create(spec, DataType.FLOAT, seeds.rng(Seeds.INIT));
    long trainNanos;
    try (var envs = VectorEnv.of(i -> new CartPole(), config.numEnvs(), seeds.seed(Seeds.ENV), 1)) {
      var trainer = PpoTrainer.start(config, net, envs, steps, seeds);
      long t0 = System.nanoTime();
      while (!trainer.finished()) {
        log.accept(trainer.update());
      }
      trainNanos = System.nanoTime() - t0;
      steps = trainer.globalSteps();
    }
    var eval = Evaluation.run(net, i -> new CartPole(), evalEpisodes, 20, seeds.seed(Seeds.EVAL),
        ActionMode.GREEDY, seeds.rng(Seeds.EVAL));
    return new Result(seed, steps, eval.mean(), steps / (trainNanos / 1e9));
  }
}

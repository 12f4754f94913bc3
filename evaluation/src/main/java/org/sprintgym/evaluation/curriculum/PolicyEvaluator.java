package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.HostPolicy;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;

/**
 * Plays a policy on a fixed set of seeds: seed {@code i} of a set rooted at {@code root} is
 * {@code SeedMix.derive(root, i)}, and {@link EpisodeRunner} derives each episode from it, so the
 * trained adapter and every baseline meet the same situations (common random numbers).
 */
final class PolicyEvaluator {
  private final EpisodeRunner runner;

  PolicyEvaluator(EpisodeRunner runner) {
    this.runner = runner;
  }

  /** Results per seed. */
  List<List<EpisodeRunner.Result>> run(BaselinePolicy policy, String name, List<EpisodeType> types,
      int perType, long root, int seeds) {
    var out = new ArrayList<List<EpisodeRunner.Result>>();
    for (int s = 0; s < seeds; s++) {
      out.add(runner.run(types, policy, name, perType, seedOf(root, s), 1, false).results());
    }
    return out;
  }

  static long seedOf(long root, int i) {
    return SeedMix.derive(root, i);
  }

  /**
   * The network's greedy action, one observation at a time (the active adapter acts), from a
   * plain-Java snapshot of the network as it is now ({@link HostPolicy}: a batch-1 forward pass
   * costs tens of microseconds there against hundreds through ND4J's native calls).
   */
  static BaselinePolicy greedy(ActorCritic net) {
    Rng unused = Rng.seeded(0);
    HostPolicy host = HostPolicy.of(net);
    return (obs, mask, random) -> host.act(new ObservationBatch(1, host.observationSize(),
        host.actionCount(), obs, mask), ActionMode.GREEDY, unused).actions()[0];
  }
}

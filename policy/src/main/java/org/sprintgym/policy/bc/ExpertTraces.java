package org.sprintgym.policy.bc;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeTrace;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;

/**
 * Demonstrations taken from the environment: a scripted policy (normally the expert) plays
 * episodes of the given types through {@link EpisodeRunner} with traces on, and every step's
 * observation, mask and action becomes one sample. Runs seeded differently give disjoint episodes
 * (the same situation library, other cuts and hidden truths), which is how held-out states are
 * made.
 */
public final class ExpertTraces {
  private ExpertTraces() {}

  /** {@code episodesPerType} episodes of each type, run seeded {@code seed}, as samples. */
  public static Demonstrations collect(EpisodeRunner runner, List<EpisodeType> types,
      BaselinePolicy expert, int episodesPerType, long seed) {
    var run = runner.run(types, expert, "expert", episodesPerType, seed, 1, true);
    List<EpisodeTrace.TraceStep> steps = new ArrayList<>();
    for (var r : run.results()) {
      steps.addAll(r.trace().orElseThrow().steps());
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("the expert took no steps in " + episodesPerType
          + " episodes of " + types);
    }
    int d = steps.get(0).observation().length;
    int a = steps.get(0).mask().length;
    float[] obs = new float[steps.size() * d];
    boolean[] masks = new boolean[steps.size() * a];
    int[] actions = new int[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      var s = steps.get(i);
      System.arraycopy(s.observation(), 0, obs, i * d, d);
      System.arraycopy(s.mask(), 0, masks, i * a, a);
      actions[i] = s.action();
    }
    return new Demonstrations(steps.size(), d, a, obs, masks, actions);
  }
}

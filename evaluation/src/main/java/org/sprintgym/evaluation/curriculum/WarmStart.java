package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.bc.BehaviourCloning;
import org.sprintgym.policy.bc.Demonstrations;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeTrace;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.baseline.Baselines;

/**
 * The warm start: behaviour cloning of the base network on the expert's traces of every episode
 * type (actions as targets for the actor, discounted returns for the critic).
 */
final class WarmStart {
  /** Minibatch of the behaviour-cloning epochs. */
  private static final int BATCH = 256;
  /** Weight of the critic's loss against the actor's. */
  private static final double VALUE_WEIGHT = 0.5;

  /**
   * What the warm start did.
   *
   * @param loss final loss (NaN without an epoch)
   * @param steps demonstration steps
   * @param registryEntry the base network's line of the adapter registry
   */
  record Result(double loss, int steps, Map<String, Object> registryEntry) {
    /** The run log's line on the warm start of {@code epochs} behaviour-cloning epochs. */
    String logLine(int epochs) {
      return Double.isFinite(loss)
          ? String.format(java.util.Locale.ROOT, "warm start: behaviour cloning on %d expert steps,"
              + " %d epochs, loss %.3f", steps, epochs, loss)
          : String.format(java.util.Locale.ROOT, "warm start: none (behaviour cloning epochs %d):"
              + " PPO starts from the initial weights", epochs);
    }
  }

  private final CurriculumSpec.BehaviourCloningSpec bc;
  private final double gamma;
  private final Seeds seeds;

  WarmStart(CurriculumSpec.BehaviourCloningSpec bc, double gamma, Seeds seeds) {
    this.bc = bc;
    this.gamma = gamma;
    this.seeds = seeds;
  }

  /** Trains the base of {@code net}; {@code metric} gets one line per epoch. */
  Result run(ActorCritic net, EpisodeRunner runner, Consumer<Map<String, Object>> metric) {
    var run = runner.run(List.of(EpisodeType.values()), Baselines.of("expert").orElseThrow(),
        "expert", bc.episodesPerType(), seeds.seed("bc-traces"), 1, true);
    List<EpisodeTrace.TraceStep> steps = new ArrayList<>();
    List<Float> returns = new ArrayList<>();
    for (var r : run.results()) {
      var trace = r.trace().orElseThrow().steps();
      steps.addAll(trace);
      for (float g : discounted(trace)) {
        returns.add(g);
      }
    }
    var data = demonstrations(steps, returns, net.observationSize(), net.actionCount());
    net.activate(ActorCritic.BASE);
    var cloning = new BehaviourCloning(net, bc.learningRate(), BATCH, VALUE_WEIGHT,
        seeds.rng("bc-shuffle"));
    double loss = Double.NaN;
    for (int e = 1; e <= bc.epochs(); e++) {
      loss = cloning.epoch(data);
      metric.accept(RunFiles.ordered("event", "behaviour_cloning", "epoch", e, "loss", loss,
          "samples", steps.size()));
    }
    return new Result(loss, steps.size(), registryEntry(steps.size(), loss));
  }

  private float[] discounted(List<EpisodeTrace.TraceStep> trace) {
    float[] g = new float[trace.size()];
    double after = 0;
    for (int t = trace.size() - 1; t >= 0; t--) {
      after = trace.get(t).reward() + gamma * after;
      g[t] = (float) after;
    }
    return g;
  }

  private static Demonstrations demonstrations(List<EpisodeTrace.TraceStep> steps,
      List<Float> returns, int d, int a) {
    float[] obs = new float[steps.size() * d];
    boolean[] masks = new boolean[steps.size() * a];
    int[] actions = new int[steps.size()];
    float[] targets = new float[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      System.arraycopy(steps.get(i).observation(), 0, obs, i * d, d);
      System.arraycopy(steps.get(i).mask(), 0, masks, i * a, a);
      actions[i] = steps.get(i).action();
      targets[i] = returns.get(i);
    }
    return new Demonstrations(steps.size(), d, a, obs, masks, actions, targets);
  }

  private Map<String, Object> registryEntry(int steps, double loss) {
    var entry = new LinkedHashMap<String, Object>();
    entry.put("adapter", ActorCritic.BASE);
    entry.put("parent", null);
    entry.put("stage", 0);
    entry.put("method", "behaviour cloning on expert traces");
    entry.put("demonstration_steps", steps);
    entry.put("epochs", bc.epochs());
    entry.put("final_loss", Double.isFinite(loss) ? loss : null);
    entry.put("seeds", RunFiles.ordered("traces", seeds.seed("bc-traces"), "shuffle",
        seeds.seed("bc-shuffle"), "init", seeds.seed(Seeds.INIT)));
    return entry;
  }
}

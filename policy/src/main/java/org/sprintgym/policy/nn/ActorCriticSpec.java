package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Shape of an actor-critic: observation size, number of actions and the hidden widths of the
 * separate actor and critic MLPs (tanh between layers).
 */
public record ActorCriticSpec(int observationSize, int actionCount, List<Integer> actorHidden,
    List<Integer> criticHidden) {

  public ActorCriticSpec {
    if (observationSize < 1 || actionCount < 1) {
      throw new IllegalArgumentException("observation size and action count must be >= 1 but were "
          + observationSize + " and " + actionCount);
    }
    actorHidden = List.copyOf(actorHidden);
    criticHidden = List.copyOf(criticHidden);
    for (int w : actorHidden) {
      requireWidth(w);
    }
    for (int w : criticHidden) {
      requireWidth(w);
    }
  }

  private static void requireWidth(int w) {
    if (w < 1) {
      throw new IllegalArgumentException("hidden layer widths must be >= 1 but one was " + w);
    }
  }

  /** Actor and critic with the same hidden widths, e.g. {@code of(4, 2, 64, 64)}. */
  public static ActorCriticSpec of(int observationSize, int actionCount, Integer... hidden) {
    return new ActorCriticSpec(observationSize, actionCount, List.of(hidden), List.of(hidden));
  }

  /** Layer widths of the actor, input to output. */
  public List<Integer> actorWidths() {
    return widths(actorHidden, actionCount);
  }

  /** Layer widths of the critic, input to output. */
  public List<Integer> criticWidths() {
    return widths(criticHidden, 1);
  }

  private List<Integer> widths(List<Integer> hidden, int out) {
    List<Integer> w = new ArrayList<>();
    w.add(observationSize);
    w.addAll(hidden);
    w.add(out);
    return w;
  }

  public long parameterCount() {
    return Mlp.parameterCount(actorWidths()) + Mlp.parameterCount(criticWidths());
  }
}

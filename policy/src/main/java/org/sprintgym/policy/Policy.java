package org.sprintgym.policy;

/**
 * Anything that picks actions for a batch of observations under action masks: the neural
 * actor-critic, and scripted baselines. Batched because neural policies are overhead-bound on small
 * batches; a baseline may simply loop over the samples.
 */
public interface Policy {

  int observationSize();

  int actionCount();

  /**
   * Chooses one allowed action per sample. {@code rng} is the caller's stream, used only in
   * {@link ActionMode#SAMPLE}, so the caller decides which random stream decisions consume.
   */
  PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng);
}

package org.sprintgym.sim.episode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;

/**
 * Everything needed to judge and score a finished episode: its type, seed, situation, hidden
 * truth, the cues the trainee saw, the actions it took and the type's spec as the env played it
 * (with its {@code episode.types} numbers). Judges and the consequence model are pure functions
 * of it. A trace does not write the spec: a record read back from one has the type's default
 * spec.
 *
 * @param type the episode type
 * @param seed the reset seed
 * @param context the situation (observable, plus the story's hidden criteria)
 * @param truth the hidden truth
 * @param cues each fact's cue as first shown
 * @param sharpCues each fact's cue after the type's cue-sharpening action
 * @param actions the actions taken, in order
 * @param terminated whether the trainee ended the episode itself
 * @param truncated whether the step limit cut it off
 * @param spec the type's spec as played; {@code null} for the default one
 *     ({@link TypeSpecs#of(EpisodeType)})
 */
public record EpisodeRecord(EpisodeType type, long seed, SituationContext context,
    HiddenTruth truth, float[] cues, float[] sharpCues, int[] actions, boolean terminated,
    boolean truncated, @JsonIgnore TypeSpec spec) {

  public EpisodeRecord {
    if (spec == null) {
      spec = TypeSpecs.of(type);
    } else if (spec.type() != type) {
      throw new IllegalArgumentException("a record of a " + type.key() + " episode cannot carry"
          + " the spec of " + spec.type().key());
    }
    cues = cues.clone();
    sharpCues = sharpCues.clone();
    actions = actions.clone();
  }

  @Override
  public float[] cues() {
    return cues.clone();
  }

  @Override
  public float[] sharpCues() {
    return sharpCues.clone();
  }

  @Override
  public int[] actions() {
    return actions.clone();
  }

  float cue(int slot, boolean sharpened) {
    return sharpened ? sharpCues[slot] : cues[slot];
  }

  int action(int i) {
    return actions[i];
  }

  int length() {
    return actions.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EpisodeRecord r && type == r.type && spec.equals(r.spec) && seed == r.seed
        && context.equals(r.context) && truth.equals(r.truth) && Arrays.equals(cues, r.cues)
        && Arrays.equals(sharpCues, r.sharpCues) && Arrays.equals(actions, r.actions)
        && terminated == r.terminated && truncated == r.truncated;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seed) * 31 + Arrays.hashCode(actions);
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.sprintgym.sim.episode.EpisodeType;

/** Which episode types a stage trains and is evaluated on. */
public final class TrainingMix {
  /** Slots of the weighted type list a training env draws its episode type from. */
  private static final int MIX_SLOTS = 100;

  private TrainingMix() {}

  /**
   * The stage's types weighted by its mix, earlier stages' types sharing the rehearsal share, as
   * a list of {@value #MIX_SLOTS} slots a training env draws from.
   */
  public static List<EpisodeType> of(CurriculumSpec.StageSpec stage, double rehearsalShare) {
    var weights = new EnumMap<EpisodeType, Double>(EpisodeType.class);
    double total = stage.mix().values().stream().mapToDouble(Double::doubleValue).sum();
    List<EpisodeType> earlier = new ArrayList<>();
    for (EpisodeType t : EpisodeType.values()) {
      if (t.stage() < stage.stage()) {
        earlier.add(t);
      }
    }
    double share = earlier.isEmpty() ? 0 : rehearsalShare;
    stage.mix().forEach((t, w) -> weights.merge(t, (1 - share) * w / total, Double::sum));
    earlier.forEach(t -> weights.merge(t, share / earlier.size(), Double::sum));
    List<EpisodeType> slots = new ArrayList<>();
    weights.forEach((t, w) -> {
      long n = Math.round(w * MIX_SLOTS);
      for (int i = 0; i < n; i++) {
        slots.add(t);
      }
    });
    if (slots.isEmpty()) {
      slots.addAll(stage.mix().keySet());
    }
    return slots;
  }

  /** Types evaluated in stage K: those of stages 1..K (stage 4 checks 1-3 for regressions). */
  public static List<EpisodeType> evaluationTypes(int stage) {
    List<EpisodeType> out = new ArrayList<>();
    for (EpisodeType t : EpisodeType.values()) {
      if (t.stage() <= stage) {
        out.add(t);
      }
    }
    return out;
  }
}

package org.sprintgym.sim.episode;

import java.util.Locale;

/** The text rendering of an episode's current state, for language-model policies. */
final class SituationText {
  private SituationText() {}

  static String render(TypeSpec spec, SituationContext c, float[] obs, boolean[] mask) {
    var sb = new StringBuilder(512);
    EpisodeType t = spec.type();
    sb.append("Episode: ").append(t.key()).append(" (stage ").append(t.stage()).append(")\n");
    sb.append(String.format(Locale.ROOT,
        "Story %s \"%s\": %d points, %s in %s, ambiguity %.2f, technical risk %.2f, %s code base%n",
        c.storyId(), c.title(), c.points(), c.domain(), c.codebaseArea(), c.ambiguity(),
        c.technicalRisk(), c.brownfield() ? "existing" : "new"));
    sb.append(String.format(Locale.ROOT,
        "Sprint %d, day %d of %d. You are %s: skill %.2f, knowledge of the area %.2f.%n",
        c.sprint() + 1, c.sprintDay() + 1, c.sprintDays(), c.traineeId(), c.traineeSkill(),
        c.traineeKnowledge()));
    if (c.disturbance() != DisturbanceKind.NONE) {
      sb.append("Disturbance: ").append(c.disturbance().key().replace('_', ' ')).append('\n');
    }
    for (int i = 0; i < spec.slots().size(); i++) {
      String status = obs[Observations.SLOT_FOUND + i] > 0 ? "FOUND"
          : obs[Observations.SLOT_PROBED + i] > 0 ? "checked, not the case"
              : String.format(Locale.ROOT, "unchecked (likelihood cue %.2f)",
                  obs[Observations.SLOT_CUE + i]);
      sb.append("- ").append(spec.slots().get(i).fact()).append(" [")
          .append(spec.slots().get(i).probe().key()).append("]: ").append(status).append('\n');
    }
    if (spec.assess().isPresent() || !spec.decisions().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "Severity: %.2f (%s)%n",
          obs[Observations.SEVERITY_ESTIMATE],
          obs[Observations.SEVERITY_KNOWN] > 0 ? "assessed" : "first impression"));
    }
    if (spec.hasWork()) {
      sb.append(String.format(Locale.ROOT, "Work built: %.2f of the estimate%n",
          obs[Observations.WORK_PROGRESS] * Observations.WORK_SCALE));
    }
    for (int i = 0; i < spec.decisions().size(); i++) {
      if (obs[Observations.DECISION_TAKEN + i] > 0) {
        sb.append("Decision taken: ").append(spec.decisions().get(i).key()).append('\n');
      }
    }
    for (int i = 0; i < spec.supports().size(); i++) {
      if (obs[Observations.SUPPORT_DONE + i] > 0) {
        sb.append("Done: ").append(spec.supports().get(i).action().key()).append('\n');
      }
    }
    sb.append(String.format(Locale.ROOT, "Actions used: %d of %d%n",
        Math.round(obs[Observations.STEPS_USED] * spec.stepLimit()), spec.stepLimit()));
    sb.append("Allowed actions:");
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        sb.append(' ').append(EpisodeAction.of(i).key());
      }
    }
    return sb.append('\n').toString();
  }
}

package org.sprintgym.sim.episode;

import java.util.List;
import org.sprintgym.sim.backlog.HiddenCriterion;

/**
 * The situation an episode starts from, cut out of a running simulation: the story at hand, the
 * trainee (a senior developer) and the state of the sprint. Everything here except
 * {@code hiddenCriteria} is observable.
 *
 * @param world index of the simulated world the situation was cut from
 * @param storyId the story at hand
 * @param title its title
 * @param domain its domain
 * @param codebaseArea the code it touches
 * @param ambiguity its written ambiguity in [0, 1]
 * @param points its story points
 * @param technicalRisk its technical risk in [0, 1]
 * @param brownfield whether the product is an existing code base
 * @param sprint sprints completed before the situation
 * @param sprintDay working day of the sprint, 0-based
 * @param sprintDays working days per sprint
 * @param traineeId the trainee's member id
 * @param traineeSkill the trainee's skill in the story's domain
 * @param traineeKnowledge the trainee's knowledge of the story's area
 * @param holderKnowledge the best knowledge of the area among the other members
 * @param velocityRatio recent velocity relative to the nominal 25 points, capped at 2
 * @param disturbance the disturbance the situation starts from ({@code NONE} in stage 1)
 * @param dependsOnOtherStory whether the story depends on another story
 * @param hiddenCriteria the criteria the PO did not write down (hidden truth)
 * @param source the simulation the situation was cut from
 * @param subjects who or what the situation is about besides the trainee (the departing member,
 *     the new hire, the disturbance's target), in the order the type reads them
 * @param measured what that simulation measured, by name (hidden truth: the disturbance's
 *     severity and velocity impact, whether knowledge was lost, ...)
 */
public record SituationContext(int world, String storyId, String title, String domain,
    String codebaseArea, double ambiguity, int points, double technicalRisk, boolean brownfield,
    int sprint, int sprintDay, int sprintDays, String traineeId, double traineeSkill,
    double traineeKnowledge, double holderKnowledge, double velocityRatio,
    DisturbanceKind disturbance, boolean dependsOnOtherStory, List<HiddenCriterion> hiddenCriteria,
    SituationSource source, List<String> subjects, java.util.Map<String, Double> measured) {

  public SituationContext {
    hiddenCriteria = List.copyOf(hiddenCriteria);
    subjects = List.copyOf(subjects);
    measured = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(measured));
  }

  /** The measured value {@code key}; refuses a key the situation's simulation did not measure. */
  public double measured(String key) {
    Double v = measured.get(key);
    if (v == null) {
      throw new IllegalArgumentException("situation from " + source + " measured no '" + key
          + "' (measured: " + measured.keySet() + ")");
    }
    return v;
  }

  /** The measured value {@code key}, or {@code fallback} when it was not measured. */
  public double measuredOr(String key, double fallback) {
    return measured.getOrDefault(key, fallback);
  }

  /**
   * How dear the trainee's time is now, in [0.25, 2.5): 0.25 on the sprint's first day, rising
   * with the square of the sprint's progress to 2.5 at its end (each action's time cost in the
   * reward is scaled by it). Slack early in a sprint absorbs a question; in its last days every
   * hour is owed to committed work, so how much to find out first depends on the day.
   */
  public double timePressure() {
    double p = sprintProgress();
    return 0.25 + 2.25 * p * p;
  }

  /** Share of the sprint already gone, in [0, 1). */
  public double sprintProgress() {
    return sprintDay / (double) sprintDays;
  }
}

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
 */
public record SituationContext(int world, String storyId, String title, String domain,
    String codebaseArea, double ambiguity, int points, double technicalRisk, boolean brownfield,
    int sprint, int sprintDay, int sprintDays, String traineeId, double traineeSkill,
    double traineeKnowledge, double holderKnowledge, double velocityRatio,
    DisturbanceKind disturbance, boolean dependsOnOtherStory, List<HiddenCriterion> hiddenCriteria) {

  public SituationContext {
    hiddenCriteria = List.copyOf(hiddenCriteria);
  }

  /** Share of the sprint already gone, in [0, 1). */
  public double sprintProgress() {
    return sprintDay / (double) sprintDays;
  }
}

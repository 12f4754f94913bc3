package org.sprintgym.agents.behaviour;

import org.sprintgym.agents.Requires;

/**
 * What a retrospective decides for the next sprint.
 *
 * @param extraQuestions additional refinement questions per story (after PO rejections)
 * @param defectCare multiplier on defect introduction, below 1 after QA rejections (more care)
 * @param commitmentAdjust multiplier on the next commitment (after over- or under-commitment)
 */
public record RetroActions(int extraQuestions, double defectCare, double commitmentAdjust) {
  public RetroActions {
    Requires.inRange(extraQuestions, 0, 10, "retro extraQuestions");
    Requires.inRange(defectCare, 0.5, 1.0, "retro defectCare");
    Requires.inRange(commitmentAdjust, 0.5, 1.5, "retro commitmentAdjust");
  }

  public static RetroActions none() {
    return new RetroActions(0, 1.0, 1.0);
  }
}

package org.sprintgym.sim.world;

/**
 * Where one story stands in a running simulation (hidden state included): what an episode reads
 * after running the world forward.
 *
 * @param storyId the story
 * @param state its card's state (TODO, IN_PROGRESS, REVIEW, DONE, ACCEPTED)
 * @param accepted whether the product owner accepted it
 * @param started whether work on it began
 * @param qaRejections QA rejections so far
 * @param poRejections PO rejections so far
 * @param reworkHours hours of rework added after rejections
 * @param latentDefects defects built in and not found yet
 * @param hiddenCriteria hidden criteria it has
 * @param discovered how many of them the team knows of
 */
public record StoryStatus(String storyId, String state, boolean accepted, boolean started,
    int qaRejections, int poRejections, double reworkHours, int latentDefects, int hiddenCriteria,
    int discovered) {

  static StoryStatus of(StoryCard c) {
    return new StoryStatus(c.storyId(), c.state.name(),
        c.state == org.sprintgym.agents.view.CardState.ACCEPTED, c.started(), c.qaRejections,
        c.poRejections, c.reworkHours, c.latentDefects, c.discovered.length,
        c.discoveredCount());
  }
}

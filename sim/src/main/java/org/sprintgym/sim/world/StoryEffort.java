package org.sprintgym.sim.world;

/**
 * The effort a story took, recorded when the product owner accepts it, for studies of
 * estimation error: what the plan said against what the work took. One line of
 * {@code stories.jsonl} (keys in snake_case).
 *
 * @param storyId the story
 * @param team the team that delivered it
 * @param sprintAccepted the sprint in which it was accepted
 * @param points its size in story points
 * @param estimateHours the hours its planned tasks were estimated at (rework excluded)
 * @param actualHours hours its tasks were driven, rework included (elapsed working time of the
 *     task owner; a pair counts once)
 * @param personHours person-hours on its tasks, rework included (a pair counts twice)
 * @param reworkHours person-hours of rework after QA or PO rejections
 * @param tasks tasks planned (rework excluded)
 * @param reworkTasks rework tasks added after rejections
 * @param qaRejections QA reviews that sent it back
 * @param poRejections PO reviews that sent it back
 * @param carryOvers sprints it was carried over
 * @param cycleTimeDays working days from its first task's start to acceptance
 * @param latentDefects defects nobody found that it shipped with
 */
public record StoryEffort(
    String storyId,
    String team,
    int sprintAccepted,
    int points,
    double estimateHours,
    double actualHours,
    double personHours,
    double reworkHours,
    int tasks,
    int reworkTasks,
    int qaRejections,
    int poRejections,
    int carryOvers,
    double cycleTimeDays,
    int latentDefects) {

  /** actual / estimate: above 1 when the story took longer than planned. */
  public double effortRatio() {
    return estimateHours > 0 ? actualHours / estimateHours : Double.NaN;
  }

  static StoryEffort of(StoryCard card, String team, int sprint, double cycleDays) {
    double estimate = 0;
    double actual = 0;
    double person = 0;
    int planned = 0;
    int rework = 0;
    for (TaskState t : card.tasks) {
      if (t.rework()) {
        rework++;
      } else {
        planned++;
        estimate += t.plannedHours();
      }
      actual += t.driverHours;
      person += t.personHours;
    }
    return new StoryEffort(card.storyId(), team, sprint, card.points(), round2(estimate),
        round2(actual), round2(person), round2(card.reworkHours), planned, rework,
        card.qaRejections, card.poRejections, card.carryOvers, round2(cycleDays), card.latentDefects);
  }

  private static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}

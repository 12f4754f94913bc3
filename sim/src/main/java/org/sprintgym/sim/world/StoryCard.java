package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.agents.view.CardView;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.PlanningCoefficients;

/**
 * A story's card and its hidden truth while the team works on it. It lives from refinement to
 * acceptance, across sprints when carried over. Mutable; owned by one simulation.
 */
final class StoryCard implements CardView {
  final Story story;
  CardState state = CardState.TODO;
  final List<TaskState> tasks = new ArrayList<>();
  int questionsAsked;
  /** Which hidden criteria the team has learned of (by asking, or from a PO rejection). */
  final boolean[] discovered;
  /** Defects built in and not yet found. */
  int latentDefects;
  /** Whether the last QA review passed (and no rework since). */
  boolean qaPassed;
  boolean refined;
  boolean planned;
  /** Working minute the first task started; NaN until then. */
  double firstStart = Double.NaN;
  int carryOvers;
  /** QA effort still needed for the current review, in hours. */
  double reviewHoursLeft;
  /** All tasks done but the review column was full. */
  boolean awaitingReview;
  int qaRejections;
  int poRejections;
  /** Hours spent on rework tasks after QA or PO rejections. */
  double reworkHours;
  int taskCounter;
  /** How fast questions clear ambiguity ({@code sim.coefficients.planning.question_clarity}). */
  private final double questionClarity;
  /** Residual ambiguity's floor and share per undiscovered criterion (same table). */
  private final double residualFloor;
  private final double residualPerUndiscovered;

  StoryCard(Story story, PlanningCoefficients p) {
    this.story = story;
    this.questionClarity = p.questionClarity();
    this.residualFloor = p.residualAmbiguityFloor();
    this.residualPerUndiscovered = p.residualAmbiguityPerUndiscovered();
    this.discovered = new boolean[story.hiddenCriteria().size()];
  }

  @Override
  public String storyId() {
    return story.id();
  }

  @Override
  public int points() {
    return story.points();
  }

  @Override
  public int priority() {
    return story.priority();
  }

  @Override
  public String domain() {
    return story.domain();
  }

  @Override
  public String language() {
    return story.language();
  }

  @Override
  public String codebaseArea() {
    return story.codebaseArea();
  }

  @Override
  public CardState state() {
    return state;
  }

  @Override
  public double perceivedAmbiguity() {
    return story.ambiguity() * Math.exp(-questionClarity * questionsAsked);
  }

  @Override
  public int questionsAsked() {
    return questionsAsked;
  }

  @Override
  public List<TaskState> tasks() {
    return Collections.unmodifiableList(tasks);
  }

  int undiscoveredCount() {
    int n = 0;
    for (boolean d : discovered) {
      if (!d) {
        n++;
      }
    }
    return n;
  }

  int discoveredCount() {
    return discovered.length - undiscoveredCount();
  }

  /**
   * The ambiguity still unresolved (hidden truth): the written ambiguity, reduced by the share of
   * hidden criteria discovered, or by questions when the story hides none.
   */
  double residualAmbiguity() {
    if (discovered.length == 0) {
      return story.ambiguity() * Math.exp(-questionClarity * questionsAsked);
    }
    return story.ambiguity() * (residualFloor + residualPerUndiscovered * undiscoveredCount() / (double) discovered.length);
  }

  boolean allTasksDone() {
    for (TaskState t : tasks) {
      if (!t.done) {
        return false;
      }
    }
    return !tasks.isEmpty();
  }

  boolean started() {
    return !Double.isNaN(firstStart);
  }

  String nextTaskId(String prefix) {
    return story.id() + "/" + prefix + (++taskCounter);
  }
}

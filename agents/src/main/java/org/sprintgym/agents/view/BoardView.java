package org.sprintgym.agents.view;

import java.util.List;

/** Read-only view of a team's sprint board, implemented by the simulator. */
public interface BoardView {
  /** Cards committed to the current sprint, in priority order. */
  List<? extends CardView> cards();

  int count(CardState state);

  int inProgressLimit();

  int reviewLimit();

  /** Working hours left until the sprint review. */
  double hoursLeftInSprint();

  /** Whether a new story may move to in progress without breaking the WIP limit. */
  default boolean canStartStory() {
    return count(CardState.IN_PROGRESS) < inProgressLimit();
  }
}

package org.sprintgym.agents.view;

import java.util.List;

/** What a team member can see of one story card on the board. */
public interface CardView {
  String storyId();

  int points();

  int priority();

  String domain();

  String language();

  String codebaseArea();

  CardState state();

  /** Ambiguity as the team perceives it (written text, questions answered); not the truth. */
  double perceivedAmbiguity();

  /** Number of refinement questions already asked about this story. */
  int questionsAsked();

  List<? extends TaskView> tasks();

  /** Planned hours of the tasks not done yet. */
  default double plannedHoursLeft() {
    double h = 0;
    for (TaskView t : tasks()) {
      if (!t.done()) {
        h += t.plannedHours();
      }
    }
    return h;
  }
}

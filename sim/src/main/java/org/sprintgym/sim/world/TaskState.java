package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import org.sprintgym.agents.view.TaskView;

/** A task on the board and its hidden truth (true hours). Mutable; owned by one simulation. */
final class TaskState implements TaskView {
  private final String id;
  private final StoryCard card;
  private final double plannedHours;
  private final boolean rework;
  /** Planned dependencies: the team sees these and never starts the task before they are done. */
  final List<TaskState> dependencies = new ArrayList<>();
  /** True work left in output-hours; the plan does not know it. */
  double remainingHours;
  double trueHours;
  String owner = "";
  boolean done;
  double startedAt = Double.NaN;
  double finishedAt = Double.NaN;
  double personHours;
  /** Hours the task was driven (elapsed working time, pair or solo). */
  double driverHours;
  /** The disturbance this task repairs, or null; its hours are person-hours charged to it. */
  DisturbanceImpact impact;

  TaskState(String id, StoryCard card, double plannedHours, double trueHours, boolean rework) {
    this.id = id;
    this.card = card;
    this.plannedHours = plannedHours;
    this.trueHours = trueHours;
    this.remainingHours = trueHours;
    this.rework = rework;
  }

  StoryCard card() {
    return card;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String storyId() {
    return card.storyId();
  }

  @Override
  public double plannedHours() {
    return plannedHours;
  }

  @Override
  public boolean ready() {
    if (done) {
      return false;
    }
    for (TaskState d : dependencies) {
      if (!d.done) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean done() {
    return done;
  }

  @Override
  public String owner() {
    return owner;
  }

  @Override
  public boolean rework() {
    return rework;
  }

  boolean started() {
    return !Double.isNaN(startedAt);
  }
}

package org.sprintgym.agents.view;

/** What a team member can see of one task. */
public interface TaskView {
  String id();

  String storyId();

  /** Hours the plan gave the task. */
  double plannedHours();

  /** Whether all the task's dependencies are done and it is not finished. */
  boolean ready();

  boolean done();

  /** Member id of the driver who owns the task, or empty when nobody took it yet. */
  String owner();

  /** Whether this task is rework after a QA or PO rejection. */
  boolean rework();
}

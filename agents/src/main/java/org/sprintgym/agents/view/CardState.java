package org.sprintgym.agents.view;

/** Kanban columns a story card moves through within a sprint. */
public enum CardState {
  /** Committed to the sprint, no task started. */
  TODO,
  /** At least one task started (or rework pending); counts against the in-progress WIP limit. */
  IN_PROGRESS,
  /** Waiting for or in QA review; counts against the review WIP limit. */
  REVIEW,
  /** Passed QA, waiting for the product owner at sprint review. */
  DONE,
  /** Accepted by the product owner. */
  ACCEPTED
}

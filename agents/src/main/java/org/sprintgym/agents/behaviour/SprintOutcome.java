package org.sprintgym.agents.behaviour;

/**
 * What the team sees of a finished sprint at its retrospective.
 *
 * @param committedPoints points committed
 * @param acceptedPoints points the PO accepted
 * @param qaRejections stories QA sent back
 * @param poRejections stories the PO rejected at review
 * @param previous the actions the last retrospective decided
 */
public record SprintOutcome(
    int committedPoints, int acceptedPoints, int qaRejections, int poRejections, RetroActions previous) {}

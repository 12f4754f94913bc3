package org.sprintgym.sim.kernel;

/**
 * One entry of the event log.
 *
 * @param time working minute at which it happened
 * @param sprint 1-based sprint
 * @param type what happened, e.g. {@code task_started}, {@code qa_rejected}
 * @param story story id, or empty
 * @param task task id, or empty
 * @param member member id (driver, reviewer, ...), or empty
 * @param detail free detail, e.g. the navigator or a count
 */
public record SimEvent(
    double time, int sprint, String type, String story, String task, String member, String detail) {}

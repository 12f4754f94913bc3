/**
 * A forwarding name for the one statistics helper, which lives in {@code org.sprintgym.sim.stats}
 * so that every module can use it; nothing here computes a statistic.
 */
package org.sprintgym.evaluation.stats;

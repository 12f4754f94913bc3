/**
 * The one statistics helper every module uses: means, variances, t intervals, t test p values and
 * Wilson intervals, computed in one place (Commons Math for the distributions).
 */
package org.sprintgym.sim.stats;

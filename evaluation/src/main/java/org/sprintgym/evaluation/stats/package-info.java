/**
 * The one statistics helper: means, variances and t intervals computed in one place, with
 * Commons Math for the distributions.
 */
package org.sprintgym.evaluation.stats;

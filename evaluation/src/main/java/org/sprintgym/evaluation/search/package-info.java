/**
 * Search over training settings: trials of the curriculum under sampled settings, ranked by
 * what they graduated, with fingerprints so a trial is never run twice.
 */
package org.sprintgym.evaluation.search;

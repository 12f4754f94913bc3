/**
 * The four-stage curriculum: warm start, PPO per stage behind a validation gate, graduation
 * tracking on the normalised scale, run files, checkpoints and the report's data.
 */
package org.sprintgym.evaluation.curriculum;

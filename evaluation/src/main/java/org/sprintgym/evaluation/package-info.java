/**
 * Judging trained policies: graduation criteria, measurements over seeds, strategy profiles and
 * tests of a policy against a baseline. Uses the simulator and the trainer, never the CLI.
 */
package org.sprintgym.evaluation;

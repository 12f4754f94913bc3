/**
 * Input and output conventions shared by every module: YAML trees that remember FILE:LINE:COLUMN,
 * layered YAML, one-line input errors and SprintGym's JSON style.
 */
package org.sprintgym.sim.io;

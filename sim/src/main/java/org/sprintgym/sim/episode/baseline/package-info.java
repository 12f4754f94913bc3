/**
 * Scripted reference policies for the episode envs: random, the expert heuristics, the oracle
 * ceiling and degenerate policies that show the reward cannot be gamed.
 */
package org.sprintgym.sim.episode.baseline;

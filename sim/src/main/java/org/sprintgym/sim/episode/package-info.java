/**
 * Training episodes cut out of simulated sprints for one seat (a senior developer): episode types,
 * observations, actions, hidden truth, consequences and the composite reward.
 */
package org.sprintgym.sim.episode;

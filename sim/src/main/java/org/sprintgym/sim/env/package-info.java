/**
 * The reinforcement-learning contract over the simulator: Gymnasium-style envs, their spaces,
 * vector envs with same-step autoreset, and text actions for language-model policies.
 */
package org.sprintgym.sim.env;

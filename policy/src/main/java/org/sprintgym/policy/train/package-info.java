/**
 * Training runs by env name: the env catalogue, a PPO session (fresh, adapter on a frozen base or
 * resumed) and the held-out evaluation against random, expert and oracle.
 */
package org.sprintgym.policy.train;

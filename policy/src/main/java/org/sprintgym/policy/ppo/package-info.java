/**
 * PPO as SB3 and CleanRL do it: rollouts, GAE, the clipped loss with hand-derived gradients,
 * Adam, linear schedules and evaluation episodes.
 */
package org.sprintgym.policy.ppo;

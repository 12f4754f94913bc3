/**
 * PPO as SB3 and CleanRL do it: rollouts, GAE, the clipped loss with hand-derived gradients,
 * Adam, schedules, evaluation and throughput measurement.
 */
package org.sprintgym.policy.ppo;

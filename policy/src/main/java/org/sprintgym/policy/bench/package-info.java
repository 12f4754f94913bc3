/**
 * The trainer's benchmarks: CartPole-v1 (a port of Gymnasium's) and its PPO known answer, PPO
 * throughput and batch-1 decision latency. Tables, not tests; the simulator knows none of this.
 */
package org.sprintgym.policy.bench;

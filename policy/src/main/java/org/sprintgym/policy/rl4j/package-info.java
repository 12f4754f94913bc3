/**
 * RL4J as a peer baseline: any SprintGym env as an RL4J MDP, and RL4J's DQN trained on it and
 * wrapped as a SprintGym policy.
 */
package org.sprintgym.policy.rl4j;

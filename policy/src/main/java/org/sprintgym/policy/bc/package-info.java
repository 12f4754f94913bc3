/**
 * Behaviour cloning: expert demonstrations recorded from the envs and a supervised warm-up of
 * the actor on them before PPO.
 */
package org.sprintgym.policy.bc;

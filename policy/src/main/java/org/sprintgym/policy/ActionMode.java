package org.sprintgym.policy;

/** How a stochastic policy picks an action from its distribution. */
public enum ActionMode {
  /** Draw from the (masked) distribution: training rollouts. */
  SAMPLE,
  /** The most probable allowed action: deterministic evaluation. */
  GREEDY
}

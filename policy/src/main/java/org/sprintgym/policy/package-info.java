/**
 * The trainer's contracts: batched policies under action masks, their outputs and the trainer's
 * named random streams. Depends on the simulator's env contract, never on evaluation or the CLI.
 */
package org.sprintgym.policy;

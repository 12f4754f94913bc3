/**
 * Read-only views of the board, cards, tasks and team that members' behaviour sees.
 * They let behaviour decide without reaching into the simulator's mutable state.
 */
package org.sprintgym.agents.view;

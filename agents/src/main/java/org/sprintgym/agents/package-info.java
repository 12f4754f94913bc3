/**
 * The team's members (not RL agents): roles, seniority, skills and the team they form.
 * Immutable descriptions that the simulator reads; nothing here knows of the simulator.
 */
package org.sprintgym.agents;

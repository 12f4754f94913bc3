/**
 * The agents of SprintGym are the team's members (not RL agents): roles, seniority, skills and the
 * team they form. Immutable descriptions that the simulator reads; nothing here knows of it.
 */
package org.sprintgym.agents;

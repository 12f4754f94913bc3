/**
 * How the team's members act during a sprint when no learned policy steers them.
 * The scripted team and its retrospective actions, seen through read-only views.
 */
package org.sprintgym.agents.behaviour;

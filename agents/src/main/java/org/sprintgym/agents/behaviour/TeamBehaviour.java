package org.sprintgym.agents.behaviour;

import java.util.List;
import java.util.Optional;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.view.BoardView;
import org.sprintgym.agents.view.CardView;
import org.sprintgym.agents.view.TeamView;

/**
 * The decisions team members make, asked by the simulator at its decision points. Implementations
 * see the world only through the read-only views. The scripted team ({@link ScriptedTeam}) decides
 * for every seat; a trainee seat can be routed to a learned policy instead.
 */
public interface TeamBehaviour {

  /** How many refinement questions {@code asker} asks about {@code card} before planning. */
  int refinementQuestions(CardView card, Member asker, RetroActions retro);

  /** The task {@code driver} takes in the coming session, or empty to stay idle. */
  Optional<String> chooseTask(Member driver, BoardView board, TeamView team);

  /** The navigator for {@code driver} working on {@code card}, from the free candidates. */
  Optional<Member> chooseNavigator(Member driver, CardView card, List<Member> candidates, TeamView team);

  /** What the team decides at the retrospective. */
  RetroActions retrospective(SprintOutcome outcome);
}

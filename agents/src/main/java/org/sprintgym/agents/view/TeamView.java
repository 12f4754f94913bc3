package org.sprintgym.agents.view;

import java.util.List;
import org.sprintgym.agents.Member;

/** Read-only view of the people on a team at this moment, implemented by the simulator. */
public interface TeamView {
  /** Members currently on the team, in team order. */
  List<Member> members();

  /** Current knowledge of a member in a codebase area, in [0, 1] (it grows with work). */
  double knowledge(String memberId, String area);

  /** Whether the member drives a task in the current session. */
  boolean driving(String memberId);

  /** Sessions since the two members last paired (large when never). */
  int sessionsSincePaired(String a, String b);
}

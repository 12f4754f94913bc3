package org.sprintgym.sim.config;

import java.util.List;
import org.sprintgym.agents.Requires;

/**
 * Several teams on one product (AAT {@code teams} and {@code coordination}).
 *
 * @param teams the teams; empty means one team made of the whole roster
 * @param coordination whether a coordinator borrows members and tracks dependencies
 * @param maxBorrowsPerSprint most members lent between teams per sprint (2), in [0, 10]
 * @param borrowDurationSprints sprints a borrowed member stays (1), in [1, 10]
 * @param overheadBudgetPct share of the coordinators' time the coordination may take, in [0, 1]
 * @param coordinators member ids of the coordinators (on no board)
 * @param conventionsSlowdown how much slower a borrowed member starts in the receiving team's
 *     code (1.30: 30% slower), decaying as they learn its conventions, in [1, 3]
 */
public record PortfolioSettings(
    List<TeamSpec> teams,
    boolean coordination,
    int maxBorrowsPerSprint,
    int borrowDurationSprints,
    double overheadBudgetPct,
    List<String> coordinators,
    double conventionsSlowdown) {

  public PortfolioSettings {
    teams = List.copyOf(teams);
    if (teams.size() == 1 || teams.size() > 7) {
      throw new IllegalArgumentException("teams must list 2 to 7 teams (or none) but lists " + teams.size());
    }
    Requires.inRange(maxBorrowsPerSprint, 0, 10, "coordination.max_borrows_per_sprint");
    Requires.inRange(borrowDurationSprints, 1, 10, "coordination.borrow_duration_sprints");
    Requires.unit(overheadBudgetPct, "coordination.overhead_budget.overhead_budget_pct");
    coordinators = List.copyOf(coordinators);
    Requires.inRange(conventionsSlowdown, 1.0, 3.0, "coordination.conventions_slowdown");
  }

  /** One team, AAT's coordination defaults. */
  public static PortfolioSettings single() {
    return new PortfolioSettings(List.of(), true, 2, 1, 0.20, List.of(), 1.30);
  }

  public PortfolioSettings withTeams(List<TeamSpec> newTeams) {
    return new PortfolioSettings(newTeams, coordination, maxBorrowsPerSprint, borrowDurationSprints,
        overheadBudgetPct, coordinators, conventionsSlowdown);
  }

  /**
   * One team of a portfolio.
   *
   * @param id team id
   * @param name display name
   * @param teamType stream_aligned, platform, enabling or complicated_subsystem
   * @param agents member ids, from the roster
   * @param wipLimits the team's own WIP limits, or null for the config's
   */
  public record TeamSpec(String id, String name, String teamType, List<String> agents,
      WipLimits wipLimits) {
    public TeamSpec {
      Requires.nonBlank(id, "teams[].id");
      name = name == null || name.isBlank() ? id : name;
      Requires.nonBlank(teamType, "teams[].team_type");
      agents = List.copyOf(Requires.nonEmpty(agents, "agents of team " + id));
    }
  }
}

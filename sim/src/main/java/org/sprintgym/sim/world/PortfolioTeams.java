package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Team;
import org.sprintgym.agents.behaviour.ScriptedTeam;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.PortfolioCoefficients;
import org.sprintgym.sim.config.PortfolioSettings.TeamSpec;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * How a {@link Portfolio} is set up: its coordinators, its teams (as the config lists them, or k
 * copies of the config's team), the cross-team dependency graph, the backlog shared out by fit,
 * and one world per team.
 */
final class PortfolioTeams {
  /** Team types given to copies of the config's team, in turn. */
  static final List<String> TYPES =
      List.of("stream_aligned", "platform", "enabling", "complicated_subsystem");

  private PortfolioTeams() {}

  /** Members who coordinate: the coordinator role, or named in the config's coordinators. */
  static List<Member> coordinators(SimConfig config) {
    List<Member> coordinators = new ArrayList<>();
    for (Member m : config.team().members()) {
      if (m.role() == Role.COORDINATOR || config.portfolio().coordinators().contains(m.id())) {
        coordinators.add(m.role() == Role.COORDINATOR ? m : m.withRole(Role.COORDINATOR));
      }
    }
    return coordinators;
  }

  /** The config's teams, or (when it lists none) {@code k} copies of its team. */
  static List<Team> teams(SimConfig config, int k, List<Member> coordinators) {
    List<TeamSpec> specs = config.portfolio().teams();
    if (specs.isEmpty()) {
      return copies(config.team().members(), k, coordinators);
    }
    if (k != 0 && k != specs.size()) {
      throw new IllegalArgumentException("the config lists " + specs.size()
          + " teams but " + k + " were asked for");
    }
    List<Member> roster = config.team().members();
    List<Team> teamList = new ArrayList<>();
    for (TeamSpec s : specs) {
      var members = new ArrayList<Member>();
      for (String id : s.agents()) {
        members.add(roster.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(
            () -> new IllegalArgumentException("team " + s.id() + " lists unknown agent " + id)));
      }
      teamList.add(new Team(s.id(), s.teamType(), members));
    }
    return teamList;
  }

  private static List<Team> copies(List<Member> roster, int k, List<Member> coordinators) {
    if (k == 0) {
      throw new IllegalArgumentException("a portfolio needs teams in the config or teams(k)");
    }
    List<Team> teamList = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      String id = "team-" + i;
      var members = new ArrayList<Member>();
      for (Member m : roster) {
        if (!coordinators.stream().anyMatch(c -> c.id().equals(m.id()))) {
          members.add(new Member(id + "/" + m.id(), m.name(), m.role(), m.seniority(),
              m.primarySpecialization(), m.auxiliarySpecializations(), m.skills(),
              m.knowledge(), m.availability()));
        }
      }
      teamList.add(new Team(id, TYPES.get((i - 1) % TYPES.size()), members));
    }
    return teamList;
  }

  /** Story dependencies within the backlog; a cycle is rejected by the DAG. */
  static DirectedAcyclicGraph<String, DefaultEdge> dependencies(Backlog backlog) {
    var graph = new DirectedAcyclicGraph<String, DefaultEdge>(DefaultEdge.class);
    for (Story s : backlog.stories()) {
      graph.addVertex(s.id());
    }
    for (Story s : backlog.stories()) {
      for (String dep : s.dependsOn()) {
        if (graph.containsVertex(dep)) {
          graph.addEdge(dep, s.id());
        }
      }
    }
    return graph;
  }

  /** One world per team, each with its share of the backlog and its own random streams. */
  static List<World> worlds(SimConfig config, Backlog backlog, long seed, boolean eventLog,
      List<Team> teamList) {
    List<TeamSpec> specs = config.portfolio().teams();
    Map<String, List<Story>> assigned =
        distribute(teamList, backlog, config.portfolioCoefficients());
    var streams = new RandomStreams(seed);
    var worlds = new ArrayList<World>();
    for (int i = 0; i < teamList.size(); i++) {
      Team t = teamList.get(i);
      var wip = !specs.isEmpty() && specs.get(i).wipLimits() != null
          ? specs.get(i).wipLimits() : config.wipLimits();
      // the portfolio applies the interventions across its teams
      SimConfig c = config.toBuilder().team(t).wipLimits(wip).interventions(List.of()).build();
      var b = new Backlog(backlog.source() + "#" + t.id(), backlog.product(), assigned.get(t.id()));
      World w = new World(c, b, streams.seedOf("team", t.id()),
          new ScriptedTeam(c.teamCoefficients().team()), eventLog);
      for (StoryCard card : w.productBacklog) {
        w.event("story_assigned", card, null, null, t.id());
      }
      worlds.add(w);
    }
    return worlds;
  }

  /**
   * Each story, in priority order, goes to the team with the best fit: its team type hint, a
   * driver specialising in its domain, knowledge of its area (brownfield), minus the team's
   * load so far.
   */
  static Map<String, List<Story>> distribute(List<Team> teams, Backlog backlog,
      PortfolioCoefficients c) {
    Map<String, List<Story>> out = new LinkedHashMap<>();
    Map<String, Double> points = new LinkedHashMap<>();
    for (Team t : teams) {
      out.put(t.id(), new ArrayList<>());
      points.put(t.id(), 0.0);
    }
    var stories = new ArrayList<>(backlog.stories());
    stories.sort(java.util.Comparator.comparingInt(Story::priority));
    double total = Math.max(1, backlog.totalPoints());
    for (Story s : stories) {
      Team best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Team t : teams) {
        double score = s.teamTypeHint().equals(t.teamType()) ? c.fitTypeHint() : 0.0;
        double known = 0;
        boolean specialist = false;
        for (Member m : t.members()) {
          if (m.role().drivesTasks()) {
            specialist |= m.specialisesIn(s.domain());
            known = Math.max(known, m.knowledgeOf(s.codebaseArea()));
          }
        }
        score += (specialist ? c.fitSpecialist() : 0) + c.fitKnowledge() * known;
        score -= c.fitLoad() * points.get(t.id()) / total; // share the work out
        if (score > bestScore) {
          bestScore = score;
          best = t;
        }
      }
      out.get(best.id()).add(s);
      points.merge(best.id(), (double) s.points(), Double::sum);
    }
    return out;
  }
}

package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Team;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.config.Intervention;
import org.sprintgym.sim.config.PortfolioCoefficients;
import org.sprintgym.sim.config.PortfolioSettings;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.SimEvent;

/**
 * Several teams on one product, sprint-synchronous: each team has its own board, people and
 * random streams; a shared backlog is distributed by fit (team type hint, the drivers'
 * specialisations, the product's brownfield areas already known, then load); cross-team
 * dependencies (a JGraphT DAG of story ids) keep a story out of planning until the story it
 * depends on is accepted; and a coordinator (never on a board) lends up to
 * {@code max_borrows_per_sprint} developers from the least to the most loaded team for
 * {@code borrow_duration_sprints}, with a hand-over overhead and a slowdown until the borrowed
 * member learns the receiving team's conventions.
 *
 * <pre>{@code
 * var p = Portfolio.builder(config, backlog, 42).teams(3).build();
 * List<SprintRecord> records = p.run(10); // one record per team and sprint
 * }</pre>
 */
public final class Portfolio {
  private final List<World> worlds;
  private final List<Member> coordinators;
  private final PortfolioSettings settings;
  private final PortfolioCoefficients coefficients;
  private final DirectedAcyclicGraph<String, DefaultEdge> dependencies;
  private final Map<String, String> owner = new LinkedHashMap<>();
  private final Set<String> delivered = new LinkedHashSet<>();
  private final List<Intervention> interventions;
  private int sprint;

  private Portfolio(List<World> worlds, List<Member> coordinators, PortfolioSettings settings,
      PortfolioCoefficients coefficients, DirectedAcyclicGraph<String, DefaultEdge> dependencies,
      List<Intervention> interventions) {
    this.worlds = worlds;
    this.interventions = interventions;
    Interventions.check(interventions, teamIds());
    this.coordinators = coordinators;
    this.settings = settings;
    this.coefficients = coefficients;
    this.dependencies = dependencies;
    for (World w : worlds) {
      for (StoryCard c : w.productBacklog) {
        owner.put(c.storyId(), w.teamId);
      }
      w.blocked = this::blocked;
    }
  }

  public static Builder builder(SimConfig config, Backlog backlog, long seed) {
    return new Builder(config, backlog, seed);
  }

  /** Runs one sprint of every team; one record per team, in team order. */
  public List<SprintRecord> nextSprint() {
    sprint++;
    for (World w : worlds) {
      w.sprint = sprint;
      w.borrowedIn = 0;
      w.borrowedOut = 0;
    }
    returnBorrowed();
    lend();
    for (World w : worlds) {
      w.swapping.startSprint(w);
      w.attrition.startSprint(w);
    }
    Interventions.startSprint(interventions, worlds, sprint);
    var out = new ArrayList<SprintRecord>(worlds.size());
    for (World w : worlds) {
      out.add(new SprintProcess(w).run());
    }
    for (World w : worlds) {
      for (StoryCard c : w.board.cards()) {
        if (c.state == CardState.ACCEPTED && delivered.add(c.storyId())) {
          w.event("story_delivered", c, null, null, w.teamId);
        }
      }
    }
    return out;
  }

  /** Runs {@code sprints} sprints of every team (idle teams keep their cadence). */
  public List<SprintRecord> run(int sprints) {
    if (sprints <= 0) {
      throw new IllegalArgumentException("sprints must be > 0 but was " + sprints);
    }
    var out = new ArrayList<SprintRecord>();
    for (int i = 0; i < sprints; i++) {
      out.addAll(nextSprint());
    }
    return out;
  }

  public List<String> teamIds() {
    return worlds.stream().map(w -> w.teamId).toList();
  }

  /** Which team each story went to. */
  public Map<String, String> assignment() {
    return Collections.unmodifiableMap(owner);
  }

  /** Members who coordinate the teams (on no board). */
  public List<Member> coordinators() {
    return coordinators;
  }

  /** The members on a team's board now (borrowed members included). */
  public List<Member> members(String teamId) {
    return world(teamId).members();
  }

  /** An immutable copy of one team's state between sprints (for episodes). */
  public WorldCut cut(String teamId) {
    return WorldCut.of(world(teamId));
  }

  /** Stories accepted so far, in any team. */
  public Set<String> delivered() {
    return Collections.unmodifiableSet(delivered);
  }

  /** The story ids {@code storyId} depends on (across teams). */
  public List<String> dependenciesOf(String storyId) {
    if (!dependencies.containsVertex(storyId)) {
      return List.of();
    }
    var out = new ArrayList<String>();
    for (DefaultEdge e : dependencies.incomingEdgesOf(storyId)) {
      out.add(dependencies.getEdgeSource(e));
    }
    return out;
  }

  /** Effort records of the stories every team accepted so far, team by team. */
  public List<StoryEffort> storyEfforts() {
    var out = new ArrayList<StoryEffort>();
    worlds.forEach(w -> out.addAll(w.storyEfforts));
    return out;
  }

  /** One team's event log (empty unless enabled). */
  public List<SimEvent> events(String teamId) {
    return world(teamId).log.events();
  }

  private World world(String teamId) {
    return worlds.stream().filter(w -> w.teamId.equals(teamId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no team " + teamId + " in " + teamIds()));
  }

  /** A story waits while a story it depends on (in any team) is not accepted. */
  private boolean blocked(StoryCard c) {
    if (!dependencies.containsVertex(c.storyId())) {
      return false;
    }
    for (DefaultEdge e : dependencies.incomingEdgesOf(c.storyId())) {
      if (!delivered.contains(dependencies.getEdgeSource(e))) {
        return true;
      }
    }
    return false;
  }

  private void returnBorrowed() {
    for (World w : worlds) {
      for (Worker x : new ArrayList<>(w.workers.values())) {
        if (x.homeTeam != null && x.returnSprint <= sprint) {
          World home = world(x.homeTeam);
          w.workers.remove(x.id());
          x.homeTeam = null;
          x.conventions = 1;
          home.workers.put(x.id(), x);
          w.event("member_returned", null, null, x, home.teamId);
        }
      }
    }
  }

  /** Open work per driver: the coordinator's measure of a team's load. */
  private static double load(World w) {
    double points = 0;
    for (StoryCard c : w.productBacklog) {
      points += c.points();
    }
    for (StoryCard c : w.carriedOver) {
      points += c.points();
    }
    int drivers = 0;
    for (Worker x : w.workers.values()) {
      drivers += x.member.role().drivesTasks() ? 1 : 0;
    }
    return points / Math.max(1, drivers);
  }

  private void lend() {
    if (!settings.coordination() || worlds.size() < 2) {
      return;
    }
    for (int b = 0; b < settings.maxBorrowsPerSprint(); b++) {
      World busiest = worlds.get(0);
      World idlest = worlds.get(0);
      for (World w : worlds) {
        busiest = load(w) > load(busiest) ? w : busiest;
        idlest = load(w) < load(idlest) ? w : idlest;
      }
      if (busiest == idlest || load(busiest) < coefficients.lendLoadRatio() * load(idlest)
          + coefficients.lendLoadMargin()) {
        return;
      }
      Worker lent = lendable(idlest, busiest, coefficients.donorKeepsDrivers());
      if (lent == null) {
        return;
      }
      idlest.workers.remove(lent.id());
      lent.homeTeam = idlest.teamId;
      lent.returnSprint = sprint + settings.borrowDurationSprints();
      lent.conventions = settings.conventionsSlowdown();
      lent.pulledHours = coefficients.handoverHours(); // briefed on the receiving team's code first
      busiest.workers.put(lent.id(), lent);
      idlest.borrowedOut++;
      busiest.borrowedIn++;
      idlest.event("member_lent", null, null, lent, busiest.teamId);
      busiest.event("member_borrowed", null, null, lent, idlest.teamId);
    }
  }

  /**
   * A developer the donor can spare (it keeps at least {@code keep} drivers, two by default), best
   * fit for the receiver.
   */
  private static Worker lendable(World donor, World receiver, int keep) {
    int drivers = 0;
    for (Worker x : donor.workers.values()) {
      drivers += x.member.role().drivesTasks() ? 1 : 0;
    }
    if (drivers <= keep) {
      return null;
    }
    String domain = receiver.productBacklog.isEmpty() ? "" : receiver.productBacklog.get(0).domain();
    Worker best = null;
    for (Worker x : donor.workers.values()) {
      if (x.member.role() != Role.DEVELOPER || x.homeTeam != null || x.homeRole != null
          || x.onboardingLeft > 0 || x.share < 1) {
        continue;
      }
      if (best == null || x.skill(domain) > best.skill(domain)) {
        best = x;
      }
    }
    return best;
  }

  /** Options for a portfolio. */
  public static final class Builder {
    private final SimConfig config;
    private final Backlog backlog;
    private final long seed;
    private int teams;
    private boolean eventLog;

    private Builder(SimConfig config, Backlog backlog, long seed) {
      this.config = config;
      this.backlog = backlog;
      this.seed = seed;
    }

    /** Number of teams, 2-7: copies of the config's team when the config lists no teams. */
    public Builder teams(int k) {
      if (k < 2 || k > 7) {
        throw new IllegalArgumentException("teams must be in [2, 7] but was " + k);
      }
      this.teams = k;
      return this;
    }

    public Builder eventLog(boolean on) {
      this.eventLog = on;
      return this;
    }

    public Portfolio build() {
      List<Member> coordinators = PortfolioTeams.coordinators(config);
      List<Team> teamList = PortfolioTeams.teams(config, teams, coordinators);
      DirectedAcyclicGraph<String, DefaultEdge> graph = PortfolioTeams.dependencies(backlog);
      List<World> worlds = PortfolioTeams.worlds(config, backlog, seed, eventLog, teamList);
      return new Portfolio(worlds, List.copyOf(coordinators), config.portfolio(),
          config.portfolioCoefficients(), graph, config.interventions());
    }
  }
}

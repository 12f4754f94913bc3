package org.sprintgym.sim.config;

import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Team;

/**
 * Everything the single-team sprint simulator is configured with. Defaults follow AAT's default
 * experiment config; {@link org.sprintgym.sim.config.AatConfigReader} applies an AAT file on top.
 *
 * @param name experiment name (AAT {@code experiment.name})
 * @param team the team that works the backlog
 * @param sprintDays working days per sprint (AAT {@code experiment.num_simulated_days}; 5 by
 *     default, 10 for two-week sprints), in [1, 20]
 * @param hoursPerDay working hours per day (8)
 * @param wipLimits story-card WIP limits
 * @param testerPairing testers navigating pairing sessions
 * @param pairing whether developers pair at all; off = solo work, no navigator
 * @param checkpointsPerSession test-driven checkpoints per pairing session (4)
 * @param sessionsPerDay pairing sessions per day (2: morning and afternoon)
 * @param minTasksPerStory fewest tasks a story is split into (2)
 * @param maxTasksPerStory most tasks a story is split into (4)
 * @param minTaskHours smallest planned task (4 h)
 * @param maxTaskHours largest planned task (16 h)
 * @param commitmentFactor share of the team's planned development hours committed at planning
 * @param maxCarryOvers a story carried over more often than this returns to the product backlog
 * @param coefficients the stochastic work model's coefficients ({@code sim.coefficients.work})
 * @param development the development session's model numbers ({@code sim.coefficients.development})
 * @param knowledge knowledge holding and loss ({@code sim.coefficients.knowledge})
 * @param quality rework and review lengths ({@code sim.coefficients.quality})
 * @param disturbanceCoefficients what a disturbance does once it strikes
 *     ({@code sim.coefficients.disturbances})
 * @param portfolioCoefficients lending and backlog distribution across teams
 *     ({@code sim.coefficients.portfolio})
 * @param planning commitment, refinement and task decomposition ({@code sim.coefficients.planning})
 * @param flow ceremony hours, rework after a PO rejection, onboarding speed
 *     ({@code sim.coefficients.flow})
 * @param teamCoefficients skill levels and speed per seniority, and the scripted team's fit
 *     weights, refinement questions and retrospective steps ({@code sim.coefficients.team})
 * @param backlogCoefficients what a backlog file's stories derive and how synthetic backlogs are
 *     drawn ({@code sim.coefficients.backlog})
 * @param disturbances disturbances and blast-radius limits (off by default: a stable team)
 * @param swapping profile swapping (none by default)
 * @param turnover attrition and onboarding (off by default)
 * @param portfolio teams and coordination (one team by default)
 * @param interventions changes that take effect at a given sprint, for what-if studies (none by
 *     default); each member id they name must be on the roster or added by an earlier one
 */
public record SimConfig(
    String name,
    Team team,
    int sprintDays,
    int hoursPerDay,
    WipLimits wipLimits,
    TesterPairing testerPairing,
    boolean pairing,
    int checkpointsPerSession,
    int sessionsPerDay,
    int minTasksPerStory,
    int maxTasksPerStory,
    double minTaskHours,
    double maxTaskHours,
    double commitmentFactor,
    int maxCarryOvers,
    WorkCoefficients coefficients,
    DevelopmentCoefficients development,
    KnowledgeCoefficients knowledge,
    QualityCoefficients quality,
    DisturbanceCoefficients disturbanceCoefficients,
    PortfolioCoefficients portfolioCoefficients,
    PlanningCoefficients planning,
    FlowCoefficients flow,
    TeamModelCoefficients teamCoefficients,
    BacklogCoefficients backlogCoefficients,
    DisturbanceSettings disturbances,
    SwapSettings swapping,
    TurnoverSettings turnover,
    PortfolioSettings portfolio,
    List<Intervention> interventions) {

  public SimConfig {
    Requires.nonBlank(name, "experiment.name");
    Requires.nonNull(team, "team");
    Requires.inRange(sprintDays, 1, 20, "experiment.num_simulated_days");
    Requires.inRange(hoursPerDay, 1, 24, "hours_per_day");
    Requires.nonNull(wipLimits, "team.wip_limits");
    Requires.nonNull(testerPairing, "team.tester_pairing");
    Requires.inRange(checkpointsPerSession, 1, 16, "checkpoints_per_session");
    Requires.inRange(sessionsPerDay, 1, 8, "sessions_per_day");
    if (hoursPerDay % sessionsPerDay != 0) {
      throw new IllegalArgumentException("hours_per_day (" + hoursPerDay
          + ") must be a multiple of sessions_per_day (" + sessionsPerDay + ")");
    }
    Requires.inRange(minTasksPerStory, 1, 10, "min_tasks_per_story");
    Requires.inRange(maxTasksPerStory, minTasksPerStory, 10, "max_tasks_per_story");
    Requires.inRange(minTaskHours, 0.5, 80, "min_task_hours");
    Requires.inRange(maxTaskHours, minTaskHours, 80, "max_task_hours");
    Requires.inRange(commitmentFactor, 0.05, 1.5, "commitment_factor");
    Requires.inRange(maxCarryOvers, 0, 100, "max_carry_overs");
    Requires.nonNull(coefficients, "coefficients");
    Requires.nonNull(development, "development coefficients");
    Requires.nonNull(knowledge, "knowledge coefficients");
    Requires.nonNull(quality, "quality coefficients");
    Requires.nonNull(disturbanceCoefficients, "disturbance coefficients");
    Requires.nonNull(portfolioCoefficients, "portfolio coefficients");
    Requires.nonNull(planning, "planning coefficients");
    Requires.nonNull(flow, "flow coefficients");
    Requires.nonNull(teamCoefficients, "team coefficients");
    Requires.nonNull(backlogCoefficients, "backlog coefficients");
    Requires.nonNull(disturbances, "disturbances");
    Requires.nonNull(swapping, "profile_swapping");
    Requires.nonNull(turnover, "team.turnover");
    Requires.nonNull(portfolio, "teams");
    interventions = List.copyOf(Requires.nonNull(interventions, "interventions"));
    checkInterventions(team, interventions);
  }

  /**
   * Member ids must exist when the intervention takes effect: on the roster, or added by an
   * intervention of an earlier or the same sprint listed before; an added id must be new.
   */
  private static void checkInterventions(Team team, List<Intervention> interventions) {
    var since = new HashMap<String, Integer>(); // member id -> sprint from which they are on the team
    team.members().forEach(m -> since.put(m.id(), 0));
    for (Intervention i : interventions) {
      if (i instanceof Intervention.AddMember a && since.putIfAbsent(a.id(), a.sprint()) != null) {
        throw new IllegalArgumentException("interventions: add_member.id '" + a.id()
            + "' is already a member; give the new member another id");
      }
    }
    for (Intervention i : interventions) {
      String id = i instanceof Intervention.RemoveMember r ? r.memberId()
          : i instanceof Intervention.Split s ? s.memberId() : null;
      if (id == null) {
        continue;
      }
      String key = i instanceof Intervention.RemoveMember ? "remove_member.id" : "split_member.id";
      Integer from = since.get(id);
      if (from == null) {
        throw new IllegalArgumentException("interventions: " + key + ": unknown member '" + id
            + "' (allowed: " + String.join(", ", new TreeSet<>(since.keySet())) + ")");
      }
      if (from > i.sprint()) {
        throw new IllegalArgumentException("interventions: " + key + ": member '" + id
            + "' only joins in sprint " + from + ", after sprint " + i.sprint());
      }
    }
  }

  /** The last sprint any intervention takes effect in (0 when there are none). */
  public int lastInterventionSprint() {
    int last = 0;
    for (Intervention i : interventions) {
      last = Math.max(last, i.sprint());
    }
    return last;
  }

  /** AAT's defaults: 11-member team, 5-day sprints, WIP 4/2, testers navigating 20%. */
  public static SimConfig defaults() {
    return new SimConfig("default", Team.aatDefault(), 5, 8, WipLimits.aatDefault(),
        TesterPairing.aatDefault(), true, 4, 2, 2, 4, 4.0, 16.0, 0.70, 3,
        WorkCoefficients.defaults(), DevelopmentCoefficients.defaults(),
        KnowledgeCoefficients.defaults(), QualityCoefficients.defaults(),
        DisturbanceCoefficients.defaults(), PortfolioCoefficients.defaults(),
        PlanningCoefficients.defaults(), FlowCoefficients.defaults(),
        TeamModelCoefficients.defaults(), BacklogCoefficients.defaults(),
        DisturbanceSettings.aatDefault(false),
        SwapSettings.aatDefault(SwapMode.NONE), TurnoverSettings.aatDefault(false),
        PortfolioSettings.single(), List.of());
  }

  /** Every coefficient table of the world model, in a fixed order (work ... backlog). */
  public List<Coefficients> coefficientTables() {
    return List.of(coefficients, development, knowledge, quality, disturbanceCoefficients,
        portfolioCoefficients, planning, flow, teamCoefficients, backlogCoefficients);
  }

  /** Every table's values by table name ({@code sim.coefficients.work}, ...), for run.json. */
  public java.util.Map<String, java.util.Map<String, Double>> coefficientValues() {
    var out = new java.util.LinkedHashMap<String, java.util.Map<String, Double>>();
    coefficientTables().forEach(c -> out.put(c.table().name(), c.values()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The names of the tables {@link #withCoefficients} accepts ({@code work}, ...). */
  public static List<String> coefficientTableNames() {
    return List.of(WorkCoefficients.TABLE.shortName(), DevelopmentCoefficients.TABLE.shortName(),
        KnowledgeCoefficients.TABLE.shortName(), QualityCoefficients.TABLE.shortName(),
        DisturbanceCoefficients.TABLE.shortName(), PortfolioCoefficients.TABLE.shortName(),
        PlanningCoefficients.TABLE.shortName(), FlowCoefficients.TABLE.shortName(),
        TeamModelCoefficients.TABLE.shortName(), BacklogCoefficients.TABLE.shortName());
  }

  /**
   * This configuration with entries of one table replaced, by the table's short name
   * ({@code work}, {@code development}, {@code knowledge}, {@code quality},
   * {@code disturbances}, {@code portfolio}, {@code planning}, {@code flow}, {@code team},
   * {@code backlog}). Unknown tables or
   * keys and values out of range fail naming the table, the key and what is allowed.
   */
  public SimConfig withCoefficients(String table, java.util.Map<String, Double> values) {
    Builder b = toBuilder();
    switch (table) {
      case "work" -> b.coefficients(WorkCoefficients.from(
          WorkCoefficients.TABLE.resolve(coefficients.values(), values)));
      case "development" -> b.development(DevelopmentCoefficients.from(
          DevelopmentCoefficients.TABLE.resolve(development.values(), values)));
      case "knowledge" -> b.knowledge(KnowledgeCoefficients.from(
          KnowledgeCoefficients.TABLE.resolve(knowledge.values(), values)));
      case "quality" -> b.quality(QualityCoefficients.from(
          QualityCoefficients.TABLE.resolve(quality.values(), values)));
      case "disturbances" -> b.disturbanceCoefficients(DisturbanceCoefficients.from(
          DisturbanceCoefficients.TABLE.resolve(disturbanceCoefficients.values(), values)));
      case "portfolio" -> b.portfolioCoefficients(PortfolioCoefficients.from(
          PortfolioCoefficients.TABLE.resolve(portfolioCoefficients.values(), values)));
      case "planning" -> b.planning(PlanningCoefficients.from(
          PlanningCoefficients.TABLE.resolve(planning.values(), values)));
      case "flow" -> b.flow(FlowCoefficients.from(
          FlowCoefficients.TABLE.resolve(flow.values(), values)));
      case "team" -> b.teamCoefficients(TeamModelCoefficients.from(
          TeamModelCoefficients.TABLE.resolve(teamCoefficients.values(), values)));
      case "backlog" -> b.backlogCoefficients(BacklogCoefficients.from(
          BacklogCoefficients.TABLE.resolve(backlogCoefficients.values(), values)));
      default -> throw new IllegalArgumentException("sim.coefficients: unknown table '" + table
          + "' (known tables: " + String.join(", ", coefficientTableNames()) + ")");
    }
    return b.build();
  }

  public int sessionHours() {
    return hoursPerDay / sessionsPerDay;
  }

  /** A builder preset with this configuration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable builder for {@link SimConfig}; {@link #build()} validates. */
  public static final class Builder {
    private String name;
    private Team team;
    private int sprintDays;
    private int hoursPerDay;
    private WipLimits wipLimits;
    private TesterPairing testerPairing;
    private boolean pairing;
    private int checkpointsPerSession;
    private int sessionsPerDay;
    private int minTasksPerStory;
    private int maxTasksPerStory;
    private double minTaskHours;
    private double maxTaskHours;
    private double commitmentFactor;
    private int maxCarryOvers;
    private WorkCoefficients coefficients;
    private DevelopmentCoefficients development;
    private KnowledgeCoefficients knowledge;
    private QualityCoefficients quality;
    private DisturbanceCoefficients disturbanceCoefficients;
    private PortfolioCoefficients portfolioCoefficients;
    private PlanningCoefficients planning;
    private FlowCoefficients flow;
    private TeamModelCoefficients teamCoefficients;
    private BacklogCoefficients backlogCoefficients;
    private DisturbanceSettings disturbances;
    private SwapSettings swapping;
    private TurnoverSettings turnover;
    private PortfolioSettings portfolio;
    private List<Intervention> interventions;

    private Builder(SimConfig c) {
      name = c.name;
      team = c.team;
      sprintDays = c.sprintDays;
      hoursPerDay = c.hoursPerDay;
      wipLimits = c.wipLimits;
      testerPairing = c.testerPairing;
      pairing = c.pairing;
      checkpointsPerSession = c.checkpointsPerSession;
      sessionsPerDay = c.sessionsPerDay;
      minTasksPerStory = c.minTasksPerStory;
      maxTasksPerStory = c.maxTasksPerStory;
      minTaskHours = c.minTaskHours;
      maxTaskHours = c.maxTaskHours;
      commitmentFactor = c.commitmentFactor;
      maxCarryOvers = c.maxCarryOvers;
      coefficients = c.coefficients;
      development = c.development;
      knowledge = c.knowledge;
      quality = c.quality;
      disturbanceCoefficients = c.disturbanceCoefficients;
      portfolioCoefficients = c.portfolioCoefficients;
      planning = c.planning;
      flow = c.flow;
      teamCoefficients = c.teamCoefficients;
      backlogCoefficients = c.backlogCoefficients;
      disturbances = c.disturbances;
      swapping = c.swapping;
      turnover = c.turnover;
      portfolio = c.portfolio;
      interventions = c.interventions;
    }

    public Builder name(String v) { name = v; return this; }
    public Builder team(Team v) { team = v; return this; }
    public Builder sprintDays(int v) { sprintDays = v; return this; }
    public Builder hoursPerDay(int v) { hoursPerDay = v; return this; }
    public Builder wipLimits(WipLimits v) { wipLimits = v; return this; }
    public Builder testerPairing(TesterPairing v) { testerPairing = v; return this; }
    public Builder pairing(boolean v) { pairing = v; return this; }
    public Builder checkpointsPerSession(int v) { checkpointsPerSession = v; return this; }
    public Builder sessionsPerDay(int v) { sessionsPerDay = v; return this; }
    public Builder tasksPerStory(int min, int max) {
      minTasksPerStory = min;
      maxTasksPerStory = max;
      return this;
    }
    public Builder taskHours(double min, double max) {
      minTaskHours = min;
      maxTaskHours = max;
      return this;
    }
    public Builder commitmentFactor(double v) { commitmentFactor = v; return this; }
    public Builder maxCarryOvers(int v) { maxCarryOvers = v; return this; }
    public Builder coefficients(WorkCoefficients v) { coefficients = v; return this; }
    public Builder development(DevelopmentCoefficients v) { development = v; return this; }
    public Builder knowledge(KnowledgeCoefficients v) { knowledge = v; return this; }
    public Builder quality(QualityCoefficients v) { quality = v; return this; }
    public Builder disturbanceCoefficients(DisturbanceCoefficients v) {
      disturbanceCoefficients = v;
      return this;
    }
    public Builder portfolioCoefficients(PortfolioCoefficients v) {
      portfolioCoefficients = v;
      return this;
    }
    public Builder planning(PlanningCoefficients v) { planning = v; return this; }
    public Builder flow(FlowCoefficients v) { flow = v; return this; }
    public Builder teamCoefficients(TeamModelCoefficients v) { teamCoefficients = v; return this; }
    public Builder backlogCoefficients(BacklogCoefficients v) {
      backlogCoefficients = v;
      return this;
    }
    public Builder disturbances(DisturbanceSettings v) { disturbances = v; return this; }
    public Builder swapping(SwapSettings v) { swapping = v; return this; }
    public Builder turnover(TurnoverSettings v) { turnover = v; return this; }
    public Builder portfolio(PortfolioSettings v) { portfolio = v; return this; }
    public Builder interventions(List<Intervention> v) { interventions = v; return this; }

    public SimConfig build() {
      return new SimConfig(name, team, sprintDays, hoursPerDay, wipLimits, testerPairing, pairing,
          checkpointsPerSession, sessionsPerDay, minTasksPerStory, maxTasksPerStory, minTaskHours,
          maxTaskHours, commitmentFactor, maxCarryOvers, coefficients, development, knowledge,
          quality, disturbanceCoefficients, portfolioCoefficients, planning, flow,
          teamCoefficients, backlogCoefficients, disturbances, swapping, turnover, portfolio,
          interventions);
    }
  }
}

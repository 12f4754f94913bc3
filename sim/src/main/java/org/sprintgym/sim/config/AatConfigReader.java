package org.sprintgym.sim.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Team;
import org.sprintgym.sim.io.YamlNode;
import org.sprintgym.sim.io.YamlTree;

/**
 * Applies an agile-agent-team experiment config on top of a base {@link SimConfig}. Only the keys
 * in {@link #APPLIERS} act; every other key is reported once, at its top-most unmodelled path
 * (e.g. {@code disturbances}, not each frequency), in {@link LoadedConfig#ignoredKeys()}. Modelling
 * a new key later is one more entry in the table. Values are validated with
 * {@link org.sprintgym.sim.io.InputError}s that name the file, line, column, key path and range.
 */
public final class AatConfigReader {
  private AatConfigReader() {}

  /**
   * The result of reading a config.
   *
   * @param config the base config with the file's modelled keys applied
   * @param ignoredKeys key paths present in the file that SprintGym does not model (yet)
   */
  public record LoadedConfig(SimConfig config, List<String> ignoredKeys,
      List<YamlNode> interventionSprints) {
    /**
     * @param interventionSprints for each of {@code config.interventions()}, the node that set its
     *     sprint (null for one the base config brought), for errors that need the run length
     */
    public LoadedConfig {
      Requires.nonNull(config, "config");
      ignoredKeys = List.copyOf(ignoredKeys);
      interventionSprints = java.util.Collections.unmodifiableList(new ArrayList<>(interventionSprints));
      if (interventionSprints.size() != config.interventions().size()) {
        throw new IllegalArgumentException("one sprint node per intervention expected");
      }
    }

    public LoadedConfig(SimConfig config, List<String> ignoredKeys) {
      this(config, ignoredKeys, java.util.Collections.nCopies(config.interventions().size(), null));
    }

    /**
     * Every intervention must take effect within a run of {@code sprints}; the error names the
     * intervention's {@code sprint} key, its file, line and column.
     */
    public LoadedConfig requireWithinRun(int sprints, String runOption) {
      for (int i = 0; i < interventionSprints.size(); i++) {
        Intervention iv = config.interventions().get(i);
        if (iv.sprint() > sprints) {
          String problem = "sprint " + iv.sprint() + " is beyond the run (" + runOption + " "
              + sprints + ")";
          String allowed = "sprints 1.." + sprints;
          YamlNode at = interventionSprints.get(i);
          throw at != null ? at.error(problem, allowed)
              : new org.sprintgym.sim.io.InputError(null, 0, 0, "interventions", problem, allowed);
        }
      }
      return this;
    }
  }

  /** Applies one key's value to the draft, validating it first. */
  @FunctionalInterface
  interface Applier {
    void apply(YamlNode value, Draft draft);
  }

  static final List<String> TEAM_TYPES =
      List.of("stream_aligned", "platform", "enabling", "complicated_subsystem");

  /** The modelled keys, by full path. Order is irrelevant: the file's order is kept. */
  static final Map<String, Applier> APPLIERS = appliers();

  /** Paths that lead to a modelled key and are therefore walked into rather than ignored. */
  private static final Set<String> CONTAINERS = containers(APPLIERS.keySet());

  private static Map<String, Applier> appliers() {
    var m = new LinkedHashMap<String, Applier>();
    m.put("experiment.name", (v, d) -> d.name = nonBlank(v));
    m.put("experiment.num_simulated_days", (v, d) -> d.sprintDays = v.asInt(1, 20));
    m.put("team.team_type", (v, d) -> d.teamType = v.asChoice(TEAM_TYPES));
    m.put("team.wip_limits.in_progress", (v, d) -> d.inProgress = v.asInt(1, 50));
    m.put("team.wip_limits.review", (v, d) -> d.review = v.asInt(1, 50));
    m.put("team.tester_pairing.enabled", (v, d) -> d.pairingEnabled = v.asBoolean());
    m.put("team.tester_pairing.frequency", (v, d) -> d.pairingFrequency = v.asUnit());
    // testers always navigate in SprintGym, as in AAT; any other role is a misunderstanding
    m.put("team.tester_pairing.role", (v, d) -> v.asChoice(List.of("navigator")));
    m.put("models.agents", (v, d) -> d.members = AatTeamReader.members(v, d.ignored));
    m.put("disturbances.enabled", (v, d) -> d.disturbances = d.disturbances.withEnabled(v.asBoolean()));
    for (DisturbanceType t : DisturbanceType.values()) {
      m.put("disturbances.frequencies." + t.key(),
          (v, d) -> d.disturbances = d.disturbances.withFrequency(t, v.asUnit()));
    }
    m.put("disturbances.blast_radius_controls.max_velocity_impact", (v, d) -> d.disturbances =
        d.disturbances.withLimits(v.asUnit(), d.disturbances.maxQualityRegression()));
    m.put("disturbances.blast_radius_controls.max_quality_regression", (v, d) -> d.disturbances =
        d.disturbances.withLimits(d.disturbances.maxVelocityImpact(), v.asUnit()));
    m.put("profile_swapping.mode", (v, d) -> d.swapMode = SwapMode.valueOf(
        v.asChoice(List.of("none", "constrained", "free")).toUpperCase(java.util.Locale.ROOT)));
    m.put("profile_swapping.allowed_scenarios", (v, d) -> {
      var list = new ArrayList<String>();
      for (YamlNode item : v.items()) {
        list.add(item.asChoice(SwapSettings.SCENARIOS));
      }
      d.swapScenarios = list;
    });
    m.put("profile_swapping.penalties.context_switch_slowdown", (v, d) -> d.swapSlowdown = v.asDouble(1.0, 3.0));
    m.put("profile_swapping.penalties.proficiency_reduction", (v, d) -> d.swapProficiency = v.asDouble(0.01, 1.0));
    m.put("profile_swapping.penalties.knowledge_decay_sprints", (v, d) -> d.swapDecay = v.asInt(1, 20));
    m.put("profile_swapping.cross_training_probability", (v, d) -> d.crossTraining = v.asUnit());
    m.put("team.turnover.enabled", (v, d) -> d.turnoverEnabled = v.asBoolean());
    m.put("team.turnover.starts_after_sprint", (v, d) -> d.startsAfter = v.asInt(0, 10_000));
    m.put("team.turnover.probability_per_sprint", (v, d) -> d.departureProbability = v.asUnit());
    m.put("team.turnover.backfill_enabled", (v, d) -> d.backfill = v.asBoolean());
    m.put("team.turnover.backfill_delay_sprints", (v, d) -> d.backfillDelay = v.asInt(0, 20));
    m.put("team.turnover.max_departures_per_sprint", (v, d) -> d.maxDepartures = v.asInt(1, 5));
    m.put("team.turnover.notice_sprints", (v, d) -> d.notice = v.asInt(0, 4));
    m.put("team.turnover.onboarding_sprints", (v, d) -> d.onboarding = v.asInt(0, 10));
    m.put("teams", (v, d) -> d.teams = teams(v, d));
    m.put("coordination.enabled", (v, d) -> d.coordination = v.asBoolean());
    m.put("coordination.max_borrows_per_sprint", (v, d) -> d.maxBorrows = v.asInt(0, 10));
    m.put("coordination.borrow_duration_sprints", (v, d) -> d.borrowDuration = v.asInt(1, 10));
    m.put("coordination.coordinators", (v, d) -> d.coordinators = v.asStringList());
    m.put("coordination.overhead_budget.overhead_budget_pct", (v, d) -> d.overheadPct = v.asUnit());
    // SprintGym extension: what-if interventions, each from a given sprint
    m.put("interventions", (v, d) -> d.interventions = AatInterventionReader.read(v));
    // SprintGym extension: the model's coefficient tables (sim.coefficients.work, ...)
    m.put("sim", (v, d) -> d.sim = v);
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Set<String> containers(Set<String> paths) {
    var out = new TreeSet<String>();
    for (String p : paths) {
      for (int dot = p.indexOf('.'); dot > 0; dot = p.indexOf('.', dot + 1)) {
        out.add(p.substring(0, dot));
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Reads {@code file} and applies it on top of {@code base}. */
  public static LoadedConfig read(Path file, SimConfig base) {
    var draft = new Draft(base);
    YamlNode root = YamlTree.read(file, draft.ignored);
    if (root.kind() != YamlNode.Kind.MAP) {
      throw root.error("expected a mapping of config sections but found " + root.describe(), null);
    }
    walk(root, draft);
    SimConfig config = draft.build();
    var sprintNodes = new ArrayList<YamlNode>();
    if (draft.interventions == null) {
      config.interventions().forEach(i -> sprintNodes.add(null));
    } else {
      draft.interventions.forEach(r -> sprintNodes.add(r.sprintNode()));
    }
    return new LoadedConfig(config, draft.ignored, sprintNodes);
  }

  private static void walk(YamlNode map, Draft draft) {
    for (YamlNode child : map.entries().values()) {
      String path = child.path();
      Applier applier = APPLIERS.get(path);
      if (applier != null) {
        if (child.kind() != YamlNode.Kind.NULL) {
          applier.apply(child, draft);
        }
      } else if (CONTAINERS.contains(path) && child.kind() != YamlNode.Kind.NULL) {
        child.entries(); // a section must be a mapping; this names it if it is not
        walk(child, draft);
      } else {
        draft.ignored.add(path);
      }
    }
  }

  private static final List<String> TEAM_KEYS =
      List.of("id", "name", "team_type", "agents", "wip_limits");

  private static List<PortfolioSettings.TeamSpec> teams(YamlNode list, Draft d) {
    var out = new ArrayList<PortfolioSettings.TeamSpec>();
    if (list.items().size() < 2 || list.items().size() > 7) {
      throw list.error(list.items().size() + " teams", "2 to 7 teams");
    }
    for (YamlNode t : list.items()) {
      t.requireKeys(TEAM_KEYS);
      WipLimits wip = null;
      var w = t.get("wip_limits");
      if (w.isPresent()) {
        w.get().requireKeys(List.of("in_progress", "review"));
        wip = new WipLimits(w.get().require("in_progress").asInt(1, 50),
            w.get().require("review").asInt(1, 50));
      }
      YamlNode agents = t.require("agents");
      d.teamAgentNodes.add(agents);
      out.add(new PortfolioSettings.TeamSpec(nonBlank(t.require("id")),
          t.get("name").map(AatConfigReader::nonBlank).orElse(""),
          t.get("team_type").map(n -> n.asChoice(TEAM_TYPES)).orElse("stream_aligned"),
          agents.asStringList(), wip));
    }
    return out;
  }

  static String nonBlank(YamlNode v) {
    String s = v.asText();
    if (s.isBlank()) {
      throw v.error("must not be empty", "a non-empty string");
    }
    return s.strip();
  }

  /** The values being assembled; starts as the base config. */
  static final class Draft {
    private final SimConfig base;
    final List<String> ignored = new ArrayList<>();
    String name;
    int sprintDays;
    String teamType;
    int inProgress;
    int review;
    boolean pairingEnabled;
    double pairingFrequency;
    List<Member> members;
    DisturbanceSettings disturbances;
    SwapMode swapMode;
    List<String> swapScenarios;
    double swapSlowdown;
    double swapProficiency;
    int swapDecay;
    double crossTraining;
    boolean turnoverEnabled;
    int startsAfter;
    double departureProbability;
    boolean backfill;
    int backfillDelay;
    int maxDepartures;
    int notice;
    int onboarding;
    List<PortfolioSettings.TeamSpec> teams;
    final List<YamlNode> teamAgentNodes = new ArrayList<>();
    boolean coordination;
    int maxBorrows;
    int borrowDuration;
    List<String> coordinators;
    double overheadPct;
    /** The file's interventions (replacing the base's), or null when it has none. */
    List<AatInterventionReader.Read> interventions;
    /** The file's {@code sim:} section (coefficient tables), or null when it has none. */
    YamlNode sim;

    Draft(SimConfig base) {
      this.base = base;
      name = base.name();
      sprintDays = base.sprintDays();
      teamType = base.team().teamType();
      inProgress = base.wipLimits().inProgress();
      review = base.wipLimits().review();
      pairingEnabled = base.testerPairing().enabled();
      pairingFrequency = base.testerPairing().frequency();
      members = base.team().members();
      disturbances = base.disturbances();
      SwapSettings sw = base.swapping();
      swapMode = sw.mode();
      swapScenarios = sw.allowedScenarios();
      swapSlowdown = sw.contextSwitchSlowdown();
      swapProficiency = sw.proficiency();
      swapDecay = sw.knowledgeDecaySprints();
      crossTraining = sw.crossTrainingProbability();
      TurnoverSettings t = base.turnover();
      turnoverEnabled = t.enabled();
      startsAfter = t.startsAfterSprint();
      departureProbability = t.probabilityPerSprint();
      backfill = t.backfillEnabled();
      backfillDelay = t.backfillDelaySprints();
      maxDepartures = t.maxDeparturesPerSprint();
      notice = t.noticeSprints();
      onboarding = t.onboardingSprints();
      PortfolioSettings p = base.portfolio();
      teams = p.teams();
      coordination = p.coordination();
      maxBorrows = p.maxBorrowsPerSprint();
      borrowDuration = p.borrowDurationSprints();
      coordinators = p.coordinators();
      overheadPct = p.overheadBudgetPct();
    }

    /** Every agent a team lists must be on the roster, in one team only. */
    private void checkTeams() {
      var roster = new java.util.HashSet<String>();
      members.forEach(m -> roster.add(m.id()));
      var seen = new java.util.HashSet<String>();
      for (YamlNode agents : teamAgentNodes) {
        for (YamlNode a : agents.items()) {
          if (!roster.contains(a.asText())) {
            throw a.error("unknown agent '" + a.asText() + "'", "agents under models.agents");
          }
          if (!seen.add(a.asText())) {
            throw a.error("agent '" + a.asText() + "' is in two teams", "each agent in one team");
          }
        }
      }
    }

    SimConfig build() {
      checkTeams();
      var roster = new java.util.HashSet<String>();
      members.forEach(m -> roster.add(m.id()));
      for (String c : coordinators) {
        if (!roster.contains(c)) {
          throw new org.sprintgym.sim.io.InputError(null, 0, 0, "coordination.coordinators",
              "unknown agent '" + c + "'", "agents under models.agents");
        }
      }
      List<Intervention> changes = base.interventions();
      if (interventions != null) {
        AatInterventionReader.checkMembers(interventions, members.stream().map(Member::id).toList());
        changes = interventions.stream().map(AatInterventionReader.Read::intervention).toList();
      }
      SimConfig built = base.toBuilder()
          .interventions(changes)
          .disturbances(disturbances)
          .swapping(new SwapSettings(swapMode, swapScenarios, swapSlowdown, swapProficiency,
              swapDecay, crossTraining))
          .turnover(new TurnoverSettings(turnoverEnabled, startsAfter, departureProbability,
              backfill, backfillDelay, maxDepartures, notice, base.turnover().protectedRoles(),
              onboarding))
          .portfolio(new PortfolioSettings(teams, coordination, maxBorrows, borrowDuration,
              overheadPct, coordinators, base.portfolio().conventionsSlowdown()))
          .name(name)
          .sprintDays(sprintDays)
          .team(new Team(base.team().id(), teamType, members))
          .wipLimits(new WipLimits(inProgress, review))
          .testerPairing(new TesterPairing(pairingEnabled, pairingFrequency))
          .build();
      return sim == null ? built : CoefficientReader.applySim(sim, built);
    }
  }
}

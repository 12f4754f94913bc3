package org.sprintgym.sim.episode;

import static org.sprintgym.sim.episode.CriterionFeed.actionsBefore;
import static org.sprintgym.sim.episode.CriterionFeed.judge;
import static org.sprintgym.sim.episode.CriterionFeed.sprintTrial;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place each episode type is defined (README, "Adding an episode type"): one
 * {@link EpisodeTypeDefinition} per {@link EpisodeType}, referencing the type's actions and
 * hidden facts in {@link TypeSpecs}. Adding a type means adding its constant to
 * {@link EpisodeType}, its spec to {@link TypeSpecs} and its definition here; nothing else
 * switches on the type, and {@code EpisodeTypeDefinitionTest} fails for a type left incomplete.
 */
public final class EpisodeTypes {
  private EpisodeTypes() {}

  private static final Map<EpisodeType, EpisodeTypeDefinition> DEFINITIONS = definitions();

  /** The definition of {@code type}. */
  public static EpisodeTypeDefinition of(EpisodeType type) {
    EpisodeTypeDefinition d = DEFINITIONS.get(type);
    if (d == null) {
      throw new IllegalStateException("episode type " + type.key() + " has no definition;"
          + " add one in EpisodeTypes");
    }
    return d;
  }

  /** Every definition, in the types' declaration order. */
  public static List<EpisodeTypeDefinition> all() {
    return List.copyOf(DEFINITIONS.values());
  }

  /** The types a whole sprint is played through, story by story, in order. */
  public static List<EpisodeType> sprintPhases() {
    return DEFINITIONS.values().stream().filter(d -> d.sprintPhase().isPresent())
        .map(EpisodeTypeDefinition::type).toList();
  }

  /** The types whose episodes feed {@code criterion}, in declaration order. */
  public static List<EpisodeType> feeding(String criterion) {
    return DEFINITIONS.values().stream().filter(d -> d.feeds(criterion))
        .map(EpisodeTypeDefinition::type).toList();
  }

  private static Map<EpisodeType, EpisodeTypeDefinition> definitions() {
    var all = new ArrayList<EpisodeTypeDefinition>();
    all.addAll(stageOne());
    all.addAll(stageTwo());
    all.addAll(stageThree());
    all.addAll(stageFour());
    var m = new EnumMap<EpisodeType, EpisodeTypeDefinition>(EpisodeType.class);
    for (EpisodeTypeDefinition d : all) {
      if (m.put(d.type(), d) != null) {
        throw new IllegalStateException("episode type " + d.type().key() + " is defined twice");
      }
    }
    return m;
  }

  private static List<EpisodeTypeDefinition> stageOne() {
    return List.of(
        define(EpisodeType.ELICITATION, 1, "elicitation", 0.70,
            "Clarify the story's requirements before you commit to it.",
            Rubric.of("specificity", "question_specificity",
                "coverage", "coverage_of_missing_dimensions", "process", "use_of_answers",
                "stopping", "stopping_time"),
            new TeamRecipe(true), judge("elicitation"), sprintTrial("stories_pass_qa"))
            .withSprintPhase(SprintPhase.refine()),
        define(EpisodeType.DECOMPOSITION, 1, "decomposition", 0.65,
            "Break the story into tasks and a plan.",
            Rubric.of("specificity", "risk_and_dependency_precision",
                "coverage", "hidden_structure_found", "process", "approach_proposed",
                "work", "sizing", "stopping", "plan_closed_on_time"),
            new TeamRecipe(true), judge("decomposition"), sprintTrial("stories_pass_qa"))
            .withSprintPhase(SprintPhase.plan())
            .withWorkHint(new WorkHint(1, 1.5)), // an effort hotspot: plan for it
        define(EpisodeType.IMPLEMENTATION, 1, "implementation", 0.65,
            "Build the story, checking your work as you go.",
            Rubric.of("decision", "checkpoint_call", "work", "work_completed",
                "coverage", "problems_detected"),
            new TeamRecipe(false), sprintTrial("stories_pass_qa"))
            .withSprintPhase(SprintPhase.build()),
        define(EpisodeType.SELF_MONITORING, 1, "self_correction", 0.50,
            "Notice when your work goes off track and correct it.",
            Rubric.of("decision", "self_correction", "process", "progress_assessed"),
            new TeamRecipe(false), judge("self_correction")),
        define(EpisodeType.RESEARCH, 1, "research", 0.65,
            "Find out enough to proceed, without researching forever.",
            Rubric.of("coverage", "sources_found", "process", "synthesis"),
            new TeamRecipe(false)));
  }

  private static List<EpisodeTypeDefinition> stageTwo() {
    return List.of(
        define(EpisodeType.TRIAGE, 2, "triage_accuracy", 0.70,
            "An incident arrived: judge its severity and decide what to do.",
            Rubric.of("decision", "triage_accuracy", "process", "assessment_and_communication",
                "coverage", "investigation"),
            new DisturbedRecipe(false), judge("triage_accuracy"), sprintTrial("velocity_drop")),
        define(EpisodeType.RECOVERY, 2, "adaptation", 0.65,
            "Something failed: find the root cause and recover.",
            Rubric.of("decision", "replanning", "coverage", "diagnosis",
                "process", "learning_captured", "work", "fix_completed"),
            new DisturbedRecipe(false), judge("adaptation"), sprintTrial("velocity_drop")),
        define(EpisodeType.SCOPE_CHANGE, 2, "adaptation", 0.65,
            "The scope changed mid-sprint: assess it and respond.",
            Rubric.of("decision", "scope_decision", "process", "scope_assessed"),
            new DisturbedRecipe(true), judge("adaptation")));
  }

  private static List<EpisodeTypeDefinition> stageThree() {
    return List.of(
        define(EpisodeType.BORROWING_ARRIVAL, 3, "orientation", 0.70,
            "You are lent to another team: orient yourself there.",
            Rubric.of("coverage", "orientation", "stopping", "time_to_productive"),
            PortfolioRecipe.arrival(), actionsBefore("actions_to_contribution",
                EpisodeAction.PROPOSE_CONTRIBUTION, EpisodeAction.START_WORK),
            judge("orientation")),
        define(EpisodeType.CONTEXT_SWITCHING, 3, "orientation", 0.70,
            "You return to your own team: catch up and resume.",
            Rubric.of("coverage", "re_orientation", "process", "learnings_and_handover"),
            PortfolioRecipe.returnHome(), judge("orientation")),
        define(EpisodeType.CROSS_TEAM_DEPENDENCY, 3, "cross_team", 0.65,
            "Your story depends on another team: handle it.",
            Rubric.of("decision", "dependency_handling", "process", "communication"),
            PortfolioRecipe.crossTeam()));
  }

  private static List<EpisodeTypeDefinition> stageFour() {
    return List.of(
        define(EpisodeType.KNOWLEDGE_HANDOFF, 4, "knowledge_handoff", 0.65,
            "You are leaving: hand over what only you know.",
            Rubric.of("coverage", "knowledge_identified", "process", "transfer_actions",
                "decision", "handoff_priority"),
            DepartureRecipe.handoff(), sprintTrial("departure_velocity_dip")),
        define(EpisodeType.ONBOARDING_SUPPORT, 4, "onboarding", 0.65,
            "A newcomer joins: help them become productive.",
            Rubric.of("coverage", "gaps_identified", "process", "support_given",
                "decision", "load_decision"),
            DepartureRecipe.onboarding()),
        define(EpisodeType.COMPENSATION, 4, "compensation", 0.65,
            "A colleague is missing: recover their knowledge and work.",
            Rubric.of("decision", "compensation_choice", "process", "impact_assessed",
                "coverage", "knowledge_recovered"),
            DepartureRecipe.compensation()));
  }

  private static EpisodeTypeDefinition define(EpisodeType type, int stage, String criterion,
      double threshold, String goal, Rubric rubric, SituationRecipe recipe,
      CriterionFeed... feeds) {
    return new EpisodeTypeDefinition(type, stage, criterion, threshold, goal, TypeSpecs.of(type),
        rubric, List.of(feeds), recipe, Optional.empty(), Optional.empty());
  }
}

package org.sprintgym.sim.episode;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.sprintgym.sim.config.CoefficientTable;
import org.sprintgym.sim.config.Coefficients;

/**
 * The per-type situation models of {@link TypeSpecs}: each hidden fact's chance or the measured
 * threshold it holds from, the true severity's terms, the true work and the chance an
 * undiscovered fact bites. Keys are prefixed by the type's key
 * ({@code decomposition.dependency_base}); a component is its key in camel case
 * ({@code decompositionDependencyBase}), and {@link #TABLE} says what each means. A drawn
 * {@link SituationModel.Truth} carries the table its model reads.
 * The thresholds on the worlds' 0/1 indicators ({@code own_code}, {@code waits_on_other_team},
 * {@code still_waiting} above 0.5) are not coefficients and stay in the models.
 */
public record SituationCoefficients(
    double elicitationAnticipation,
    double elicitationRecallBase,
    double elicitationRecallPerAmbiguity,
    double elicitationFalseAlarmBase,
    double elicitationFalseAlarmPerAmbiguity,
    double decompositionDependencyBase,
    double decompositionDependencyPerPoint,
    double decompositionPointsScale,
    double decompositionHotspotBase,
    double decompositionHotspotPerRisk,
    double decompositionDeadEndBase,
    double decompositionDeadEndBrownfield,
    double decompositionDeadEndPerAmbiguity,
    double decompositionHotspotWork,
    double decompositionWorkJitter,
    double decompositionBiteChance,
    double implementationFailingTestBase,
    double implementationFailingTestPerRisk,
    double implementationFailingTestPerUnskill,
    double implementationCouplingBase,
    double implementationCouplingBrownfieldUnknown,
    double implementationCouplingOffset,
    double implementationSeverityPerRisk,
    double implementationSeverityPerUnskill,
    double implementationSeverityNoise,
    double implementationWorkTarget,
    double implementationBiteChance,
    double selfMonitoringOffTrackBase,
    double selfMonitoringOffTrackPerAmbiguity,
    double selfMonitoringMisreadBase,
    double selfMonitoringMisreadPerAmbiguity,
    double selfMonitoringGapBase,
    double selfMonitoringGapUnknownRisk,
    double selfMonitoringSeverityBase,
    double selfMonitoringSeverityPerProgress,
    double selfMonitoringSeverityJitter,
    double selfMonitoringBiteChance,
    double researchWebChance,
    double researchDocsBase,
    double researchDocsGreenfield,
    double researchCodeBase,
    double researchCodeBrownfield,
    double researchSeverityJitter,
    double researchBiteChance,
    double triageWideTargets,
    double triageWideVelocityImpact,
    double triageBiteChance,
    double recoveryWrongHypothesisBase,
    double recoveryWrongHypothesisPerAmbiguity,
    double recoveryRegressionThreshold,
    double recoveryWorkTarget,
    double recoveryBiteChance,
    double scopeChangeSeverityPerMeasured,
    double scopeChangeSeverityPerProgress,
    double scopeChangeOutranksChance,
    double scopeChangeBiteChance,
    double borrowingArrivalUnfamiliarBelow,
    double borrowingArrivalHolderAtLeast,
    double borrowingArrivalNormsChance,
    double borrowingArrivalDocsBase,
    double borrowingArrivalDocsGreenfield,
    double borrowingArrivalConventionsPerSlowdown,
    double borrowingArrivalBiteChance,
    double contextSwitchingBoardChangedAccepted,
    double contextSwitchingBlockerBlocked,
    double contextSwitchingBiteChance,
    double crossTeamDependencyNeedsBase,
    double crossTeamDependencyNeedsDepends,
    double crossTeamDependencyNeedsPerRisk,
    double crossTeamDependencyUnstableChance,
    double crossTeamDependencyBiteChance,
    double knowledgeHandoffHeldAreasMin,
    double knowledgeHandoffOthersBestBelow,
    double knowledgeHandoffSeverityPerShare,
    double knowledgeHandoffBiteChance,
    double onboardingSupportSkillGapBelow,
    double onboardingSupportDomainGapBelow,
    double onboardingSupportSeverityPerVelocity,
    double onboardingSupportSeverityJitter,
    double onboardingSupportSeverityOffset,
    double onboardingSupportBiteChance,
    double compensationArtifactsBase,
    double compensationArtifactsBrownfield,
    double compensationRecoverableAtLeast,
    double compensationSeverityBase,
    double compensationSeverityPerLost,
    double compensationSeverityPerMissingBest,
    double compensationSeverityNoise,
    double compensationBiteChance) implements Coefficients {

  /** Names, ranges and sources; the defaults are the constants the episodes were built with. */
  public static final CoefficientTable TABLE = CoefficientTable.named("episode.situations")
      .entry("elicitation.anticipation", 0.35, 0, 1,
          "chance per unit of skill that the PO's undiscovered criterion gets "
              + "built anyway (a missed criterion bites with 1 minus this times skill); "
              + "AAT's")
      .entry("elicitation.recall_base", 0.95, 0, 1,
          "chance the PO's answer reports a criterion that holds, in an "
              + "unambiguous story; design choice")
      .entry("elicitation.recall_per_ambiguity", 0.35, 0, 1,
          "recall lost per unit of the story's ambiguity (the PO answers an "
              + "ambiguous story vaguely); design choice")
      .entry("elicitation.false_alarm_base", 0.12, 0, 1,
          "chance the PO's answer suggests a criterion that does not hold, in an "
              + "unambiguous story; design choice")
      .entry("elicitation.false_alarm_per_ambiguity", 0.48, 0, 1,
          "false alarm added per unit of the story's ambiguity; design choice")
      .entry("decomposition.dependency_base", 0.15, 0, 1,
          "chance of a hidden dependency between tasks in a story of no points; "
              + "design choice")
      .entry("decomposition.dependency_per_point", 0.45, 0, 1,
          "dependency chance added per points_scale story points (bigger stories "
              + "hide more links); design choice")
      .entry("decomposition.points_scale", 8.0, 1, 100,
          "the story points that dependency_per_point is counted per; design "
              + "choice")
      .entry("decomposition.hotspot_base", 0.1, 0, 1,
          "chance of an effort hotspot the estimate misses, at no technical risk; "
              + "design choice")
      .entry("decomposition.hotspot_per_risk", 0.75, 0, 1,
          "hotspot chance added per unit of technical risk; design choice")
      .entry("decomposition.dead_end_base", 0.1, 0, 1,
          "chance the obvious approach is a dead end, greenfield and unambiguous; "
              + "design choice")
      .entry("decomposition.dead_end_brownfield", 0.3, 0, 1,
          "dead-end chance added in a brownfield code base; design choice")
      .entry("decomposition.dead_end_per_ambiguity", 0.25, 0, 1,
          "dead-end chance added per unit of ambiguity; design choice")
      .entry("decomposition.hotspot_work", 1.5, 1, 3,
          "true work, in units of the estimate, when the hotspot holds (1 without "
              + "it); design choice")
      .entry("decomposition.work_jitter", 0.08, 0, 0.5,
          "half-width of the uniform relative jitter of the true work; design "
              + "choice")
      .entry("decomposition.bite_chance", 0.7, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("implementation.failing_test_base", 0.15, 0, 1,
          "chance of a failing test at no risk for a fully skilled trainee; "
              + "design choice")
      .entry("implementation.failing_test_per_risk", 0.4, 0, 1,
          "failing-test chance added per unit of technical risk; design choice")
      .entry("implementation.failing_test_per_unskill", 0.3, 0, 1,
          "failing-test chance added per unit of missing skill; design choice")
      .entry("implementation.coupling_base", 0.1, 0, 1,
          "chance of a hidden coupling in the code, before the brownfield term; "
              + "design choice")
      .entry("implementation.coupling_brownfield_unknown", 0.45, 0, 1,
          "coupling chance added in a brownfield code base per unit of missing "
              + "knowledge of the area; design choice")
      .entry("implementation.coupling_offset", 0.1, 0, 1,
          "coupling chance added after the brownfield term (kept apart from "
              + "coupling_base: the sum is taken in this order); design choice")
      .entry("implementation.severity_per_risk", 0.35, 0, 2,
          "difficulty per unit of technical risk; design choice")
      .entry("implementation.severity_per_unskill", 0.35, 0, 2,
          "difficulty per unit of missing skill; design choice")
      .entry("implementation.severity_noise", 0.5, 0, 2,
          "width of the uniform noise added to the difficulty; design choice")
      .entry("implementation.work_target", 1.0, 0.25, 3,
          "true work in units of the estimate; design choice")
      .entry("implementation.bite_chance", 0.75, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("self_monitoring.off_track_base", 0.2, 0, 1,
          "chance the work is off track in an unambiguous story; design choice")
      .entry("self_monitoring.off_track_per_ambiguity", 0.4, 0, 1,
          "off-track chance added per unit of ambiguity; design choice")
      .entry("self_monitoring.misread_base", 0.1, 0, 1,
          "chance a requirement was misread in an unambiguous story; design "
              + "choice")
      .entry("self_monitoring.misread_per_ambiguity", 0.5, 0, 1,
          "misread chance added per unit of ambiguity; design choice")
      .entry("self_monitoring.gap_base", 0.1, 0, 1,
          "chance a knowledge gap blocks progress; design choice")
      .entry("self_monitoring.gap_unknown_risk", 0.5, 0, 1,
          "gap chance added per unit of missing knowledge times technical risk; "
              + "design choice")
      .entry("self_monitoring.severity_base", 0.2, 0, 1,
          "how far off track the work is at the sprint's start; design choice")
      .entry("self_monitoring.severity_per_progress", 0.5, 0, 2,
          "severity added per unit of sprint progress (late drift costs more); "
              + "design choice")
      .entry("self_monitoring.severity_jitter", 0.35, 0, 1,
          "half-width of the uniform jitter of the severity; design choice")
      .entry("self_monitoring.bite_chance", 0.6, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("research.web_chance", 0.45, 0, 1,
          "chance the answer is on the web; design choice")
      .entry("research.docs_base", 0.35, 0, 1,
          "chance the answer is in the official docs, brownfield; design choice")
      .entry("research.docs_greenfield", 0.25, 0, 1,
          "docs chance added in a greenfield code base; design choice")
      .entry("research.code_base", 0.15, 0, 1,
          "chance the answer is in the code base, greenfield; design choice")
      .entry("research.code_brownfield", 0.55, 0, 1,
          "code chance added in a brownfield code base; design choice")
      .entry("research.severity_jitter", 0.2, 0, 1,
          "half-width of the uniform jitter of the severity around the technical "
              + "risk; design choice")
      .entry("research.bite_chance", 0.55, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("triage.wide_targets", 2.0, 0, 100,
          "stories struck from which the blast radius counts as wide; design "
              + "choice")
      .entry("triage.wide_velocity_impact", 0.05, 0, 1,
          "planned-velocity impact from which the blast radius counts as wide; "
              + "design choice")
      .entry("triage.bite_chance", 0.5, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("recovery.wrong_hypothesis_base", 0.25, 0, 1,
          "chance the first hypothesis is wrong in an unambiguous story (how "
              + "misleading the symptoms are); design choice")
      .entry("recovery.wrong_hypothesis_per_ambiguity", 0.3, 0, 1,
          "wrong-hypothesis chance added per unit of ambiguity; design choice")
      .entry("recovery.regression_threshold", 0.015, 0, 1,
          "measured quality regression from which a regression elsewhere holds; "
              + "design choice")
      .entry("recovery.work_target", 1.0, 0.25, 3,
          "true work of the fix in units of the estimate; design choice")
      .entry("recovery.bite_chance", 0.6, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("scope_change.severity_per_measured", 0.8, 0, 2,
          "urgency per unit of the measured severity of the new scope; design "
              + "choice")
      .entry("scope_change.severity_per_progress", 0.3, 0, 2,
          "urgency added per unit of sprint progress; design choice")
      .entry("scope_change.outranks_chance", 0.6, 0, 1,
          "chance the PO ranks the new scope above the sprint's work; design "
              + "choice")
      .entry("scope_change.bite_chance", 0.5, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("borrowing_arrival.unfamiliar_below", 0.4, 0, 1,
          "trainee knowledge of the area below which the code's patterns are "
              + "unfamiliar; design choice")
      .entry("borrowing_arrival.holder_at_least", 0.6, 0, 1,
          "knowledge of the team's best holder from which a knowledge holder can "
              + "be found; design choice")
      .entry("borrowing_arrival.norms_chance", 0.35, 0, 1,
          "chance the team has unwritten norms; design choice")
      .entry("borrowing_arrival.docs_base", 0.15, 0, 1,
          "chance useful docs exist, brownfield; design choice")
      .entry("borrowing_arrival.docs_greenfield", 0.35, 0, 1,
          "docs chance added in a greenfield code base; design choice")
      .entry("borrowing_arrival.conventions_per_slowdown", 1.5, 0, 10,
          "conventions-differ chance per unit of the measured conventions "
              + "slowdown beyond 1; design choice")
      .entry("borrowing_arrival.bite_chance", 0.5, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("context_switching.board_changed_accepted", 3.0, 0, 100,
          "home stories accepted while away from which the home board changed; "
              + "design choice")
      .entry("context_switching.blocker_blocked", 2.0, 0, 100,
          "home stories blocked while away from which a blocker arose; design "
              + "choice")
      .entry("context_switching.bite_chance", 0.6, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("cross_team_dependency.needs_base", 0.4, 0, 1,
          "modelled chance the story needs another team's work, at no risk and no "
              + "dependency; design choice")
      .entry("cross_team_dependency.needs_depends", 0.4, 0, 1,
          "needs chance added when the story depends on another story; design "
              + "choice")
      .entry("cross_team_dependency.needs_per_risk", 0.15, 0, 1,
          "needs chance added per unit of technical risk; design choice")
      .entry("cross_team_dependency.unstable_chance", 0.55, 0, 1,
          "modelled chance the other team's interface is unstable, given the "
              + "story needs it; design choice")
      .entry("cross_team_dependency.bite_chance", 0.6, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("knowledge_handoff.held_areas_min", 1.0, 0, 100,
          "areas the leaver alone holds from which critical knowledge is "
              + "undocumented; design choice")
      .entry("knowledge_handoff.others_best_below", 0.6, 0, 1,
          "best remaining knowledge of the areas below which the transfer so far "
              + "is incomplete; design choice")
      .entry("knowledge_handoff.severity_per_share", 4.0, 0, 20,
          "severity per unit of the share of the sprint's points that need the "
              + "leaver's areas; design choice")
      .entry("knowledge_handoff.bite_chance", 0.6, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("onboarding_support.skill_gap_below", 0.6, 0, 1,
          "new hire's skill in the stack below which a skill gap holds; design "
              + "choice")
      .entry("onboarding_support.domain_gap_below", 0.1, 0, 1,
          "new hire's knowledge of the area below which a domain gap holds; "
              + "design choice")
      .entry("onboarding_support.severity_per_velocity", 0.5, 0, 2,
          "severity per unit of the team's velocity ratio; design choice")
      .entry("onboarding_support.severity_jitter", 0.35, 0, 1,
          "half-width of the uniform jitter of the severity; design choice")
      .entry("onboarding_support.severity_offset", 0.1, 0, 1,
          "severity added after the jitter; design choice")
      .entry("onboarding_support.bite_chance", 0.55, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .entry("compensation.artifacts_base", 0.2, 0, 1,
          "modelled chance the departed member left usable artifacts, greenfield; "
              + "design choice")
      .entry("compensation.artifacts_brownfield", 0.4, 0, 1,
          "artifacts chance added in a brownfield code base; design choice")
      .entry("compensation.recoverable_at_least", 0.5, 0, 1,
          "best remaining knowledge of the area from which another member can "
              + "recover it; design choice")
      .entry("compensation.severity_base", 0.15, 0, 1,
          "impact of the departure before its terms; design choice")
      .entry("compensation.severity_per_lost", 0.3, 0, 2,
          "impact per unit of the story's area lost; design choice")
      .entry("compensation.severity_per_missing_best", 0.25, 0, 2,
          "impact per unit the best remaining knowledge falls short of 1; design "
              + "choice")
      .entry("compensation.severity_noise", 0.45, 0, 2,
          "width of the uniform noise added to the impact; design choice")
      .entry("compensation.bite_chance", 0.5, 0, 1,
          "chance an undiscovered fact causes a problem downstream; design choice")
      .build();

  public SituationCoefficients {
    TABLE.inOrder(elicitationAnticipation, elicitationRecallBase,
        elicitationRecallPerAmbiguity, elicitationFalseAlarmBase, elicitationFalseAlarmPerAmbiguity,
        decompositionDependencyBase, decompositionDependencyPerPoint, decompositionPointsScale,
        decompositionHotspotBase, decompositionHotspotPerRisk, decompositionDeadEndBase,
        decompositionDeadEndBrownfield, decompositionDeadEndPerAmbiguity, decompositionHotspotWork,
        decompositionWorkJitter, decompositionBiteChance, implementationFailingTestBase,
        implementationFailingTestPerRisk, implementationFailingTestPerUnskill,
        implementationCouplingBase, implementationCouplingBrownfieldUnknown,
        implementationCouplingOffset, implementationSeverityPerRisk,
        implementationSeverityPerUnskill, implementationSeverityNoise, implementationWorkTarget,
        implementationBiteChance, selfMonitoringOffTrackBase, selfMonitoringOffTrackPerAmbiguity,
        selfMonitoringMisreadBase, selfMonitoringMisreadPerAmbiguity, selfMonitoringGapBase,
        selfMonitoringGapUnknownRisk, selfMonitoringSeverityBase, selfMonitoringSeverityPerProgress,
        selfMonitoringSeverityJitter, selfMonitoringBiteChance, researchWebChance, researchDocsBase,
        researchDocsGreenfield, researchCodeBase, researchCodeBrownfield, researchSeverityJitter,
        researchBiteChance, triageWideTargets, triageWideVelocityImpact, triageBiteChance,
        recoveryWrongHypothesisBase, recoveryWrongHypothesisPerAmbiguity,
        recoveryRegressionThreshold, recoveryWorkTarget, recoveryBiteChance,
        scopeChangeSeverityPerMeasured, scopeChangeSeverityPerProgress, scopeChangeOutranksChance,
        scopeChangeBiteChance, borrowingArrivalUnfamiliarBelow, borrowingArrivalHolderAtLeast,
        borrowingArrivalNormsChance, borrowingArrivalDocsBase, borrowingArrivalDocsGreenfield,
        borrowingArrivalConventionsPerSlowdown, borrowingArrivalBiteChance,
        contextSwitchingBoardChangedAccepted, contextSwitchingBlockerBlocked,
        contextSwitchingBiteChance, crossTeamDependencyNeedsBase, crossTeamDependencyNeedsDepends,
        crossTeamDependencyNeedsPerRisk, crossTeamDependencyUnstableChance,
        crossTeamDependencyBiteChance, knowledgeHandoffHeldAreasMin,
        knowledgeHandoffOthersBestBelow, knowledgeHandoffSeverityPerShare,
        knowledgeHandoffBiteChance, onboardingSupportSkillGapBelow, onboardingSupportDomainGapBelow,
        onboardingSupportSeverityPerVelocity, onboardingSupportSeverityJitter,
        onboardingSupportSeverityOffset, onboardingSupportBiteChance, compensationArtifactsBase,
        compensationArtifactsBrownfield, compensationRecoverableAtLeast, compensationSeverityBase,
        compensationSeverityPerLost, compensationSeverityPerMissingBest, compensationSeverityNoise,
        compensationBiteChance).forEach(TABLE::check);
  }

  /** The defaults with the given keys replaced; unknown keys and values out of range fail. */
  public static SituationCoefficients from(Map<String, Double> values) {
    var v = TABLE.resolve(values);
    return new SituationCoefficients(
        v.get("elicitation.anticipation"),
        v.get("elicitation.recall_base"),
        v.get("elicitation.recall_per_ambiguity"),
        v.get("elicitation.false_alarm_base"),
        v.get("elicitation.false_alarm_per_ambiguity"),
        v.get("decomposition.dependency_base"),
        v.get("decomposition.dependency_per_point"),
        v.get("decomposition.points_scale"),
        v.get("decomposition.hotspot_base"),
        v.get("decomposition.hotspot_per_risk"),
        v.get("decomposition.dead_end_base"),
        v.get("decomposition.dead_end_brownfield"),
        v.get("decomposition.dead_end_per_ambiguity"),
        v.get("decomposition.hotspot_work"),
        v.get("decomposition.work_jitter"),
        v.get("decomposition.bite_chance"),
        v.get("implementation.failing_test_base"),
        v.get("implementation.failing_test_per_risk"),
        v.get("implementation.failing_test_per_unskill"),
        v.get("implementation.coupling_base"),
        v.get("implementation.coupling_brownfield_unknown"),
        v.get("implementation.coupling_offset"),
        v.get("implementation.severity_per_risk"),
        v.get("implementation.severity_per_unskill"),
        v.get("implementation.severity_noise"),
        v.get("implementation.work_target"),
        v.get("implementation.bite_chance"),
        v.get("self_monitoring.off_track_base"),
        v.get("self_monitoring.off_track_per_ambiguity"),
        v.get("self_monitoring.misread_base"),
        v.get("self_monitoring.misread_per_ambiguity"),
        v.get("self_monitoring.gap_base"),
        v.get("self_monitoring.gap_unknown_risk"),
        v.get("self_monitoring.severity_base"),
        v.get("self_monitoring.severity_per_progress"),
        v.get("self_monitoring.severity_jitter"),
        v.get("self_monitoring.bite_chance"),
        v.get("research.web_chance"),
        v.get("research.docs_base"),
        v.get("research.docs_greenfield"),
        v.get("research.code_base"),
        v.get("research.code_brownfield"),
        v.get("research.severity_jitter"),
        v.get("research.bite_chance"),
        v.get("triage.wide_targets"),
        v.get("triage.wide_velocity_impact"),
        v.get("triage.bite_chance"),
        v.get("recovery.wrong_hypothesis_base"),
        v.get("recovery.wrong_hypothesis_per_ambiguity"),
        v.get("recovery.regression_threshold"),
        v.get("recovery.work_target"),
        v.get("recovery.bite_chance"),
        v.get("scope_change.severity_per_measured"),
        v.get("scope_change.severity_per_progress"),
        v.get("scope_change.outranks_chance"),
        v.get("scope_change.bite_chance"),
        v.get("borrowing_arrival.unfamiliar_below"),
        v.get("borrowing_arrival.holder_at_least"),
        v.get("borrowing_arrival.norms_chance"),
        v.get("borrowing_arrival.docs_base"),
        v.get("borrowing_arrival.docs_greenfield"),
        v.get("borrowing_arrival.conventions_per_slowdown"),
        v.get("borrowing_arrival.bite_chance"),
        v.get("context_switching.board_changed_accepted"),
        v.get("context_switching.blocker_blocked"),
        v.get("context_switching.bite_chance"),
        v.get("cross_team_dependency.needs_base"),
        v.get("cross_team_dependency.needs_depends"),
        v.get("cross_team_dependency.needs_per_risk"),
        v.get("cross_team_dependency.unstable_chance"),
        v.get("cross_team_dependency.bite_chance"),
        v.get("knowledge_handoff.held_areas_min"),
        v.get("knowledge_handoff.others_best_below"),
        v.get("knowledge_handoff.severity_per_share"),
        v.get("knowledge_handoff.bite_chance"),
        v.get("onboarding_support.skill_gap_below"),
        v.get("onboarding_support.domain_gap_below"),
        v.get("onboarding_support.severity_per_velocity"),
        v.get("onboarding_support.severity_jitter"),
        v.get("onboarding_support.severity_offset"),
        v.get("onboarding_support.bite_chance"),
        v.get("compensation.artifacts_base"),
        v.get("compensation.artifacts_brownfield"),
        v.get("compensation.recoverable_at_least"),
        v.get("compensation.severity_base"),
        v.get("compensation.severity_per_lost"),
        v.get("compensation.severity_per_missing_best"),
        v.get("compensation.severity_noise"),
        v.get("compensation.bite_chance"));
  }

  public static SituationCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public SituationCoefficients with(String key, double value) {
    return from(TABLE.resolve(values(), Map.of(key, value)));
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }

  /**
   * The values by key in table order. The components are declared in the table's order, each
   * named by its key in camel case (EpisodeTablesTest checks it), so they are read by reflection
   * rather than listed a second time.
   */
  @Override
  public Map<String, Double> values() {
    RecordComponent[] parts = SituationCoefficients.class.getRecordComponents();
    double[] v = new double[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        v[i] = (double) parts[i].getAccessor().invoke(this);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("episode.situations: a component cannot be read", e);
    }
    return TABLE.inOrder(v);
  }
}

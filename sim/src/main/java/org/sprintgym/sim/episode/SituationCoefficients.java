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

  /** Names, ranges and sources of every key ({@link SituationTable}). */
  public static final CoefficientTable TABLE = SituationTable.TABLE;

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

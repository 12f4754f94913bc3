package org.sprintgym.sim.episode;

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
    return TABLE.build(SituationCoefficients.class, values);
  }

  public static SituationCoefficients defaults() {
    return from(Map.of());
  }

  /** These coefficients with {@code key} set to {@code value} (validated). */
  public SituationCoefficients with(String key, double value) {
    return TABLE.with(this, key, value);
  }

  @Override
  public CoefficientTable table() {
    return TABLE;
  }
}

package org.sprintgym.sim.episode;

import java.util.SplittableRandom;
import org.sprintgym.sim.backlog.ElicitationDimension;
import org.sprintgym.sim.backlog.HiddenCriterion;

/**
 * The hidden truth of each episode type: how the situation's facts, severity, work and bite
 * chance are drawn from the world cut, with the coefficients of {@code episode.situations} that
 * the drawn {@link SituationModel.Truth} carries. {@link TypeSpecs} names one per type.
 */
final class SituationModels {
  private SituationModels() {}

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** Uniform jitter in [-w, w]. */
  private static double jitter(SplittableRandom r, double w) {
    return (2 * r.nextDouble() - 1) * w;
  }

  /** The story's own hidden criteria, by dimension: the world's truth, not a fresh draw. */
  static void elicitation(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    for (HiddenCriterion h : c.hiddenCriteria()) {
      ElicitationDimension d = h.dimension();
      if (t.facts[d.ordinal()]) {
        t.weights[d.ordinal()]++;
      }
      t.facts[d.ordinal()] = true;
    }
    t.biteChance = 1 - k.elicitationAnticipation() * c.traineeSkill();
    t.severity = c.ambiguity();
    // the PO answers an ambiguous story vaguely: a question can miss the criterion or suggest one
    t.recall = k.elicitationRecallBase() - k.elicitationRecallPerAmbiguity() * c.ambiguity();
    t.falseAlarm = k.elicitationFalseAlarmBase()
        + k.elicitationFalseAlarmPerAmbiguity() * c.ambiguity();
  }

  static void decomposition(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.bernoulli(0, k.decompositionDependencyBase()
        + k.decompositionDependencyPerPoint() * c.points() / k.decompositionPointsScale(), r);
    t.bernoulli(1, k.decompositionHotspotBase() + k.decompositionHotspotPerRisk()
        * c.technicalRisk(), r);
    t.bernoulli(2, k.decompositionDeadEndBase() + k.decompositionDeadEndBrownfield()
        * (c.brownfield() ? 1 : 0) + k.decompositionDeadEndPerAmbiguity() * c.ambiguity(), r);
    t.workTarget = (t.facts[1] ? k.decompositionHotspotWork() : 1.0)
        * (1 + jitter(r, k.decompositionWorkJitter()));
    t.biteChance = k.decompositionBiteChance();
    t.severity = c.technicalRisk();
  }

  static void implementation(SituationContext c, SplittableRandom r,
      SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.bernoulli(0, k.implementationFailingTestBase() + k.implementationFailingTestPerRisk()
        * c.technicalRisk() + k.implementationFailingTestPerUnskill() * (1 - c.traineeSkill()), r);
    t.bernoulli(1, k.implementationCouplingBase() + k.implementationCouplingBrownfieldUnknown()
        * (c.brownfield() ? 1 : 0) * (1 - c.traineeKnowledge()) + k.implementationCouplingOffset(),
        r);
    t.severity = clamp(k.implementationSeverityPerRisk() * c.technicalRisk()
        + k.implementationSeverityPerUnskill() * (1 - c.traineeSkill())
        + k.implementationSeverityNoise() * r.nextDouble());
    t.workTarget = k.implementationWorkTarget();
    t.biteChance = k.implementationBiteChance();
  }

  static void selfMonitoring(SituationContext c, SplittableRandom r,
      SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.bernoulli(0, k.selfMonitoringOffTrackBase() + k.selfMonitoringOffTrackPerAmbiguity()
        * c.ambiguity(), r);
    t.bernoulli(1, k.selfMonitoringMisreadBase() + k.selfMonitoringMisreadPerAmbiguity()
        * c.ambiguity(), r);
    t.bernoulli(2, k.selfMonitoringGapBase() + k.selfMonitoringGapUnknownRisk()
        * (1 - c.traineeKnowledge()) * c.technicalRisk(), r);
    t.severity = clamp(k.selfMonitoringSeverityBase() + k.selfMonitoringSeverityPerProgress()
        * c.sprintProgress() + jitter(r, k.selfMonitoringSeverityJitter()));
    t.biteChance = k.selfMonitoringBiteChance();
  }

  static void research(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.bernoulli(0, k.researchWebChance(), r);
    t.bernoulli(1, k.researchDocsBase() + k.researchDocsGreenfield() * (c.brownfield() ? 0 : 1), r);
    t.bernoulli(2, k.researchCodeBase() + k.researchCodeBrownfield() * (c.brownfield() ? 1 : 0), r);
    if (!TypeSpecs.any(t.facts)) {
      t.facts[r.nextInt(3)] = true; // a research question always has an answer somewhere
    }
    t.severity = clamp(c.technicalRisk() + jitter(r, k.researchSeverityJitter()));
    t.biteChance = k.researchBiteChance();
  }

  /** The disturbance that struck: its true severity and reach, measured in the world's run. */
  static void triage(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.severity = clamp(c.measured("severity"));
    t.facts[0] = c.measured("own_code") > 0.5;
    t.facts[1] = c.measured("targets") >= k.triageWideTargets()
        || c.measured("planned_velocity_impact") >= k.triageWideVelocityImpact();
    t.biteChance = k.triageBiteChance();
  }

  static void recovery(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.severity = clamp(c.measured("severity"));
    DisturbanceKind kind = c.disturbance();
    t.facts[0] = kind == DisturbanceKind.MERGE_CONFLICT || kind == DisturbanceKind.DEPENDENCY_BREAK
        || kind == DisturbanceKind.JUNIOR_MISUNDERSTANDING;
    // modelled: how misleading the symptoms are
    t.bernoulli(1, k.recoveryWrongHypothesisBase() + k.recoveryWrongHypothesisPerAmbiguity()
        * c.ambiguity(), r);
    t.facts[2] = c.measured("quality_regression") >= k.recoveryRegressionThreshold();
    t.workTarget = k.recoveryWorkTarget();
    t.biteChance = k.recoveryBiteChance();
  }

  static void scopeChange(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.severity = clamp(k.scopeChangeSeverityPerMeasured() * c.measured("severity")
        + k.scopeChangeSeverityPerProgress() * c.sprintProgress());
    t.bernoulli(0, k.scopeChangeOutranksChance(), r); // modelled: the PO's ranking of the new scope
    t.biteChance = k.scopeChangeBiteChance();
  }

  static void borrowing(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.facts[0] = c.traineeKnowledge() < k.borrowingArrivalUnfamiliarBelow();
    t.facts[1] = c.holderKnowledge() >= k.borrowingArrivalHolderAtLeast();
    t.bernoulli(2, k.borrowingArrivalNormsChance(), r);
    t.bernoulli(3, k.borrowingArrivalDocsBase() + k.borrowingArrivalDocsGreenfield()
        * (c.brownfield() ? 0 : 1), r);
    t.bernoulli(4, clamp(k.borrowingArrivalConventionsPerSlowdown()
        * (c.measured("conventions_slowdown") - 1)), r);
    t.biteChance = k.borrowingArrivalBiteChance();
    t.severity = 1 - c.traineeKnowledge();
  }

  /** What happened on the home board while the member was away, from the portfolio's run. */
  static void contextSwitching(SituationContext c, SplittableRandom r,
      SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.facts[0] = c.measured("home_accepted") >= k.contextSwitchingBoardChangedAccepted();
    t.facts[1] = c.measured("home_blocked") >= k.contextSwitchingBlockerBlocked();
    t.biteChance = k.contextSwitchingBiteChance();
  }

  /**
   * Whether the story waits on the other team, and still did a sprint later, as the portfolio's
   * run measured; the generated backlogs rarely put a dependency across teams, so the rest of the
   * situations keep the modelled chance (a story that depends on another story is likelier to).
   */
  static void crossTeam(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    boolean modelled = r.nextDouble() < k.crossTeamDependencyNeedsBase()
        + k.crossTeamDependencyNeedsDepends() * (c.dependsOnOtherStory() ? 1 : 0)
        + k.crossTeamDependencyNeedsPerRisk() * c.technicalRisk();
    boolean unstable = r.nextDouble() < k.crossTeamDependencyUnstableChance();
    t.facts[0] = c.measured("waits_on_other_team") > 0.5 || modelled;
    t.facts[1] = c.measured("still_waiting") > 0.5 || (t.facts[0] && unstable);
    t.biteChance = k.crossTeamDependencyBiteChance();
  }

  /** The departing member's real knowledge: what they hold, who else does, how much work needs it. */
  static void knowledgeHandoff(SituationContext c, SplittableRandom r,
      SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.facts[0] = c.measured("held_areas") >= k.knowledgeHandoffHeldAreasMin();
    t.facts[1] = c.measured("others_best") < k.knowledgeHandoffOthersBestBelow();
    t.severity = clamp(k.knowledgeHandoffSeverityPerShare() * c.measured("held_points_share"));
    t.biteChance = k.knowledgeHandoffBiteChance();
  }

  /** The real new hire's gaps in the story's stack and area. */
  static void onboarding(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    t.facts[0] = c.measured("hire_skill") < k.onboardingSupportSkillGapBelow();
    t.facts[1] = c.measured("hire_knowledge") < k.onboardingSupportDomainGapBelow();
    t.severity = clamp(k.onboardingSupportSeverityPerVelocity() * c.velocityRatio()
        + jitter(r, k.onboardingSupportSeverityJitter()) + k.onboardingSupportSeverityOffset());
    t.biteChance = k.onboardingSupportBiteChance();
  }

  /** After a real departure: whether the story's area was lost and who can recover it. */
  static void compensation(SituationContext c, SplittableRandom r, SituationModel.Truth t) {
    SituationCoefficients k = t.situations;
    // modelled: artifacts left behind
    t.bernoulli(0, k.compensationArtifactsBase() + k.compensationArtifactsBrownfield()
        * (c.brownfield() ? 1 : 0), r);
    t.facts[1] = c.measured("others_best") >= k.compensationRecoverableAtLeast();
    t.severity = clamp(k.compensationSeverityBase() + k.compensationSeverityPerLost()
        * c.measured("story_area_lost") + k.compensationSeverityPerMissingBest()
        * (1 - c.measured("others_best")) + k.compensationSeverityNoise() * r.nextDouble());
    t.biteChance = k.compensationBiteChance();
  }
}

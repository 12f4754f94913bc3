package org.sprintgym.sim.episode;

import org.sprintgym.sim.config.CoefficientTable;

/**
 * The names, ranges and sources of {@link SituationCoefficients}' keys, in the order of its
 * components; the defaults are the constants the situation models were built with.
 */
final class SituationTable {
  private SituationTable() {}

  static final CoefficientTable TABLE = CoefficientTable.named("episode.situations")
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
}

package org.sprintgym.sim.world;

import java.util.List;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.sim.config.SwapMode;
import org.sprintgym.sim.config.SwapSettings;

/**
 * Profile swapping (AAT {@code profile_swapping}). A scenario asks for cover in a role: developer
 * work (in a domain, or any) or testing.
 * <ul>
 *   <li>{@code none}: nobody ever swaps.
 *   <li>{@code constrained}: only in the allowed scenarios, and only a member whose
 *       specialisations cover the needed work (a tester with an engineering specialisation may
 *       develop; a developer with a testing specialisation may test).
 *   <li>{@code free}: in any scenario, any tester or developer to the needed role.
 * </ul>
 * A swapped member works at the configured proficiency and context-switch slowdown and returns
 * to their role after {@code knowledge_decay_sprints}.
 */
final class ProfileSwapping {
  static final List<String> TEST_DOMAINS = List.of("test_automation", "quality_engineering");

  private int swaps;

  /** Swaps this sprint so far (reset by {@link #startSprint}). */
  int swaps() {
    return swaps;
  }

  /** Reverts swaps that ran their course and draws deliberate cross-training. */
  void startSprint(World w) {
    swaps = 0;
    for (Worker x : w.workers.values()) {
      if (x.homeRole != null && w.sprint > x.swappedUntil) {
        w.event("role_reverted", null, null, x, x.member.role() + "->" + x.homeRole);
        x.member = x.member.withRole(x.homeRole);
        x.homeRole = null;
        x.proficiency = 1;
        x.slowdown = 1;
      }
    }
    SwapSettings s = w.config.swapping();
    if (s.mode() != SwapMode.NONE) {
      SplittableRandom rnd = w.streams.stream("swapping", w.sprint);
      if (rnd.nextDouble() < s.crossTrainingProbability()) {
        trigger(w, "deliberate_cross_training", "tester");
      }
    }
  }

  /**
   * A scenario asks for cover: {@code need} is {@code tester}, {@code developer}, or a domain a
   * developer must specialise in. Returns whether someone swapped.
   */
  boolean trigger(World w, String scenario, String need) {
    SwapSettings s = w.config.swapping();
    if (!s.allows(scenario)) {
      return false;
    }
    Role target = need.equals("tester") ? Role.TESTER : Role.DEVELOPER;
    Worker chosen = null;
    for (Worker x : w.workers.values()) {
      Role r = x.member.role();
      boolean eligibleRole = target == Role.DEVELOPER ? r == Role.TESTER : r == Role.DEVELOPER;
      if (!eligibleRole || x.homeRole != null || x.pulledHours > 0 || x.onboardingLeft > 0
          || x.homeTeam != null) {
        continue;
      }
      if (s.mode() == SwapMode.CONSTRAINED && !covers(x.member, target, need)) {
        continue;
      }
      chosen = x;
      break;
    }
    if (chosen == null) {
      return false;
    }
    chosen.homeRole = chosen.member.role();
    chosen.member = chosen.member.withRole(target);
    chosen.swappedUntil = w.sprint + s.knowledgeDecaySprints() - 1;
    chosen.proficiency = s.proficiency();
    chosen.slowdown = s.contextSwitchSlowdown();
    if (chosen.task != null || chosen.navigating != null) {
      chosen.clearSession(); // the swap takes effect at the next session
    }
    swaps++;
    w.event("role_swapped", null, null, chosen, chosen.homeRole + "->" + target + " " + scenario);
    return true;
  }

  /** Whether the member's specialisations cover the needed work. */
  static boolean covers(Member m, Role target, String need) {
    if (target == Role.TESTER) {
      return TEST_DOMAINS.stream().anyMatch(m::specialisesIn);
    }
    if (!need.equals("developer")) {
      return m.specialisesIn(need);
    }
    if (!TEST_DOMAINS.contains(m.primarySpecialization())) {
      return true;
    }
    return m.auxiliarySpecializations().stream().anyMatch(a -> !TEST_DOMAINS.contains(a));
  }
}

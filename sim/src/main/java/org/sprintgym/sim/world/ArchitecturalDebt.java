package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DisturbanceCoefficients;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * Architectural debt surfaces in a code-base area: work there takes 1.3-1.8 times longer (by
 * default; {@code sim.coefficients.disturbances.debt_slowdown_*}) until a
 * refactoring task (on a card in that area) is done. The hours lost to the slowdown are charged
 * to the disturbance; when its budget is spent the team works around the debt.
 */
final class ArchitecturalDebt implements Disturbance {
  @Override
  public DisturbanceType type() {
    return DisturbanceType.ARCHITECTURAL_DEBT_SURFACES;
  }

  @Override
  public Optional<Strike> plan(World w, double severity, SplittableRandom rnd) {
    List<StoryCard> open = new ArrayList<>();
    for (StoryCard c : w.board.cards()) {
      if (c.state == CardState.IN_PROGRESS) {
        open.add(c);
      }
    }
    if (open.isEmpty()) {
      for (StoryCard c : w.board.cards()) {
        if (c.state == CardState.TODO) {
          open.add(c);
        }
      }
    }
    if (open.isEmpty()) {
      return Optional.empty();
    }
    StoryCard card = open.get(rnd.nextInt(open.size()));
    String area = card.codebaseArea();
    DisturbanceCoefficients c = w.config.disturbanceCoefficients();
    double factor = c.debtSlowdownBase() + c.debtSlowdownPerSeverity() * severity;
    double refactor = (c.debtRefactorHoursBase() + c.debtRefactorHoursPerSeverity() * severity)
        * Disturbance.people(w);
    double allowance = c.debtAllowance() * refactor;
    double quality = c.debtQualityHit() * severity;
    return Optional.of(new Strike(refactor + allowance, quality, area, (impact, scale) -> {
      TaskState t = w.disturbances.addTask(card, "A", refactor * scale, impact, null, false);
      w.disturbances.slowArea(area, impact, factor, t);
      w.event("debt_surfaced", card, t, null, area + " x" + Disturbances.round2(factor));
    }));
  }
}

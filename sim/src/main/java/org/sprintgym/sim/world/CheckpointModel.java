package org.sprintgym.sim.world;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DevelopmentCoefficients;
import org.sprintgym.sim.config.WorkCoefficients;
import org.sprintgym.sim.kernel.StreamRng;

/**
 * The numbers of one test-driven checkpoint: how well a worker fits a card, how fast a driver
 * (and navigator) progresses, how many defects they introduce and catch, what coverage they
 * leave. {@link Development} decides who works on what; this class says what the work yields.
 */
final class CheckpointModel {
  private final World w;
  private final WorkCoefficients k;
  private final DevelopmentCoefficients c;
  private final SprintTally tally;
  private final StreamRng defectRng;

  CheckpointModel(World w, SprintTally tally, StreamRng defectRng) {
    this.w = w;
    this.k = w.config.coefficients();
    this.c = w.config.development();
    this.tally = tally;
    this.defectRng = defectRng;
  }

  /** A driver's speed on a card: seniority, fit, debt, a navigator, parallel work, lost knowledge. */
  double speed(Worker d, Worker nav, StoryCard card, double fit, double navFit, double knowledge) {
    double debt = w.technicalDebt * k.debtSlowdown() * (1 - knowledge);
    boolean lost = w.knowledge.lost(card.codebaseArea());
    return d.speed() * (c.speedBase() + c.speedFit() * fit) * (1 - debt)
        * (nav == null ? 1 : 1 + c.navigatorSpeedup() * navFit) / integrationLoad(card)
        * d.speedFactor(w.config.flow().onboardingSpeed()) / (lost ? w.knowledge.lostSlowdown() : 1);
  }

  /** The coverage proxy of an hour of work at this fit, with or without a navigator. */
  double coverage(double fit, boolean navigator) {
    return Math.min(1, c.coverageBase() + c.coverageFit() * fit
        + (navigator ? c.coverageNavigator() : 0));
  }

  /**
   * Parallel stories get in each other's way (merging, re-testing, coordinating): every other
   * story in progress adds a share of overhead, twice as much when it touches the same area.
   */
  private double integrationLoad(StoryCard card) {
    double load = 1;
    for (StoryCard other : w.board.cards()) {
      if (other != card && other.state == CardState.IN_PROGRESS) {
        load += other.codebaseArea().equals(card.codebaseArea())
            ? 2 * k.integrationOverhead() : k.integrationOverhead();
      }
    }
    return load;
  }

  /** Defects introduced in {@code hours}; those caught now add fix time, the rest stay latent. */
  void introduceDefects(Worker nav, StoryCard card, TaskState t, double hours, double fit,
      double navFit, double knowledge) {
    double lambda = k.defectRate() * hours * Math.exp(c.defectFitSlope() * (c.defectFitPivot() - fit))
        * (1 + card.residualAmbiguity())
        * (1 + c.defectRisk() * card.story.technicalRisk())
        * (1 + w.technicalDebt * (1 - knowledge))
        * w.retro.defectCare()
        * (w.knowledge.lost(card.codebaseArea()) ? w.knowledge.lostDefects() : 1);
    int introduced = new PoissonDistribution(defectRng, lambda, 1e-12,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    if (introduced == 0) {
      return;
    }
    double pCatch = 1 - (1 - k.tddCatch() * fit) * (1 - (nav == null ? 0 : k.navigatorCatch() * navFit));
    int caught = new BinomialDistribution(defectRng, introduced, pCatch).sample();
    card.latentDefects += introduced - caught;
    tally.defectsCaughtDev += caught;
    t.remainingHours += caught * k.fixHours();
  }

  /**
   * Speed in an area slowed by surfaced architectural debt: the hours lost to the slowdown are
   * charged to the disturbance, and once its budget is spent the slowdown ends.
   */
  double slowed(String area, double speed, double personHours) {
    Disturbances.SlowArea slow = w.disturbances == null ? null : w.disturbances.slowdown(area);
    if (slow == null) {
      return speed;
    }
    double lost = personHours * (1 - 1 / slow.factor());
    double charged = slow.impact().charge(lost);
    slow.lostHours()[0] += charged;
    return speed * (1 - (1 - 1 / slow.factor()) * (lost <= 0 ? 0 : charged / lost));
  }

  /**
   * How well a worker fits a card: domain and language skill and knowledge of the area; a
   * swapped member brings only a share of their skill.
   */
  double fit(Worker x, StoryCard card) {
    return x.proficiency * (c.fitDomain() * x.skill(card.domain())
        + c.fitLanguage() * x.skill(card.language()))
        + c.fitKnowledge() * x.knowledgeOf(card.codebaseArea());
  }
}

package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.WorkCoefficients;
import org.sprintgym.sim.kernel.StreamRng;

/**
 * QA: the QA lead, helped by testers who are not navigating, reviews stories in the review column
 * in priority order. Each latent defect is found with a chance that grows with QA skill; any
 * finding rejects the story, which goes back with a rework task. A clean review moves it to done,
 * where it waits for the product owner; whatever QA missed escapes when it is accepted.
 */
final class QualityGate {
  private final World w;
  private final WorkCoefficients k;
  private final SprintTally tally;
  private final CardMoves moves;
  private final StreamRng rng;

  QualityGate(World w, SprintTally tally, CardMoves moves) {
    this.w = w;
    this.k = w.config.coefficients();
    this.tally = tally;
    this.moves = moves;
    this.rng = new StreamRng(w.streams.stream("qa", w.sprint));
  }

  /** Spends this checkpoint's QA hours on the review column. */
  void review(double hours) {
    List<Worker> reviewers = new ArrayList<>();
    double skill = 0;
    for (Worker x : w.workers.values()) {
      Role r = x.member.role();
      if ((r == Role.QA_LEAD || r == Role.TESTER) && x.navigating == null) {
        reviewers.add(x);
        skill = Math.max(skill, x.proficiency * Math.max(x.skill("quality_engineering"),
            x.skill("test_automation")));
      }
    }
    if (reviewers.isEmpty()) {
      return;
    }
    double budget = hours * reviewers.size();
    double spent = 0;
    for (StoryCard card : new ArrayList<>(w.board.cards())) {
      if (budget - spent <= 1e-9) {
        break;
      }
      if (card.state != CardState.REVIEW) {
        continue;
      }
      double use = Math.min(card.reviewHoursLeft, budget - spent);
      card.reviewHoursLeft -= use;
      spent += use;
      if (card.reviewHoursLeft <= 1e-9) {
        decide(card, skill);
      }
    }
    for (Worker x : reviewers) {
      x.sprintHours += spent / reviewers.size();
    }
    promoteWaiting();
  }

  private void decide(StoryCard card, double skill) {
    Disturbances d = w.disturbances;
    if (d != null && d.misunderstandingFound(card)) {
      reject(card, "misunderstanding");
      return;
    }
    double pDetect = k.qaDetect() + k.qaSkillDetect() * skill;
    int found = card.latentDefects == 0 ? 0
        : new BinomialDistribution(rng, card.latentDefects, pDetect).sample();
    if (found == 0 && d != null && d.spuriousFailure(card)) {
      reject(card, "flaky");
      return;
    }
    if (found == 0) {
      card.qaPassed = true;
      moves.move(card, CardState.DONE);
      w.event("qa_passed", card, null, null, "");
      return;
    }
    card.latentDefects -= found;
    card.qaRejections++;
    tally.qaRejections++;
    tally.defectsFoundQa += found;
    double hours = 0;
    double shape = w.config.quality().reworkShape();
    var gamma = new GammaDistribution(rng, shape, k.reworkHoursPerDefect() / shape);
    for (int i = 0; i < found; i++) {
      hours += gamma.sample();
    }
    addRework(card, hours);
    w.event("qa_rejected", card, null, null, Integer.toString(found));
    moves.toInProgressOrPark(card);
  }

  /** A rejection without defects found: the disturbance already put the rework on the card. */
  private void reject(StoryCard card, String why) {
    card.qaRejections++;
    tally.qaRejections++;
    w.event("qa_rejected", card, null, null, "0 " + why);
    moves.toInProgressOrPark(card);
  }

  /**
   * Adds a rework task to a card. Rework has no dependencies and belongs to whoever drove the
   * story's last task: the author fixes their work, so under a loose WIP limit, where the author
   * has moved on to a new story, the fix waits until they are free or stop driving.
   */
  static void addRework(StoryCard card, double hours) {
    var t = new TaskState(card.nextTaskId("R"), card, hours, hours, true);
    t.owner = lastDriver(card);
    card.tasks.add(t);
    card.qaPassed = false;
  }

  static String lastDriver(StoryCard card) {
    String owner = "";
    double last = Double.NEGATIVE_INFINITY;
    for (TaskState t : card.tasks) {
      if (t.done && t.finishedAt > last) {
        last = t.finishedAt;
        owner = t.owner;
      }
    }
    return owner;
  }

  /** Moves stories waiting for a review slot into review, in priority order. */
  void promoteWaiting() {
    for (StoryCard c : w.board.cards()) {
      if (c.awaitingReview && c.state == CardState.IN_PROGRESS
          && w.board.count(CardState.REVIEW) < w.board.reviewLimit()) {
        moves.toReviewIfRoom(c);
      }
    }
  }
}

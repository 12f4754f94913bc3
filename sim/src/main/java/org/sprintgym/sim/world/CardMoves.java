package org.sprintgym.sim.world;

import org.sprintgym.agents.view.CardState;

/**
 * Every change of a card's column goes through here, so the WIP limits are checked in one place
 * and every move is logged.
 */
final class CardMoves {
  private final World w;
  private final SprintTally tally;

  CardMoves(World w, SprintTally tally) {
    this.w = w;
    this.tally = tally;
  }

  /** Moves a card to in progress if the limit allows, else parks it in to-do (work is kept). */
  void toInProgressOrPark(StoryCard card) {
    if (card.state == CardState.IN_PROGRESS) {
      return;
    }
    if (w.board.count(CardState.IN_PROGRESS) < w.board.inProgressLimit()) {
      move(card, CardState.IN_PROGRESS);
    } else {
      move(card, CardState.TODO);
    }
  }

  /** Starts a to-do card; callers check the limit first (the pull rule does). */
  void start(StoryCard card) {
    if (w.board.count(CardState.IN_PROGRESS) >= w.board.inProgressLimit()) {
      throw new IllegalStateException("WIP limit " + w.board.inProgressLimit()
          + " reached: story " + card.storyId() + " may not start");
    }
    move(card, CardState.IN_PROGRESS);
  }

  /** All tasks done: into review if there is room, else wait in progress for a review slot. */
  void toReviewIfRoom(StoryCard card) {
    if (w.board.count(CardState.REVIEW) < w.board.reviewLimit()) {
      card.awaitingReview = false;
      var q = w.config.quality();
      card.reviewHoursLeft = q.reviewHoursBase() + q.reviewHoursPerPoint() * card.points();
      move(card, CardState.REVIEW);
    } else {
      card.awaitingReview = true;
    }
  }

  void move(StoryCard card, CardState to) {
    if (card.state == to) {
      return;
    }
    card.state = to;
    // only the column moved into is checked: cards over a limit lowered mid-run (an
    // intervention) stay where they are, and no new card may join them
    if ((to == CardState.IN_PROGRESS && w.board.count(to) > w.board.inProgressLimit())
        || (to == CardState.REVIEW && w.board.count(to) > w.board.reviewLimit())) {
      throw new IllegalStateException("WIP limits broken moving " + card.storyId() + " to " + to);
    }
    tally.wipMaxInProgress = Math.max(tally.wipMaxInProgress, w.board.count(CardState.IN_PROGRESS));
    tally.wipMaxReview = Math.max(tally.wipMaxReview, w.board.count(CardState.REVIEW));
    w.event("card_state", card, null, null, to.name());
  }
}

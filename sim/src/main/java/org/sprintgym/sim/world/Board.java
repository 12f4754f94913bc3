package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.sprintgym.agents.view.BoardView;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.WipLimits;

/** The sprint board: committed cards in priority order, with WIP limits. */
final class Board implements BoardView {
  private final List<StoryCard> cards = new ArrayList<>();
  private WipLimits limits;
  private final DoubleSupplier hoursLeft;

  Board(WipLimits limits, DoubleSupplier hoursLeft) {
    this.limits = limits;
    this.hoursLeft = hoursLeft;
  }

  @Override
  public double hoursLeftInSprint() {
    return hoursLeft.getAsDouble();
  }

  /** New limits (an intervention); cards already over them stay, no new ones start. */
  void limits(WipLimits newLimits) {
    this.limits = newLimits;
  }

  void commit(List<StoryCard> committed) {
    cards.clear();
    cards.addAll(committed);
    cards.sort(Comparator.comparingInt(StoryCard::priority));
  }

  /** Adds a story pulled into the sprint after planning. */
  void add(StoryCard card) {
    cards.add(card);
    cards.sort(Comparator.comparingInt(StoryCard::priority));
  }

  @Override
  public List<StoryCard> cards() {
    return Collections.unmodifiableList(cards);
  }

  @Override
  public int count(CardState state) {
    int n = 0;
    for (StoryCard c : cards) {
      if (c.state == state) {
        n++;
      }
    }
    return n;
  }

  @Override
  public int inProgressLimit() {
    return limits.inProgress();
  }

  @Override
  public int reviewLimit() {
    return limits.review();
  }
}

package org.sprintgym.agents.behaviour;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Requires;
import org.sprintgym.agents.Seniority;
import org.sprintgym.agents.TeamCoefficients;
import org.sprintgym.agents.view.BoardView;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.agents.view.CardView;
import org.sprintgym.agents.view.TaskView;
import org.sprintgym.agents.view.TeamView;

/**
 * Scripted rules a reasonable agile team follows. Deterministic: ties are broken by board and
 * team order, so all randomness stays in the simulator's streams.
 *
 * <ul>
 *   <li>Refinement: more questions for bigger and vaguer stories; seniors ask fewer but better.
 *   <li>Pull: finish your own task; then start the next story by priority if the WIP limit
 *       allows and two pairs could still finish it this sprint; else swarm on
 *       started stories. Without a binding WIP limit every pair ends up on its own story; a
 *       tight limit makes the team swarm. Prefer work that fits your skills and knowledge.
 *   <li>Pairing: rotate navigators (least recently paired first), then the better fit.
 *   <li>Retrospective: PO rejections -> ask more; QA rejections -> more care; missed commitment
 *       -> commit less.
 * </ul>
 */
public final class ScriptedTeam implements TeamBehaviour {
  private final TeamCoefficients c;

  /** The team at the default numbers. */
  public ScriptedTeam() {
    this(TeamCoefficients.DEFAULTS);
  }

  /** The team with the given skill levels, fit weights, question counts and retro steps. */
  public ScriptedTeam(TeamCoefficients coefficients) {
    this.c = Requires.nonNull(coefficients, "team coefficients");
  }

  @Override
  public int refinementQuestions(CardView card, Member asker, RetroActions retro) {
    double base = c.questionsBase() + card.points() / c.pointsPerQuestion()
        + c.questionsPerAmbiguity() * card.perceivedAmbiguity();
    if (asker.seniority() == Seniority.JUNIOR) {
      base *= c.juniorQuestionShare(); // juniors hesitate to ask
    }
    return (int) Math.round(base) + retro.extraQuestions();
  }

  @Override
  public Optional<String> chooseTask(Member driver, BoardView board, TeamView team) {
    // 1. carry on with a ready task this driver already owns
    for (CardView card : board.cards()) {
      if (card.state() != CardState.IN_PROGRESS) {
        continue;
      }
      for (TaskView t : card.tasks()) {
        if (t.ready() && driver.id().equals(t.owner())) {
          return Optional.of(t.id());
        }
      }
    }
    // 2. like most teams, prefer a story of one's own: start the next one if the WIP limit allows
    if (board.canStartStory()) {
      Optional<String> fresh = bestUnowned(driver, board, team, CardState.TODO);
      if (fresh.isPresent()) {
        return fresh;
      }
    }
    // 3. otherwise swarm on stories already in progress, best fit first
    return bestUnowned(driver, board, team, CardState.IN_PROGRESS);
  }

  private Optional<String> bestUnowned(Member driver, BoardView board, TeamView team, CardState state) {
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int firstPriority = Integer.MAX_VALUE;
    for (CardView card : board.cards()) {
      if (card.state() != state) {
        continue;
      }
      if (state == CardState.TODO && card.priority() > firstPriority) {
        break; // start stories strictly in priority order: only the first startable one counts
      }
      if (state == CardState.TODO && !fitsInSprint(card, board)) {
        continue; // don't start what cannot be finished before the review
      }
      for (TaskView t : card.tasks()) {
        if (!t.ready() || !claimable(t, driver, team)) {
          continue;
        }
        double score = fit(driver, card, team) - card.priority() * 1e-3;
        if (score > bestScore) {
          bestScore = score;
          best = t.id();
          firstPriority = card.priority();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether two pairs could finish the card's planned work before the sprint review. */
  public static boolean fitsInSprint(CardView card, BoardView board) {
    return card.plannedHoursLeft() / 2 <= board.hoursLeftInSprint();
  }

  /**
   * A task is free to take when nobody owns it, or its owner is not driving this session (the
   * driver owns the task, so ownership passes to whoever drives it next).
   */
  static boolean claimable(TaskView t, Member driver, TeamView team) {
    return t.owner().isEmpty() || t.owner().equals(driver.id()) || !team.driving(t.owner());
  }

  /** How well a member fits a card: skill in domain and language plus knowledge of the area. */
  double fit(Member m, CardView card, TeamView team) {
    return c.fitDomain() * m.skill(card.domain(), c) + c.fitLanguage() * m.skill(card.language(), c)
        + c.fitKnowledge() * team.knowledge(m.id(), card.codebaseArea());
  }

  @Override
  public Optional<Member> chooseNavigator(
      Member driver, CardView card, List<Member> candidates, TeamView team) {
    return candidates.stream()
        .filter(m -> !m.id().equals(driver.id()))
        .max(Comparator.<Member>comparingInt(m -> team.sessionsSincePaired(driver.id(), m.id()))
            .thenComparingDouble(m -> fit(m, card, team)));
  }

  @Override
  public RetroActions retrospective(SprintOutcome o) {
    RetroActions prev = o.previous();
    int extra = o.poRejections() > 0
        ? Math.min((int) c.maxExtraQuestions(), prev.extraQuestions() + 1)
        : Math.max(0, prev.extraQuestions() - 1);
    double care = o.qaRejections() >= c.careRejections()
        ? Math.max(c.careFloor(), prev.defectCare() - c.careStep())
        : Math.min(1.0, prev.defectCare() + c.careStep());
    double adjust = 1.0;
    if (o.committedPoints() > 0) {
      double ratio = (double) o.acceptedPoints() / o.committedPoints();
      adjust = ratio < c.commitLowRatio() ? c.commitDown()
          : ratio > c.commitHighRatio() ? c.commitUp() : 1.0;
    }
    return new RetroActions(extra, care, adjust);
  }
}

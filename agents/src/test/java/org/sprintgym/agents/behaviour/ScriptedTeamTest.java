package org.sprintgym.agents.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.agents.Team;
import org.sprintgym.agents.view.BoardView;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.agents.view.CardView;
import org.sprintgym.agents.view.TaskView;
import org.sprintgym.agents.view.TeamView;

class ScriptedTeamTest {
  private final ScriptedTeam team = new ScriptedTeam();
  private final Member backendDev = Member.of("b", "B", Role.DEVELOPER, Seniority.MID, "backend", List.of());

  record Task(String id, String storyId, double plannedHours, boolean ready, boolean done,
      String owner, boolean rework) implements TaskView {}

  record Card(String storyId, int points, int priority, String domain, String language,
      String codebaseArea, CardState state, double perceivedAmbiguity, int questionsAsked,
      List<Task> tasks) implements CardView {}

  record Board(List<Card> cards, int inProgressLimit, int reviewLimit, double hoursLeftInSprint)
      implements BoardView {
    @Override
    public int count(CardState s) {
      return (int) cards.stream().filter(c -> c.state() == s).count();
    }
  }

  static TeamView people(Map<String, Integer> lastPaired, List<String> driving) {
    return new TeamView() {
      @Override public List<Member> members() { return Team.aatDefault().members(); }
      @Override public double knowledge(String memberId, String area) { return 0; }
      @Override public boolean driving(String memberId) { return driving.contains(memberId); }
      @Override public int sessionsSincePaired(String a, String b) {
        return lastPaired.getOrDefault(b, 1000);
      }
    };
  }

  static Card card(String id, int priority, CardState state, Task... tasks) {
    return new Card(id, 3, priority, "backend", "python", "backend/x", state, 0.5, 0, List.of(tasks));
  }

  static Task task(String id, String story, boolean ready, String owner) {
    return new Task(id, story, 6, ready, false, owner, false);
  }

  @Test
  void aDriverFinishesOwnWorkFirst() {
    var board = new Board(List.of(
        card("S1", 1, CardState.IN_PROGRESS, task("S1/T1", "S1", true, "")),
        card("S2", 2, CardState.IN_PROGRESS, task("S2/T1", "S2", true, "b"))), 4, 2, 30);
    assertThat(team.chooseTask(backendDev, board, people(Map.of(), List.of())))
        .contains("S2/T1");
  }

  @Test
  void withRoomADriverStartsTheNextStoryElseSwarms() {
    var todo = card("S3", 3, CardState.TODO, task("S3/T1", "S3", true, ""));
    var started = card("S1", 1, CardState.IN_PROGRESS, task("S1/T2", "S1", true, ""));
    var roomy = new Board(List.of(started, todo), 4, 2, 30);
    assertThat(team.chooseTask(backendDev, roomy, people(Map.of(), List.of()))).contains("S3/T1");
    var full = new Board(List.of(started, todo), 1, 2, 30);
    assertThat(team.chooseTask(backendDev, full, people(Map.of(), List.of()))).contains("S1/T2");
  }

  @Test
  void noStoryIsStartedThatCannotBeFinishedBeforeTheReview() {
    var big = card("S3", 3, CardState.TODO, task("S3/T1", "S3", true, ""), task("S3/T2", "S3", false, ""));
    var lateBoard = new Board(List.of(big), 4, 2, 4);
    assertThat(team.chooseTask(backendDev, lateBoard, people(Map.of(), List.of()))).isEmpty();
  }

  @Test
  void tasksOwnedByADrivingMemberAreLeftAlone() {
    var board = new Board(List.of(card("S1", 1, CardState.IN_PROGRESS,
        task("S1/T1", "S1", true, "other"))), 1, 2, 30);
    assertThat(team.chooseTask(backendDev, board, people(Map.of(), List.of("other")))).isEmpty();
    assertThat(team.chooseTask(backendDev, board, people(Map.of(), List.of()))).contains("S1/T1");
  }

  @Test
  void navigatorsRotateToWhoeverPairedLeastRecently() {
    Member x = Member.of("x", "X", Role.DEVELOPER, Seniority.SENIOR, "backend", List.of());
    Member y = Member.of("y", "Y", Role.DEVELOPER, Seniority.JUNIOR, "frontend", List.of());
    var c = card("S1", 1, CardState.IN_PROGRESS);
    Optional<Member> nav = team.chooseNavigator(backendDev, c, List.of(x, y),
        people(Map.of("x", 1, "y", 5), List.of()));
    assertThat(nav).contains(y);
    Optional<Member> tie = team.chooseNavigator(backendDev, c, List.of(y, x),
        people(Map.of("x", 3, "y", 3), List.of()));
    assertThat(tie).contains(x); // equal rotation: the better fit for the card
  }

  @Test
  void retrospectivesReactToRejectionsAndMissedCommitments() {
    var after = team.retrospective(new SprintOutcome(20, 8, 3, 1, RetroActions.none()));
    assertThat(after.extraQuestions()).isEqualTo(1);
    assertThat(after.defectCare()).isLessThan(1.0);
    assertThat(after.commitmentAdjust()).isLessThan(1.0);
    var calm = team.retrospective(new SprintOutcome(20, 20, 0, 0, after));
    assertThat(calm.extraQuestions()).isZero();
    assertThat(calm.defectCare()).isGreaterThan(after.defectCare());
    assertThat(calm.commitmentAdjust()).isGreaterThan(1.0);
  }

  @Test
  void biggerAndVaguerStoriesGetMoreQuestions() {
    var clear = new Card("S1", 1, 1, "backend", "python", "a", CardState.TODO, 0.1, 0, new ArrayList<>());
    var vague = new Card("S2", 8, 1, "backend", "python", "a", CardState.TODO, 0.9, 0, new ArrayList<>());
    int q1 = team.refinementQuestions(clear, backendDev, RetroActions.none());
    int q2 = team.refinementQuestions(vague, backendDev, RetroActions.none());
    assertThat(q2).isGreaterThan(q1);
    assertThat(team.refinementQuestions(clear, backendDev, new RetroActions(2, 1.0, 1.0))).isEqualTo(q1 + 2);
  }
}

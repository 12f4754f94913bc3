package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.behaviour.ScriptedTeam;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.DevelopmentCoefficients;
import org.sprintgym.sim.config.WorkCoefficients;
import org.sprintgym.sim.kernel.StreamRng;

/**
 * Development days: pairing sessions (driver = task owner, a rotating navigator, testers
 * navigating a configured share of sessions) and test-driven checkpoints at which work progresses,
 * defects are introduced and partly caught, and members learn the code base.
 */
final class Development {
  private final World w;
  private final WorkCoefficients k;
  private final DevelopmentCoefficients c;
  private final SprintTally tally;
  private final CardMoves moves;
  private final QualityGate qa;
  private final SprintPlanning planner;
  private final SplittableRandom pairingRnd;
  private final CheckpointModel model;
  /** Workers driving a task this session, in team order. */
  private final List<Worker> drivers = new ArrayList<>();

  Development(World w, SprintTally tally, CardMoves moves, QualityGate qa, SprintPlanning planner) {
    this.w = w;
    this.planner = planner;
    this.k = w.config.coefficients();
    this.c = w.config.development();
    this.tally = tally;
    this.moves = moves;
    this.qa = qa;
    this.pairingRnd = w.streams.stream("pairing", w.sprint);
    this.model = new CheckpointModel(w, tally, new StreamRng(w.streams.stream("defects", w.sprint)));
  }

  /** Forms pairs and hands out tasks at the start of a session. */
  void startSession(boolean afternoon) {
    w.session++;
    drivers.clear();
    for (Worker x : w.workers.values()) {
      x.clearSession();
    }
    List<Worker> devs = rotatedDevelopers(afternoon);
    List<Worker> joiningTesters = new ArrayList<>();
    if (w.config.pairing()) {
      for (Worker x : w.workers.values()) {
        if (x.member.role() == Role.TESTER && pairingRnd.nextDouble() < w.config.testerPairing().rate()
            && available(x)) {
          joiningTesters.add(x);
        }
      }
    }
    int pool = devs.size() + joiningTesters.size();
    int wanted = w.config.pairing() ? Math.min(devs.size(), (pool + 1) / 2) : devs.size();
    pullWork(wanted);
    for (Worker d : devs) {
      if (drivers.size() >= wanted) {
        break;
      }
      takeTask(d);
    }
    if (w.config.pairing()) {
      var candidates = new ArrayList<Worker>(joiningTesters);
      for (Worker d : devs) {
        if (d.free()) {
          candidates.add(d);
        }
      }
      for (Worker d : drivers) {
        pickNavigator(d, candidates);
      }
    }
    for (Worker d : devs) {
      if (d.free()) {
        takeTask(d); // nobody to pair with: drive solo
      }
    }
    drivers.sort((a, b) -> Integer.compare(teamIndex(a), teamIndex(b)));
  }

  /**
   * When the sprint's committed work cannot keep the drivers busy and the WIP limit allows, the
   * product owner pulls the next story from the product backlog into the sprint (a story pulled
   * mid-sprint gets no refinement of its own this sprint).
   */
  private void pullWork(int drivers) {
    while (openTasks() < drivers && w.board.canStartStory() && !w.productBacklog.isEmpty()
        && !hasUnstartedCard()) {
      StoryCard card = firstUnblocked();
      if (card == null) {
        return;
      }
      if (!card.planned) {
        planner.decompose(card, planner.planQuality(card));
      }
      if (!ScriptedTeam.fitsInSprint(card, w.board)) {
        return; // the PO pulls nothing that cannot be finished before the review
      }
      w.productBacklog.remove(card);
      w.board.add(card);
      tally.committedPoints += card.points();
      tally.pulledPoints += card.points();
      tally.storiesCommitted++;
      w.event("story_pulled", card, null, null, Integer.toString(card.points()));
    }
  }

  private StoryCard firstUnblocked() {
    for (StoryCard c : w.productBacklog) {
      if (!w.blocked.test(c)) {
        return c;
      }
    }
    return null;
  }

  private boolean hasUnstartedCard() {
    for (StoryCard c : w.board.cards()) {
      if (c.state == CardState.TODO) {
        return true;
      }
    }
    return false;
  }

  /** Ready tasks on in-progress cards that nobody drives. */
  private int openTasks() {
    int n = 0;
    for (StoryCard c : w.board.cards()) {
      if (c.state == CardState.IN_PROGRESS) {
        for (TaskState t : c.tasks) {
          if (t.ready()) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Developers who can drive this session, starting with those who own started work. */
  private List<Worker> rotatedDevelopers(boolean afternoon) {
    var all = new ArrayList<Worker>();
    for (Worker x : w.workers.values()) {
      Role r = x.member.role();
      if ((r == Role.DEVELOPER || (r == Role.DEV_LEAD && afternoon)) && available(x)) {
        all.add(x);
      }
    }
    var rotated = new ArrayList<Worker>(all.size());
    int n = all.size();
    for (int i = 0; i < n; i++) {
      rotated.add(all.get((i + w.session) % n));
    }
    var owners = new ArrayList<Worker>();
    var others = new ArrayList<Worker>();
    for (Worker x : rotated) {
      (ownsOpenTask(x) ? owners : others).add(x);
    }
    owners.addAll(others);
    return owners;
  }

  /**
   * Whether a member works on the board this session: not pulled off by a disturbance, a member
   * who gives the team a share of their time in that share of sessions, and a new hire in
   * onboarding only every other session (reduced load).
   */
  private boolean available(Worker x) {
    if (x.pulledHours > 0) {
      return false;
    }
    double share = x.share * w.capacityShare;
    if (share < 1 && Math.floor(w.session * share + 1e-9) == Math.floor((w.session - 1) * share + 1e-9)) {
      return false; // a part-timer works a share of the sessions, evenly spread
    }
    return x.onboardingLeft == 0 || w.session % 2 == 0;
  }

  private boolean ownsOpenTask(Worker x) {
    for (StoryCard c : w.board.cards()) {
      if (c.state == CardState.IN_PROGRESS) {
        for (TaskState t : c.tasks) {
          if (t.ready() && x.id().equals(t.owner)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int teamIndex(Worker x) {
    int i = 0;
    for (Worker y : w.workers.values()) {
      if (y == x) {
        return i;
      }
      i++;
    }
    return i;
  }

  private boolean takeTask(Worker d) {
    Optional<String> choice = w.behaviour.chooseTask(d.member, w.board, w);
    if (choice.isEmpty()) {
      return false;
    }
    TaskState t = findTask(choice.get());
    if (t == null || !t.ready() || !(t.owner.isEmpty() || t.owner.equals(d.id()) || !w.driving(t.owner))) {
      throw new IllegalStateException("behaviour chose task " + choice.get() + " for " + d.id()
          + " which is not a ready task they may take");
    }
    StoryCard card = t.card();
    if (card.state == CardState.TODO) {
      moves.start(card);
    } else if (card.state != CardState.IN_PROGRESS) {
      throw new IllegalStateException("task " + t.id() + " chosen on a " + card.state + " card");
    }
    if (!card.started()) {
      card.firstStart = w.kernel.now();
    }
    t.owner = d.id();
    if (!t.started()) {
      t.startedAt = w.kernel.now();
      w.event("task_started", card, t, d, "");
    }
    d.task = t;
    if (!drivers.contains(d)) {
      drivers.add(d);
    }
    return true;
  }

  private TaskState findTask(String id) {
    for (StoryCard c : w.board.cards()) {
      for (TaskState t : c.tasks) {
        if (t.id().equals(id)) {
          return t;
        }
      }
    }
    return null;
  }

  private void pickNavigator(Worker driver, List<Worker> candidates) {
    if (candidates.isEmpty() || driver.task == null) {
      return;
    }
    var members = new ArrayList<Member>(candidates.size());
    for (Worker c : candidates) {
      members.add(c.member);
    }
    Optional<Member> nav = driver.onboardingLeft > 0 && driver.buddy != null
        && candidates.contains(driver.buddy)
        ? Optional.of(driver.buddy.member) // the buddy pairs with the new hire
        : w.behaviour.chooseNavigator(driver.member, driver.task.card(), members, w);
    if (nav.isEmpty()) {
      return;
    }
    Worker n = w.workers.get(nav.get().id());
    if (n == null || !candidates.remove(n)) {
      throw new IllegalStateException("behaviour chose navigator " + nav.get().id()
          + " who is not free for " + driver.id());
    }
    driver.navigator = n;
    n.navigating = driver;
    driver.lastPaired.put(n.id(), w.session);
    n.lastPaired.put(driver.id(), w.session);
    w.event("paired", driver.task.card(), driver.task, driver, n.id());
  }

  /** One test-driven checkpoint of {@code hours}: progress, defects, learning, then QA. */
  void checkpoint(double hours) {
    for (Worker x : w.workers.values()) {
      if (x.pulledHours > 0) {
        double spent = Math.min(hours, x.pulledHours);
        x.pulledHours -= spent;
        x.sprintHours += spent;
        if (x.pulledBy != null) {
          x.pulledBy.charge(spent);
        }
        if (x.pulledHours <= 1e-9) {
          x.pulledHours = 0;
          w.event("responder_released", null, null, x, "");
        }
      }
    }
    for (Worker d : new ArrayList<>(drivers)) {
      if (d.task != null) {
        work(d, hours);
      }
    }
    qa.review(hours);
  }

  private void work(Worker d, double hours) {
    TaskState t = d.task;
    StoryCard card = t.card();
    Worker nav = d.navigator;
    double fit = model.fit(d, card);
    double navFit = nav == null ? 0 : model.fit(nav, card);
    String area = card.codebaseArea();
    double knowledge = d.knowledgeOf(area);
    double speed = model.speed(d, nav, card, fit, navFit, knowledge);
    double people = nav == null ? 1 : 2;
    if (t.impact != null) {
      t.remainingHours -= t.impact.charge(people * hours); // disturbance work: person-hours
      if (t.impact.exhausted()) {
        t.remainingHours = 0;
      }
    } else {
      t.remainingHours -= model.slowed(area, speed, people * hours) * hours;
    }
    t.personHours += people * hours;
    t.driverHours += hours;
    d.sprintHours += hours;
    if (nav != null) {
      nav.sprintHours += hours;
    }
    if (t.rework()) {
      tally.reworkHours += people * hours;
      card.reworkHours += people * hours;
    }
    model.introduceDefects(nav, card, t, hours, fit, navFit, knowledge);
    tally.coverageWeighted += hours * model.coverage(fit, nav != null);
    tally.coverageHours += hours;
    w.knowledge.touch(area);
    d.learn(area, hours, k.learningRate());
    if (nav != null) {
      nav.learn(area, hours, c.navigatorLearning() * k.learningRate());
    }
    if (w.knowledge.relearn(area, d) || (nav != null && w.knowledge.relearn(area, nav))) {
      w.event("knowledge_relearned", card, t, d, area);
    }
    if (d.conventions > 1) {
      // learning the team's conventions
      d.conventions = Math.max(1, d.conventions - c.conventionsLearning() * hours);
    }
    if (t.remainingHours <= 1e-9) {
      finishTask(d, t);
    }
  }

  private void finishTask(Worker d, TaskState t) {
    t.done = true;
    t.remainingHours = 0;
    t.finishedAt = w.kernel.now();
    w.event("task_done", t.card(), t, d, "");
    d.task = null;
    StoryCard card = t.card();
    if (card.allTasksDone()) {
      moves.toReviewIfRoom(card);
    }
    if (!takeTask(d)) {
      drivers.remove(d);
      if (d.navigator != null) {
        d.navigator.navigating = null;
        d.navigator = null;
      }
    }
  }

  /** Releases everyone at the end of a session. */
  void endSession() {
    for (Worker x : w.workers.values()) {
      x.clearSession();
    }
    drivers.clear();
  }
}

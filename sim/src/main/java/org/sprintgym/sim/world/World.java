package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.behaviour.RetroActions;
import org.sprintgym.agents.behaviour.TeamBehaviour;
import org.sprintgym.agents.view.TeamView;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.EventLog;
import org.sprintgym.sim.kernel.RandomStreams;
import org.sprintgym.sim.kernel.SimKernel;
import org.sprintgym.sim.kernel.WorkCalendar;

/**
 * The mutable state of one team's simulation, shared by the sprint phases. Package-private: the
 * outside sees {@link TeamSimulation}; agents see {@link TeamView} and the board view.
 */
final class World implements TeamView {
  /** The configuration in force this sprint: interventions replace it at a sprint's start. */
  SimConfig config;
  final RandomStreams streams;
  final SimKernel kernel;
  final WorkCalendar calendar;
  /** Working minute at which the current sprint ends (the next one starts); 0 before sprint 1. */
  double sprintEnd;
  /** Share of their time every member gives the board (a capacity intervention; 1 as configured). */
  double capacityShare = 1;
  /** Effort records of the stories accepted so far, in order of acceptance. */
  final List<StoryEffort> storyEfforts = new ArrayList<>();
  /** The interventions that took effect at this sprint's start, in their command-line form. */
  final List<String> interventionsApplied = new ArrayList<>();
  final EventLog log;
  final TeamBehaviour behaviour;
  final Map<String, Worker> workers = new LinkedHashMap<>();
  final Board board;
  /** Stories not yet committed, in priority order (file order breaks ties). */
  final List<StoryCard> productBacklog = new ArrayList<>();
  /** Stories committed in earlier sprints and not accepted yet. */
  final List<StoryCard> carriedOver = new ArrayList<>();
  final List<Integer> velocities = new ArrayList<>();
  final String teamId;
  final double technicalDebt;
  /** Members who coordinate several teams: never on this team's board. */
  final List<Member> coordinators = new ArrayList<>();
  final KnowledgeMap knowledge;
  final ProfileSwapping swapping = new ProfileSwapping();
  final Attrition attrition = new Attrition();
  /** The current sprint's disturbances (null before the first sprint). */
  Disturbances disturbances;
  /** Stories that may not be committed yet (a cross-team dependency not delivered). */
  java.util.function.Predicate<StoryCard> blocked = c -> false;
  int borrowedIn;
  int borrowedOut;
  RetroActions retro = RetroActions.none();
  /** Plan quality set from outside for some stories (an episode's decomposition), by story id. */
  final Map<String, Double> planQualityOf = new java.util.HashMap<>();
  /**
   * How the team responds to disturbances from now on (an episode's triage): a factor on the
   * capacity-hours and the quality regression each one would cost, 1 for the scripted response.
   */
  double disturbanceResponse = 1;
  int sprint;
  /** Global pairing-session counter, for rotation. */
  int session;

  World(SimConfig config, Backlog backlog, long seed, TeamBehaviour behaviour, boolean logEvents) {
    this.config = config;
    this.knowledge = new KnowledgeMap(config.knowledge());
    this.streams = new RandomStreams(seed);
    this.kernel = new SimKernel(streams.seedOf("kernel"));
    this.calendar = WorkCalendar.of(config.hoursPerDay(), config.sprintDays());
    this.log = new EventLog(logEvents);
    this.behaviour = behaviour;
    this.board = new Board(config.wipLimits(),
        () -> (sprintEnd - kernel.now()) / 60.0);
    this.teamId = config.team().id();
    this.technicalDebt = backlog.product().technicalDebt();
    for (Member m : config.team().members()) {
      if (m.role() == org.sprintgym.agents.Role.COORDINATOR) {
        coordinators.add(m);
      } else {
        var x = new Worker(m, config.teamCoefficients().team());
        workers.put(m.id(), x);
        knowledge.addKnown(x);
      }
    }
    var stories = new ArrayList<>(backlog.stories());
    stories.sort(java.util.Comparator.comparingInt(Story::priority)); // stable: file order on ties
    for (Story s : stories) {
      productBacklog.add(new StoryCard(s, config.planning()));
    }
  }

  @Override
  public List<Member> members() {
    var list = new ArrayList<Member>(workers.size());
    for (Worker w : workers.values()) {
      list.add(w.member);
    }
    return list;
  }

  @Override
  public double knowledge(String memberId, String area) {
    Worker w = workers.get(memberId);
    return w == null ? 0.0 : w.knowledgeOf(area);
  }

  @Override
  public boolean driving(String memberId) {
    Worker w = workers.get(memberId);
    return w != null && w.task != null;
  }

  @Override
  public int sessionsSincePaired(String a, String b) {
    Worker w = workers.get(a);
    Integer last = w == null ? null : w.lastPaired.get(b);
    return last == null ? Integer.MAX_VALUE / 2 : session - last;
  }

  /** The card of {@code storyId} wherever it is (product backlog, carried over, board), or null. */
  StoryCard card(String storyId) {
    for (StoryCard c : productBacklog) {
      if (c.storyId().equals(storyId)) {
        return c;
      }
    }
    for (StoryCard c : carriedOver) {
      if (c.storyId().equals(storyId)) {
        return c;
      }
    }
    for (StoryCard c : board.cards()) {
      if (c.storyId().equals(storyId)) {
        return c;
      }
    }
    return null;
  }

  /** Share of a working day this worker gives the board: availability, split share, capacity. */
  double share(Worker x) {
    return x.member.availability() * x.share * capacityShare;
  }

  void event(String type, StoryCard card, TaskState task, Worker who, String detail) {
    if (log.enabled()) {
      log.add(kernel.now(), sprint, type, card == null ? null : card.storyId(),
          task == null ? null : task.id(), who == null ? null : who.id(), detail);
    }
  }
}

package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.behaviour.SprintOutcome;
import org.sprintgym.agents.view.CardState;
import org.sprintgym.sim.config.FlowCoefficients;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.kernel.StreamRng;
import org.sprintgym.sim.stats.Stats;

/**
 * One sprint on the event kernel: refinement and planning in the first session, development
 * days with stand-ups and pairing sessions of test-driven checkpoints, QA throughout, then the
 * sprint review (PO acceptance), the retrospective and carry-over.
 */
final class SprintProcess {
  // Priorities of events sharing a time: close the old session before opening the next.
  static final int P_CHECKPOINT = 20;
  static final int P_SESSION_END = 22;
  static final int P_DAY_END = 24;
  static final int P_CEREMONY = 30;
  static final int P_SESSION = 40;
  static final int P_REVIEW = 60;
  static final int P_RETRO = 70;

  private final World w;
  private final SimConfig cfg;
  private final FlowCoefficients f;
  private final SprintTally tally = new SprintTally();
  private final CardMoves moves;
  private final QualityGate qa;
  private final Development dev;
  private final SprintPlanning planning;

  SprintProcess(World world) {
    this.w = world;
    this.cfg = world.config;
    this.f = world.config.flow();
    this.moves = new CardMoves(world, tally);
    this.qa = new QualityGate(world, tally, moves);
    this.planning = new SprintPlanning(world);
    this.dev = new Development(world, tally, moves, qa, planning);
  }

  /** Schedules and runs the whole sprint; returns its record. */
  SprintRecord run() {
    double t0 = w.sprintEnd;
    double day = w.calendar.minutesPerDay();
    w.sprintEnd = t0 + cfg.sprintDays() * day;
    int sessions = cfg.sessionsPerDay();
    double sessionMinutes = day / sessions;
    int checkpoints = cfg.checkpointsPerSession();
    double checkpointHours = sessionMinutes / 60.0 / checkpoints;
    for (Worker x : w.workers.values()) {
      x.sprintHours = 0;
    }
    w.disturbances = new Disturbances(w, tally, planning, capacityHours());
    w.kernel.schedule(t0, P_CEREMONY, "sprint_planning", this::planSprint);
    w.disturbances.schedule(t0);
    for (int d = 0; d < cfg.sprintDays(); d++) {
      double dayStart = t0 + d * day;
      if (d > 0) {
        w.kernel.schedule(dayStart, P_CEREMONY, "stand_up", this::standUp);
      }
      for (int s = 0; s < sessions; s++) {
        boolean ceremonies = d == 0 && s == 0;
        if (ceremonies && sessions > 1) {
          continue; // refinement and planning take the sprint's first session
        }
        double start = dayStart + s * sessionMinutes;
        boolean afternoon = s >= sessions / 2;
        w.kernel.schedule(start, P_SESSION, "session_start", () -> dev.startSession(afternoon));
        for (int c = 1; c <= checkpoints; c++) {
          double hours = checkpointHours;
          if (c == 1 && s == 0 && d > 0) {
            hours -= f.standUpHours(); // the stand-up
          }
          if (ceremonies) {
            hours *= f.firstSessionWorkShare(); // one session a day: ceremonies take the rest of the first
          }
          double h = Math.max(0, hours);
          w.kernel.schedule(start + c * sessionMinutes / checkpoints, P_CHECKPOINT, "checkpoint",
              () -> dev.checkpoint(h));
        }
        w.kernel.schedule(start + sessionMinutes, P_SESSION_END, "session_end", dev::endSession);
      }
      w.kernel.schedule(dayStart + day, P_DAY_END, "day_end", this::dayEnd);
    }
    double end = t0 + cfg.sprintDays() * day;
    w.kernel.schedule(end, P_REVIEW, "sprint_review", this::sprintReview);
    w.kernel.schedule(end, P_RETRO, "retrospective", this::retrospective);
    w.kernel.runAll();
    return record();
  }

  private void planSprint() {
    int target = planning.commitmentTarget();
    var candidates = new ArrayList<StoryCard>(w.carriedOver);
    int points = 0;
    for (StoryCard c : w.productBacklog) {
      if (points >= cfg.planning().refinementHorizon() * target) {
        break;
      }
      candidates.add(c);
      points += c.points();
    }
    int[] refined = planning.refine(candidates, w.streams.stream("refinement", w.sprint));
    tally.refinementQuestions = refined[0];
    tally.criteriaDiscovered = refined[1];
    List<StoryCard> committed = planning.selectStories(target);
    w.carriedOver.clear();
    for (StoryCard c : committed) {
      if (!c.planned) {
        planning.decompose(c, planning.planQuality(c));
        for (TaskState t : c.tasks) {
          w.event("task_planned", c, t, null, depsOf(t));
        }
      }
      tally.committedPoints += c.points();
      tally.storiesCommitted++;
    }
    w.board.commit(committed);
    w.event("sprint_committed", null, null, null,
        tally.storiesCommitted + " stories, " + tally.committedPoints + " points");
    coverSpecialisms(committed);
    for (Worker x : w.workers.values()) {
      x.sprintHours += x.member.role() == Role.PRODUCT_OWNER ? f.poPlanningMeetingHours()
          : f.planningMeetingHours(); // planning meeting
    }
  }

  /** A committed domain no driver specialises in asks for a swap (scenario specialist_unavailable). */
  private void coverSpecialisms(List<StoryCard> committed) {
    var checked = new java.util.HashSet<String>();
    for (StoryCard c : committed) {
      if (!checked.add(c.domain())) {
        continue;
      }
      boolean covered = false;
      for (Worker x : w.workers.values()) {
        covered |= x.member.role().drivesTasks() && x.member.specialisesIn(c.domain());
      }
      if (!covered) {
        w.swapping.trigger(w, "specialist_unavailable", c.domain());
      }
    }
  }

  private static String depsOf(TaskState t) {
    var sb = new StringBuilder("deps=");
    for (int i = 0; i < t.dependencies.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(t.dependencies.get(i).id());
    }
    return sb.toString();
  }

  private void standUp() {
    for (Worker x : w.workers.values()) {
      x.sprintHours += f.standUpHours();
    }
    qa.promoteWaiting();
  }

  private void dayEnd() {
    int wip = 0;
    for (StoryCard c : w.board.cards()) {
      if (c.started() && c.state != CardState.ACCEPTED) {
        wip++;
      }
    }
    tally.wipSum += wip;
    tally.wipSamples++;
  }

  /**
   * The product owner reviews every story that passed QA. A hidden criterion nobody asked about
   * may still have been built by a skilled developer; one that is missing gets the story rejected.
   */
  private void sprintReview() {
    SplittableRandom rnd = w.streams.stream("review", w.sprint);
    var rng = new StreamRng(rnd);
    var k = cfg.coefficients();
    for (StoryCard card : w.board.cards()) {
      if (card.state != CardState.DONE) {
        continue;
      }
      if (!card.qaPassed) {
        throw new IllegalStateException("story " + card.storyId() + " is done without passing QA");
      }
      double skill = builderSkill(card);
      int missing = 0;
      for (int i = 0; i < card.discovered.length; i++) {
        if (!card.discovered[i]) {
          card.discovered[i] = true; // built anyway, or found missing now: either way known
          if (rnd.nextDouble() >= k.anticipation() * skill) {
            missing++;
          }
        }
      }
      if (missing > 0) {
        card.poRejections++;
        tally.poRejections++;
        tally.criteriaMissed += missing;
        var gamma = new GammaDistribution(rng, f.criterionReworkShape(),
            k.reworkHoursPerCriterion() / f.criterionReworkShape());
        double hours = 0;
        for (int i = 0; i < missing; i++) {
          hours += gamma.sample();
        }
        QualityGate.addRework(card, hours);
        w.event("po_rejected", card, null, null, Integer.toString(missing));
        moves.toInProgressOrPark(card);
      } else {
        moves.move(card, CardState.ACCEPTED);
        tally.velocity += card.points();
        tally.storiesAccepted++;
        tally.defectsEscaped += card.latentDefects;
        double cycleDays = w.calendar.workingDays(card.firstStart, w.kernel.now());
        tally.cycleTimeSum += cycleDays;
        w.storyEfforts.add(StoryEffort.of(card, w.teamId, w.sprint, cycleDays));
        w.event("po_accepted", card, null, null, Integer.toString(card.points()));
      }
    }
    for (Worker x : w.workers.values()) {
      x.sprintHours += f.reviewMeetingHours(); // sprint review meeting
    }
  }

  /** Mean domain skill of the members who drove the story's tasks. */
  private double builderSkill(StoryCard card) {
    double[] skills = card.tasks.stream().map(t -> w.workers.get(t.owner)).filter(x -> x != null)
        .mapToDouble(x -> x.skill(card.domain())).toArray();
    return skills.length == 0 ? f.unknownBuilderSkill() : Stats.orderedMean(skills);
  }

  private void retrospective() {
    var outcome = new SprintOutcome(tally.committedPoints, tally.velocity, tally.qaRejections,
        tally.poRejections, w.retro);
    w.retro = w.behaviour.retrospective(outcome);
    w.velocities.add(tally.velocity);
    for (Worker x : w.workers.values()) {
      x.sprintHours += f.retrospectiveHours(); // retrospective meeting
    }
    for (StoryCard card : w.board.cards()) {
      if (card.state == CardState.ACCEPTED) {
        continue;
      }
      card.carryOvers++;
      if (card.carryOvers > cfg.maxCarryOvers()) {
        tally.droppedPoints += card.points();
        moves.move(card, CardState.TODO);
        w.productBacklog.add(card); // back to the product backlog, behind everything else
        w.event("story_dropped", card, null, null, Integer.toString(card.carryOvers));
      } else {
        tally.carriedOverPoints += card.points();
        w.carriedOver.add(card);
        w.event("story_carried_over", card, null, null, card.state.name());
      }
    }
    w.event("retrospective", null, null, null, w.retro.toString());
    w.disturbances.close();
  }

  private double capacityHours() {
    double capacity = 0;
    for (Worker x : w.workers.values()) {
      capacity += w.share(x) * cfg.hoursPerDay() * cfg.sprintDays();
    }
    return capacity;
  }

  private SprintRecord record() {
    Map<String, Double> memberHours = new LinkedHashMap<>();
    Map<String, Double> capacityUsed = new LinkedHashMap<>();
    double personHours = 0;
    double capacity = 0;
    for (Worker x : w.workers.values()) {
      memberHours.put(x.id(), round2(x.sprintHours));
      personHours += x.sprintHours;
      double own = w.share(x) * cfg.hoursPerDay() * cfg.sprintDays();
      capacity += own;
      capacityUsed.put(x.id(), round4(x.sprintHours / own));
    }
    Double cycle = tally.storiesAccepted == 0 ? null : round2(tally.cycleTimeSum / tally.storiesAccepted);
    double coverage = tally.coverageHours == 0 ? 0 : tally.coverageWeighted / tally.coverageHours;
    coverage *= 1 - w.disturbances.qualityRegression();
    return new SprintRecord(w.sprint, w.teamId, cfg.sprintDays(), tally.committedPoints,
        tally.pulledPoints, tally.velocity, tally.storiesCommitted, tally.storiesAccepted, tally.carriedOverPoints,
        tally.droppedPoints, tally.qaRejections, tally.poRejections, cycle,
        round2(tally.wipSamples == 0 ? 0 : tally.wipSum / tally.wipSamples),
        tally.wipMaxInProgress, tally.wipMaxReview, tally.defectsEscaped, tally.defectsFoundQa,
        tally.defectsCaughtDev, round4(coverage), tally.refinementQuestions,
        tally.criteriaDiscovered, tally.criteriaMissed, round2(capacity), round2(personHours),
        round2(tally.reworkHours), memberHours, w.disturbances.records(),
        w.disturbances.suppressedRecords(), w.attrition.departures(), w.attrition.backfills(),
        w.swapping.swaps(), round4(w.knowledge.coverage(w.workers.values())),
        w.knowledge.busFactor(w.workers.values()), w.borrowedIn, w.borrowedOut, capacityUsed,
        w.interventionsApplied);
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  static double round4(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}

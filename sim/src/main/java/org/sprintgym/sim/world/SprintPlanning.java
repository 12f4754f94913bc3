package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.sprintgym.agents.Member;
import org.sprintgym.agents.Role;
import org.sprintgym.agents.Seniority;
import org.sprintgym.sim.backlog.HiddenCriterion;
import org.sprintgym.sim.config.PlanningCoefficients;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.config.WorkCoefficients;
import org.sprintgym.sim.kernel.StreamRng;
import org.sprintgym.sim.stats.Stats;

/**
 * The start of a sprint: refinement with the product owner (questions reveal hidden criteria),
 * capacity- and history-based commitment, and decomposition of new stories into a task DAG.
 */
final class SprintPlanning {
  private final World w;
  private final SimConfig cfg;
  private final WorkCoefficients k;
  private final PlanningCoefficients p;

  SprintPlanning(World world) {
    this.w = world;
    this.cfg = world.config;
    this.k = world.config.coefficients();
    this.p = world.config.planning();
  }

  /**
   * Points the team will commit to: the capacity estimate in the first sprint, then the mean of
   * that estimate and recent velocity ("yesterday's weather"), so a bad sprint lowers the next
   * commitment without starving the team of work.
   */
  int commitmentTarget() {
    double capacity = capacityPoints();
    if (w.velocities.isEmpty()) {
      return (int) Math.max(1, Math.round(capacity));
    }
    int size = w.velocities.size();
    double mean = Stats.orderedMean(w.velocities.subList(size - Math.min(p.velocitySprints(), size), size).stream()
        .mapToDouble(Integer::doubleValue).toArray());
    return (int) Math.max(1, Math.round((capacity + mean) / 2 * w.retro.commitmentAdjust()));
  }

  /** Points the planned development hours buy at the team's planning rate. */
  private double capacityPoints() {
    double devHours = 0;
    for (Worker x : w.workers.values()) {
      if (x.member.role().drivesTasks()) {
        devHours += developmentShare(x.member) * w.share(x);
      }
    }
    devHours *= cfg.hoursPerDay() * (cfg.sprintDays() - p.planningDays());
    if (cfg.pairing()) {
      devHours /= 2; // two people per task
    }
    return devHours * cfg.commitmentFactor() / k.hoursPerPoint();
  }

  /** Share of a driver's time that goes to development tasks (the dev lead also leads). */
  private double developmentShare(Member m) {
    return m.role() == Role.DEV_LEAD ? p.devLeadDevelopmentShare() : 1.0;
  }

  /**
   * Picks the sprint's stories: carried-over work first, then the product backlog in strict
   * priority order while the target allows; a story that would cross the target is still taken
   * while less than {@code commit_fill_share} (80%) of it is committed.
   */
  List<StoryCard> selectStories(int target) {
    var selected = new ArrayList<StoryCard>(w.carriedOver);
    int points = 0;
    for (StoryCard c : selected) {
      points += c.points();
    }
    var it = w.productBacklog.iterator();
    while (it.hasNext()) {
      StoryCard c = it.next();
      if (w.blocked.test(c)) {
        w.event("story_blocked", c, null, null, "waits for " + String.join(",", c.story.dependsOn()));
        continue; // another team has not delivered what it depends on
      }
      if (points + c.points() > target && points >= p.commitFillShare() * target) {
        break;
      }
      selected.add(c);
      points += c.points();
      it.remove();
    }
    return selected;
  }

  /**
   * Refinement: the dev lead and seniors ask the PO questions about each new story. A question
   * aimed at the dimension of an undiscovered hidden criterion reveals it with a high chance;
   * skilled askers aim better. Returns {questions, criteria discovered, minutes}.
   */
  int[] refine(List<StoryCard> stories, SplittableRandom rnd) {
    List<Worker> askers = new ArrayList<>();
    Worker po = null;
    for (Worker x : w.workers.values()) {
      Member m = x.member;
      if (m.role() == Role.PRODUCT_OWNER) {
        po = x;
      } else if (m.role() == Role.DEV_LEAD
          || (m.role() == Role.DEVELOPER && m.seniority() == Seniority.SENIOR)) {
        askers.add(x);
      }
    }
    if (askers.isEmpty()) {
      for (Worker x : w.workers.values()) {
        if (x.member.role().drivesTasks()) {
          askers.add(x);
        }
      }
    }
    int questions = 0;
    int found = 0;
    double minutes = 0;
    int turn = 0;
    for (StoryCard card : stories) {
      if (card.refined || askers.isEmpty() || po == null) {
        continue;
      }
      card.refined = true;
      Worker asker = askers.get(turn++ % askers.size());
      int n = w.behaviour.refinementQuestions(card, asker.member, w.retro);
      double aim = p.aimBase() + p.aimPerSkill() * asker.skill(card.domain());
      for (int q = 0; q < n && minutes + k.questionMinutes() <= k.refinementBudgetMinutes(); q++) {
        minutes += k.questionMinutes();
        questions++;
        card.questionsAsked++;
        int hit = target(card, aim, rnd);
        if (hit >= 0 && rnd.nextDouble() < p.revealChance()) {
          card.discovered[hit] = true;
          found++;
          w.event("criterion_discovered", card, null, asker,
              card.story.hiddenCriteria().get(hit).dimension().key());
        }
      }
      w.event("refined", card, null, asker, Integer.toString(card.questionsAsked));
    }
    // PO and each asker spend the question time together
    double perAsker = minutes / 60.0 / Math.max(1, askers.size());
    if (po != null) {
      po.sprintHours += minutes / 60.0;
    }
    for (Worker a : askers) {
      a.sprintHours += perAsker;
    }
    return new int[] {questions, found, (int) Math.round(minutes)};
  }

  /** Index of the undiscovered hidden criterion a question reveals, or -1 if it misses. */
  private static int target(StoryCard card, double aim, SplittableRandom rnd) {
    var hidden = card.story.hiddenCriteria();
    int undiscovered = card.undiscoveredCount();
    if (undiscovered == 0) {
      rnd.nextDouble(); // keep the stream's consumption independent of the outcome
      return -1;
    }
    if (rnd.nextDouble() < aim) {
      int pick = rnd.nextInt(undiscovered);
      for (int i = 0; i < hidden.size(); i++) {
        if (!card.discovered[i] && pick-- == 0) {
          return i;
        }
      }
    }
    // an unaimed question: a random dimension, which may still hit
    int dim = rnd.nextInt(6);
    for (int i = 0; i < hidden.size(); i++) {
      HiddenCriterion h = hidden.get(i);
      if (!card.discovered[i] && h.dimension().ordinal() == dim) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits a new story into 2-4 tasks of 4-16 planned hours with a dependency DAG. True hours are
   * drawn from the story's own effort stream (so they do not depend on processing order): a
   * log-normal around the plan, wider with unresolved ambiguity, shifted up by technical risk and
   * by a weak planner's optimism.
   */
  void decompose(StoryCard card, double planQuality) {
    SplittableRandom rnd = w.streams.stream("effort", card.storyId() + "#" + card.carryOvers);
    int points = card.points();
    int n = Math.max(cfg.minTasksPerStory(), Math.min(cfg.maxTasksPerStory(), (int) Math.round(
        p.tasksBase() + points / p.pointsPerTask() + rnd.nextDouble() * p.tasksJitter())));
    double planned = points * k.hoursPerPoint() * (1 + p.plannedHoursPerDiscovered() * card.discoveredCount());
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = p.taskWeightFloor() + rnd.nextDouble();
      sum += weights[i];
    }
    double residual = card.residualAmbiguity();
    double sigma = k.effortSigma() + k.ambiguitySigma() * residual;
    double mu = k.riskBias() * card.story.technicalRisk() + p.plannerOptimism() * (1 - planQuality) - sigma * sigma / 2;
    var effort = new LogNormalDistribution(new StreamRng(rnd), mu, sigma, 1e-9);
    var dag = new DirectedAcyclicGraph<TaskState, DefaultEdge>(DefaultEdge.class);
    var tasks = new ArrayList<TaskState>(n);
    for (int i = 0; i < n; i++) {
      double hours = clamp(planned * weights[i] / sum, cfg.minTaskHours(), cfg.maxTaskHours());
      double truth = hours * effort.sample();
      var t = new TaskState(card.nextTaskId("T"), card, hours, truth, false);
      tasks.add(t);
      dag.addVertex(t);
    }
    for (int j = 1; j < n; j++) {
      for (int i = 0; i < j; i++) {
        double chance = i == j - 1 ? p.dependencyChanceNext() : p.dependencyChanceOther();
        if (rnd.nextDouble() < chance) {
          dag.addEdge(tasks.get(i), tasks.get(j));
        }
      }
    }
    for (TaskState t : tasks) {
      for (DefaultEdge e : dag.incomingEdgesOf(t)) {
        t.dependencies.add(dag.getEdgeSource(e));
      }
    }
    card.tasks.addAll(tasks);
    card.planned = true;
  }

  /** The planner's skill in the story's domain: the dev lead, else the best developer. */
  double planQuality(StoryCard c) {
    Double set = w.planQualityOf.get(c.storyId());
    if (set != null) {
      return set;
    }
    double best = 0;
    for (Worker x : w.workers.values()) {
      Member m = x.member;
      if (m.role() == Role.DEV_LEAD) {
        return x.skill(c.domain());
      }
      if (m.role().drivesTasks()) {
        best = Math.max(best, x.skill(c.domain()));
      }
    }
    return best;
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}

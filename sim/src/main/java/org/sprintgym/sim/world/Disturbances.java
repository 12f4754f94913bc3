package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.sim.config.DisturbanceSettings;
import org.sprintgym.sim.config.DisturbanceType;

/**
 * The disturbances of one sprint: drawn at its start from the stream {@code disturbances} keyed by
 * sprint (each type always consumes the same draws, so turning one type off shifts no other), each
 * injected at a session start of its drawn day after the blast-radius check, and the lasting
 * effects the other phases consult (flaky CI, misunderstood criteria, slowed areas).
 */
final class Disturbances {
  /** Events at a session start: after the stand-up, before pairs form. */
  static final int P_DISTURBANCE = 35;

  private final World w;
  private final SprintTally tally;
  private final SprintPlanning planning;
  private final DisturbanceSettings settings;
  private final double capacityHours;
  private final BlastRadius limits;
  private final List<DisturbanceImpact> struck = new ArrayList<>();
  private final List<Map<String, Object>> suppressed = new ArrayList<>();
  private final List<FlakyCi> flaky = new ArrayList<>();
  private final Map<StoryCard, Misunderstanding> misunderstood = new LinkedHashMap<>();
  private final Map<String, SlowArea> slowAreas = new LinkedHashMap<>();
  private int drawn;

  record FlakyCi(DisturbanceImpact impact, int[] failuresLeft, double rerunHours) {}

  record Misunderstanding(DisturbanceImpact impact, String junior, double reworkHours) {}

  record SlowArea(DisturbanceImpact impact, double factor, TaskState refactoring, double[] lostHours) {}

  Disturbances(World w, SprintTally tally, SprintPlanning planning, double capacityHours) {
    this.w = w;
    this.tally = tally;
    this.planning = planning;
    this.settings = w.config.disturbances();
    this.capacityHours = capacityHours;
    this.limits = new BlastRadius(settings.maxVelocityImpact(), settings.maxQualityRegression(),
        capacityHours, w.config.disturbanceCoefficients().minScale());
  }

  /** Draws this sprint's disturbances and schedules each at its session start. */
  void schedule(double sprintStart) {
    if (!settings.enabled()) {
      return;
    }
    SplittableRandom rnd = w.streams.stream("disturbances", w.sprint);
    int days = w.config.sprintDays();
    int sessions = w.config.sessionsPerDay();
    double sessionMinutes = w.calendar.minutesPerDay() / sessions;
    double floor = w.config.disturbanceCoefficients().severityFloor();
    for (DisturbanceType type : DisturbanceType.values()) {
      boolean strikes = rnd.nextDouble() < settings.probability(type);
      double severity = Math.round((floor + (1 - floor) * rnd.nextDouble()) * 100) / 100.0;
      int day = days > 1 ? 1 + rnd.nextInt(days - 1) : 0;
      int session = rnd.nextInt(sessions);
      if (!strikes) {
        continue;
      }
      drawn++;
      double time = sprintStart + day * w.calendar.minutesPerDay() + session * sessionMinutes;
      w.kernel.schedule(time, P_DISTURBANCE, "disturbance_" + type.key(),
          () -> strike(type, severity));
    }
  }

  private void strike(DisturbanceType type, double severity) {
    SplittableRandom rnd = w.streams.stream("disturbance." + type.key(), w.sprint);
    Optional<Disturbance.Strike> plan = Disturbance.of(type).plan(w, severity, rnd);
    if (plan.isEmpty()) {
      suppress(type, severity, 0, 0, "nothing to act on");
      return;
    }
    Disturbance.Strike s = plan.get();
    double response = w.disturbanceResponse; // how well the team handles it (episodes set it)
    BlastRadius.Decision d = limits.admit(s.hours() * response, s.quality() * response);
    if (!d.injected()) {
      suppress(type, severity, s.hours(), s.quality(), d.reason());
      return;
    }
    if (d.scale() < 1) {
      suppress(type, severity, s.hours(), s.quality(), d.reason());
      suppressed.get(suppressed.size() - 1).put("action", "scaled_down");
    }
    double scale = d.scale() * response;
    var impact = new DisturbanceImpact(type, severity, s.hours() * scale,
        s.quality() * scale, scale, s.target(), w.kernel.now());
    struck.add(impact);
    w.event("disturbance", null, null, null, type.key() + " severity=" + severity
        + " target=" + s.target() + " planned_hours=" + round2(impact.budgetHours));
    s.inject(impact, scale);
  }

  private void suppress(DisturbanceType type, double severity, double hours, double quality,
      String reason) {
    var m = new LinkedHashMap<String, Object>();
    m.put("type", type.key());
    m.put("severity", severity);
    m.put("action", "not_injected");
    m.put("reason", reason);
    m.put("planned_velocity_impact", round4(hours / capacityHours));
    m.put("planned_quality_regression", round4(quality));
    suppressed.add(m);
    w.event("disturbance_suppressed", null, null, null, type.key() + " " + reason);
  }

  // ---- effects the phases consult ----

  /** A task caused by a disturbance: its hours are person-hours charged to the impact. */
  TaskState addTask(StoryCard card, String prefix, double personHours, DisturbanceImpact impact,
      String owner, boolean rework) {
    var t = new TaskState(card.nextTaskId(prefix), card, personHours, personHours, rework);
    t.impact = impact;
    t.owner = owner == null ? "" : owner;
    card.tasks.add(t);
    card.awaitingReview = false;
    card.qaPassed = false;
    w.event("task_planned", card, t, null, "deps=");
    return t;
  }

  void addFlaky(DisturbanceImpact impact, int failures, double rerunHours) {
    flaky.add(new FlakyCi(impact, new int[] {failures}, rerunHours));
  }

  /**
   * A flaky test fails a clean QA run: the card goes back with a re-run task for its author.
   * Returns whether that happened.
   */
  boolean spuriousFailure(StoryCard card) {
    for (FlakyCi f : flaky) {
      if (f.failuresLeft()[0] > 0 && !f.impact().exhausted()) {
        f.failuresLeft()[0]--;
        TaskState t = addTask(card, "F", f.rerunHours(), f.impact(), null, true);
        t.owner = QualityGate.lastDriver(card);
        return true;
      }
    }
    return false;
  }

  void addMisunderstanding(StoryCard card, DisturbanceImpact impact, String junior, double hours) {
    misunderstood.put(card, new Misunderstanding(impact, junior, hours));
  }

  /** QA finds work built against the wrong criteria: rework for the junior. Whether found. */
  boolean misunderstandingFound(StoryCard card) {
    Misunderstanding m = misunderstood.remove(card);
    if (m == null) {
      return false;
    }
    addTask(card, "M", m.reworkHours(), m.impact(), m.junior(), true);
    return true;
  }

  void slowArea(String area, DisturbanceImpact impact, double factor, TaskState refactoring) {
    slowAreas.put(area, new SlowArea(impact, factor, refactoring, new double[1]));
  }

  /**
   * How many times longer work in {@code area} takes now (1 when it is not slowed), and the
   * impact the lost hours are charged to.
   */
  SlowArea slowdown(String area) {
    SlowArea s = slowAreas.get(area);
    if (s == null) {
      return null;
    }
    if (s.refactoring().done || s.impact().exhausted()) {
      slowAreas.remove(area);
      w.event("area_recovered", s.refactoring().card(), s.refactoring(), null,
          area + " lost_hours=" + round2(s.lostHours()[0]));
      return null;
    }
    return s;
  }

  SprintPlanning planning() {
    return planning;
  }

  SprintTally tally() {
    return tally;
  }

  /** Ends the sprint: unfinished disturbance work becomes ordinary work on its card. */
  void close() {
    for (StoryCard c : w.board.cards()) {
      for (TaskState t : c.tasks) {
        t.impact = null;
      }
    }
    for (Worker x : w.workers.values()) {
      if (x.pulledHours > 0) {
        w.event("responder_released", null, null, x, "sprint over");
      }
      x.pulledHours = 0;
      x.pulledBy = null;
    }
  }

  int drawn() {
    return drawn;
  }

  /** Relative drop of the coverage proxy all struck disturbances cause. */
  double qualityRegression() {
    double q = 0;
    for (DisturbanceImpact i : struck) {
      q += i.qualityRegression;
    }
    return Math.min(q, settings.maxQualityRegression());
  }

  List<Map<String, Object>> records() {
    var out = new ArrayList<Map<String, Object>>();
    for (DisturbanceImpact i : struck) {
      var m = new LinkedHashMap<String, Object>();
      m.put("type", i.type.key());
      m.put("severity", i.severity);
      m.put("velocity_impact", floor4(i.consumedHours / capacityHours));
      m.put("planned_velocity_impact", floor4(i.budgetHours / capacityHours));
      m.put("quality_regression", floor4(i.qualityRegression));
      m.put("scale", round4(i.scale));
      m.put("target", i.target);
      m.put("day", w.calendar.dayOf(i.injectedAt) - w.calendar.dayOf(w.sprintEnd - w.config.sprintDays() * w.calendar.minutesPerDay()));
      out.add(m);
    }
    return out;
  }

  List<Map<String, Object>> suppressedRecords() {
    return suppressed;
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  static double round4(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /** Rounds down, so that recorded impacts never sum past a limit the exact values respect. */
  static double floor4(double v) {
    return Math.floor(v * 10000.0) / 10000.0;
  }
}

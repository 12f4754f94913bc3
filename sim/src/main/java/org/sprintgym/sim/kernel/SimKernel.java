package org.sprintgym.sim.kernel;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The discrete-event kernel: MASON's {@link Schedule} inside a {@link SimState}, run headless.
 * Events carry a priority; events at equal times run by priority, then in the order they were
 * scheduled, so the order is fixed and never depends on hash codes or threads. Times are working
 * minutes (see {@link WorkCalendar}); an event in the past or at a non-finite time is rejected
 * with a message naming it.
 */
public final class SimKernel {
  private final SimState state;
  /**
   * Events waiting at one (time, priority), in scheduling order. MASON gets one entry per key,
   * ordered by priority alone, so FIFO order needs no sequence counter that could wrap.
   */
  private final Map<Key, ArrayDeque<Runnable>> pending = new HashMap<>();
  private double now;

  public SimKernel(long seed) {
    this.state = new SimState(seed);
    state.start();
  }

  /** The current simulated time in working minutes (0 before the first event). */
  public double now() {
    return now;
  }

  /**
   * Schedules {@code action} at {@code time}.
   *
   * @param priority lower runs first among events at the same time, in [0, 1000]
   * @param name the event's name, used in error messages
   */
  public void schedule(double time, int priority, String name, Runnable action) {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("event '" + name + "' has a non-finite time " + time);
    }
    if (time < now) {
      throw new IllegalArgumentException(
          "event '" + name + "' scheduled at " + time + " but the time is already " + now);
    }
    if (priority < 0 || priority > 1000) {
      throw new IllegalArgumentException("event '" + name + "' has priority " + priority
          + " outside [0, 1000]");
    }
    Key key = new Key(time, priority);
    ArrayDeque<Runnable> bucket = pending.get(key);
    if (bucket != null) {
      bucket.addLast(action);
      return;
    }
    ArrayDeque<Runnable> fresh = new ArrayDeque<>();
    fresh.addLast(action);
    // MASON nudges an event scheduled at its current time by an ulp; keep the nominal time.
    boolean ok = state.schedule.scheduleOnce(time, priority, s -> {
      // a bucket being drained takes no more events: later ones at this key get a new entry,
      // which MASON nudges after the current time exactly as a single event would be
      pending.remove(key);
      now = time;
      while (!fresh.isEmpty()) {
        fresh.removeFirst().run();
      }
    });
    if (!ok) {
      throw new IllegalStateException("event '" + name + "' could not be scheduled at " + time);
    }
    pending.put(key, fresh);
  }

  private record Key(double time, int priority) {}

  /** Runs events until none is left. */
  public void runAll() {
    // MASON moves its clock to AFTER_SIMULATION when stepped on an empty schedule, which would
    // refuse every later event: check before each step instead.
    while (!state.schedule.scheduleComplete()) {
      state.schedule.step(state);
    }
  }
}

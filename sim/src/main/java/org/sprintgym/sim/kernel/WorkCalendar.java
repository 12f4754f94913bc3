package org.sprintgym.sim.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.sprintgym.agents.Requires;

/**
 * Simulated time is counted in working minutes since the start of sprint 1 (time never includes
 * nights or weekends). The calendar turns a working minute into a working day, a sprint, and a
 * calendar date that skips Saturdays and Sundays; no wall-clock time ever enters.
 *
 * @param hoursPerDay working hours per day (8)
 * @param sprintDays working days per sprint (5 by default; 10 for two-week sprints)
 * @param startDate the calendar date of the first working day (used only for display)
 */
public record WorkCalendar(int hoursPerDay, int sprintDays, LocalDate startDate) {

  public WorkCalendar {
    Requires.inRange(hoursPerDay, 1, 24, "hours per day");
    Requires.inRange(sprintDays, 1, 20, "sprint days");
    Requires.nonNull(startDate, "calendar start date");
    DayOfWeek dow = startDate.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      throw new IllegalArgumentException("calendar start date " + startDate + " is a weekend day");
    }
  }

  /** A calendar starting on Monday 2024-01-01. */
  public static WorkCalendar of(int hoursPerDay, int sprintDays) {
    return new WorkCalendar(hoursPerDay, sprintDays, LocalDate.of(2024, 1, 1));
  }

  public double minutesPerDay() {
    return hoursPerDay * 60.0;
  }

  public double minutesPerSprint() {
    return minutesPerDay() * sprintDays;
  }

  /** Working minute at which sprint {@code sprint} (1-based) starts. */
  public double sprintStart(int sprint) {
    return (sprint - 1) * minutesPerSprint();
  }

  /** Working minute at which working day {@code day} (0-based, global) starts. */
  public double dayStart(int day) {
    return day * minutesPerDay();
  }

  /** The 0-based global working day of a working minute. */
  public int dayOf(double minute) {
    return (int) Math.floor(minute / minutesPerDay());
  }

  /** The 1-based sprint a working minute falls into. */
  public int sprintOf(double minute) {
    return (int) Math.floor(minute / minutesPerSprint()) + 1;
  }

  /** Working days between two working minutes. */
  public double workingDays(double fromMinute, double toMinute) {
    return (toMinute - fromMinute) / minutesPerDay();
  }

  /** The calendar date of a 0-based global working day, weekends skipped. */
  public LocalDate dateOf(int workingDay) {
    LocalDate d = startDate;
    int left = workingDay;
    int weeks = left / 5;
    d = d.plusWeeks(weeks);
    left -= weeks * 5;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}

package org.sprintgym.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  @Test
  void sprintsAndDaysAreCountedInWorkingMinutes() {
    var cal = WorkCalendar.of(8, 5);
    assertThat(cal.sprintStart(1)).isEqualTo(0);
    assertThat(cal.sprintStart(3)).isEqualTo(2 * 5 * 480);
    assertThat(cal.dayOf(479.9)).isZero();
    assertThat(cal.dayOf(480)).isEqualTo(1);
    assertThat(cal.sprintOf(2399)).isEqualTo(1);
    assertThat(cal.sprintOf(2400)).isEqualTo(2);
    assertThat(cal.workingDays(240, 1200)).isEqualTo(2.0);
  }

  @Test
  void datesSkipWeekends() {
    var cal = WorkCalendar.of(8, 10); // starts Monday 2024-01-01
    assertThat(cal.dateOf(0)).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(cal.dateOf(4)).isEqualTo(LocalDate.of(2024, 1, 5)); // Friday
    assertThat(cal.dateOf(5)).isEqualTo(LocalDate.of(2024, 1, 8)); // next Monday
    assertThat(cal.dateOf(10)).isEqualTo(LocalDate.of(2024, 1, 15));
  }

  @Property(tries = 300)
  void noWorkingDayFallsOnAWeekendAndDatesIncrease(@ForAll @IntRange(min = 0, max = 2000) int day) {
    var cal = new WorkCalendar(8, 5, LocalDate.of(2025, 3, 5));
    LocalDate d = cal.dateOf(day);
    assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(cal.dateOf(day + 1)).isAfter(d);
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> WorkCalendar.of(0, 5));
    assertThrows(IllegalArgumentException.class, () -> WorkCalendar.of(8, 21));
    var e = assertThrows(IllegalArgumentException.class,
        () -> new WorkCalendar(8, 5, LocalDate.of(2024, 1, 6)));
    assertThat(e.getMessage()).contains("weekend");
  }
}

package org.sprintgym.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimKernelTest {

  @Test
  void eventsRunInTimeThenPriorityThenInsertionOrder() {
    var kernel = new SimKernel(1);
    List<String> order = new ArrayList<>();
    kernel.schedule(10, 5, "b", () -> order.add("t10 p5 first"));
    kernel.schedule(10, 1, "a", () -> order.add("t10 p1"));
    kernel.schedule(5, 9, "c", () -> order.add("t5 p9"));
    kernel.schedule(10, 5, "d", () -> order.add("t10 p5 second"));
    kernel.runAll();
    assertThat(order).containsExactly("t5 p9", "t10 p1", "t10 p5 first", "t10 p5 second");
    assertThat(kernel.now()).isEqualTo(10.0);
  }

  @Test
  void moreThanTwoToTheTwentyEqualTimeEventsKeepFifoOrderWithinAPriority() {
    var kernel = new SimKernel(1);
    int n = (1 << 20) + 1000;
    int[] seen = {0, 0};
    boolean[] inOrder = {true};
    for (int i = 0; i < n; i++) {
      int expected = i;
      kernel.schedule(7, 3, "e" + (i % 10), () -> {
        inOrder[0] &= seen[0] == expected;
        seen[0]++;
      });
    }
    kernel.schedule(7, 2, "earlier priority", () -> seen[1] = seen[0]);
    kernel.runAll();
    assertThat(inOrder[0]).isTrue();
    assertThat(seen[0]).isEqualTo(n);
    assertThat(seen[1]).isZero();
  }

  @Test
  void eventsScheduledDuringARunAreExecuted() {
    var kernel = new SimKernel(1);
    List<Double> times = new ArrayList<>();
    kernel.schedule(1, 0, "outer", () -> {
      times.add(kernel.now());
      kernel.schedule(kernel.now(), 1, "same time", () -> times.add(kernel.now()));
      kernel.schedule(3, 0, "later", () -> times.add(kernel.now()));
    });
    kernel.runAll();
    assertThat(times).containsExactly(1.0, 1.0, 3.0);
  }

  @Test
  void theKernelCanBeResumedAfterItEmpties() {
    var kernel = new SimKernel(1);
    List<Double> times = new ArrayList<>();
    kernel.schedule(2, 0, "first", () -> times.add(kernel.now()));
    kernel.runAll();
    kernel.schedule(2, 0, "again at the same time", () -> times.add(kernel.now()));
    kernel.schedule(4, 0, "next", () -> times.add(kernel.now()));
    kernel.runAll();
    assertThat(times).containsExactly(2.0, 2.0, 4.0);
  }

  @Test
  void rejectsEventsInThePast() {
    var kernel = new SimKernel(1);
    kernel.schedule(5, 0, "x", () -> { });
    kernel.runAll();
    var e = assertThrows(IllegalArgumentException.class,
        () -> kernel.schedule(4, 0, "late standup", () -> { }));
    assertThat(e.getMessage()).contains("late standup").contains("4.0").contains("5.0");
  }

  @Test
  void rejectsNonFiniteTimes() {
    var kernel = new SimKernel(1);
    var nan = assertThrows(IllegalArgumentException.class,
        () -> kernel.schedule(Double.NaN, 0, "nan event", () -> { }));
    assertThat(nan.getMessage()).contains("nan event").contains("non-finite");
    assertThrows(IllegalArgumentException.class,
        () -> kernel.schedule(Double.POSITIVE_INFINITY, 0, "inf", () -> { }));
  }

  @Test
  void rejectsPrioritiesOutOfRange() {
    var kernel = new SimKernel(1);
    var e = assertThrows(IllegalArgumentException.class,
        () -> kernel.schedule(1, 1001, "too low", () -> { }));
    assertThat(e.getMessage()).contains("too low").contains("[0, 1000]");
    assertThrows(IllegalArgumentException.class, () -> kernel.schedule(1, -1, "neg", () -> { }));
  }
}

package org.sprintgym.policy.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.env.VectorStep;

class VectorEnvOnCartPoleTest {

  @Test
  void oneAndTwoThreadsGiveIdenticalResults() {
    assertEquals(run(1), run(2));
    assertEquals(run(1), run(3));
  }

  @Test
  void finishedEpisodeIsResetInTheSameStepWithItsFinalObservationInInfo() {
    try (var v = VectorEnv.of(i -> new CartPole(), 2, 5, 1)) {
      v.reset();
      VectorStep s;
      int steps = 0;
      do {
        s = v.step(new int[] {1, 1}); // always pushing right topples the pole quickly
        steps++;
      } while (!s.done(0));
      assertTrue(s.terminated()[0]);
      float[] fin = s.finalObservation(0);
      assertTrue(Math.abs(fin[0]) > 2.4 || Math.abs(fin[2]) > CartPole.THETA_THRESHOLD_RADIANS);
      float[] next = s.observation(0);
      for (float x : next) {
        assertTrue(Math.abs(x) <= 0.05f, "reset observation " + x);
      }
      assertEquals(steps, s.infos().get(0).get(VectorEnv.EPISODE_LENGTH));
      assertEquals((double) steps, s.infos().get(0).get(VectorEnv.EPISODE_RETURN));
      assertArrayEquals(new CartPole().reset(v.episodeSeed(0, 1)).observation(), next);
    }
  }

  @Test
  void snapshotAndRestoreContinueIdentically() {
    try (var a = VectorEnv.of(i -> new CartPole(), 3, 11, 1);
        var b = VectorEnv.of(i -> new CartPole(), 3, 11, 1)) {
      a.reset();
      for (int t = 0; t < 40; t++) {
        a.step(actions(t, 3));
      }
      VectorStep restored = b.restore(a.snapshot());
      VectorStep next = null;
      for (int t = 40; t < 80; t++) {
        var x = a.step(actions(t, 3));
        var y = b.step(actions(t, 3));
        assertArrayEquals(x.observations(), y.observations());
        assertArrayEquals(x.terminated(), y.terminated());
        next = x;
      }
      assertFalse(restored.observations().length == 0);
      assertTrue(next != null);
    }
  }

  @Test
  void rejectsWrongActionCountAndStepBeforeReset() {
    try (var v = VectorEnv.of(i -> new CartPole(), 2, 1, 1)) {
      assertThrows(IllegalStateException.class, () -> v.step(new int[] {0, 0}));
      v.reset();
      assertThrows(IllegalArgumentException.class, () -> v.step(new int[] {0}));
      assertThrows(IllegalArgumentException.class, () -> v.step(new int[] {0, 5}));
    }
    assertThrows(IllegalArgumentException.class, () -> VectorEnv.of(i -> new CartPole(), 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> VectorEnv.of(i -> new CartPole(), 2, 1, 0));
  }

  private static List<Object> run(int threads) {
    List<Object> trace = new ArrayList<>();
    try (var v = VectorEnv.of(i -> new CartPole(), 5, 42, threads)) {
      trace.add(floats(v.reset().observations()));
      for (int t = 0; t < 300; t++) {
        VectorStep s = v.step(actions(t, 5));
        trace.add(floats(s.observations()));
        for (int i = 0; i < 5; i++) {
          trace.add(s.terminated()[i] + "/" + s.truncated()[i]);
          Map<String, Object> info = s.infos().get(i);
          if (s.done(i)) {
            trace.add(floats(s.finalObservation(i)));
          }
          trace.add(info.keySet().size());
        }
      }
    }
    return trace;
  }

  private static int[] actions(int t, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = ((t * 7 + i * 3) % 5) < 2 ? 0 : 1;
    }
    return a;
  }

  private static List<Float> floats(float[] a) {
    List<Float> l = new ArrayList<>();
    for (float x : a) {
      l.add(x);
    }
    return l;
  }
}

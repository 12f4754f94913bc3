package org.sprintgym.policy.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.env.Step;

class CartPoleTest {

  /** A CartPole reset into the given physical state (the thresholds' and dynamics' tests). */
  static CartPole startedAt(double x, double xDot, double theta, double thetaDot) {
    var env = new CartPole(seed -> new double[] {x, xDot, theta, thetaDot});
    float[] obs = env.reset(0L).observation();
    assertArrayEquals(new float[] {(float) x, (float) xDot, (float) theta, (float) thetaDot}, obs);
    return env;
  }

  @Test
  void aStartWithoutFourComponentsIsRefused() {
    assertThrows(IllegalStateException.class, () -> new CartPole(seed -> new double[3]).reset(1));
  }

  @Property(tries = 50)
  void sameSeedAndActionsGiveTheSameTrajectory(@ForAll long seed) {
    assertEquals(trajectory(seed), trajectory(seed));
  }

  @Property(tries = 50)
  void initialStateIsWithinFiveHundredths(@ForAll long seed) {
    float[] obs = new CartPole().reset(seed).observation();
    for (float v : obs) {
      assertTrue(v >= -0.05f && v <= 0.05f, "initial component " + v);
    }
  }

  @Test
  void aTruncatedCartPoleEpisodeKeepsAFuture() {
    // truncation is a time limit, not a terminal state: trainers bootstrap from the last value
    assertTrue(new CartPole().truncationHasFuture());
  }

  @Test
  void trajectoriesAreUnchangedByTheMove() {
    // recorded when CartPole lived in the simulator's env package: the same seed gives the same
    // start and, under a fixed action pattern, the same episode
    assertArrayEquals(new float[] {-0x1.10cdap-7f, 0x1.dc2708p-9f, 0x1.d03016p-6f, 0x1.b87b2ep-6f},
        new CartPole().reset(5).observation());
    var env = new CartPole();
    env.reset(7);
    Step s;
    int n = 0;
    do {
      s = env.step(n % 3 == 0 ? 0 : 1);
      n++;
    } while (!s.done());
    assertEquals(21, n);
    assertArrayEquals(new float[] {0.21109083f, 1.3487455f, -0.23444174f, -2.1179972f}, s.observation());
  }

  @Test
  void differentSeedsGiveDifferentStarts() {
    assertNotEquals(List.of(toList(new CartPole().reset(1).observation())),
        List.of(toList(new CartPole().reset(2).observation())));
  }

  @Test
  void oneEulerStepMatchesHandComputation() {
    Step s = startedAt(0, 0, 0, 0).step(1);
    // theta = 0: temp = 10/1.1; thetaAcc = -temp / (0.5 * (4/3 - 0.1/1.1));
    // xAcc = temp - 0.05 * thetaAcc / 1.1; Euler uses the old velocities for positions.
    double temp = 10 / 1.1;
    double thetaAcc = -temp / (0.5 * (4.0 / 3.0 - 0.1 / 1.1));
    double xAcc = temp - 0.05 * thetaAcc / 1.1;
    assertArrayEquals(new float[] {0f, (float) (0.02 * xAcc), 0f, (float) (0.02 * thetaAcc)},
        s.observation());
    assertEquals(0.1818181818, 0.02 * xAcc, 0.02);
    assertEquals(1.0, s.reward());
  }

  @Test
  void terminatesPastTheAngleThreshold() {
    // theta is integrated with the old theta_dot: 0.2094 + 0.02*0.1 > 12 degrees (0.20944)
    var env = startedAt(0, 0, 0.2094, 0.1);
    Step s = env.step(0);
    assertTrue(s.terminated());
    assertFalse(s.truncated());
    assertEquals(1.0, s.reward(), "CartPole-v1 rewards the terminating step too");
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }

  @Test
  void staysAliveJustInsideTheAngleThreshold() {
    // 0.2090 + 0.002 = 0.2110 > 0.20944: terminates
    assertTrue(startedAt(0, 0, 0.2090, 0.1).step(0).terminated());
    // 0.2090 < 0.20944: alive
    assertFalse(startedAt(0, 0, 0.2070, 0.1).step(0).terminated());
  }

  @Test
  void terminatesPastThePositionThreshold() {
    // x' = 2.399 + 0.02 = 2.419 > 2.4
    assertTrue(startedAt(2.399, 1.0, 0, 0).step(1).terminated());
    assertTrue(startedAt(-2.399, -1.0, 0, 0).step(0).terminated());
    // 2.32 < 2.4
    assertFalse(startedAt(2.3, 1.0, 0, 0).step(1).terminated());
  }

  @Test
  void truncatesAtFiveHundredSteps() {
    var env = new CartPole();
    Step last = null;
    int steps = 0;
    // a balancing controller keeps the pole up: push toward the side the pole falls to
    env.reset(7);
    do {
      float[] obs = last == null ? new float[4] : last.observation();
      int action = obs[2] + 0.5f * obs[3] > 0 ? 1 : 0;
      last = env.step(action);
      steps++;
      if (steps < 500) {
        assertFalse(last.truncated(), "truncated early at step " + steps);
      }
    } while (!last.done());
    assertEquals(500, steps);
    assertTrue(last.truncated());
    assertFalse(last.terminated());
  }

  @Test
  void rejectsBadActionsAndStepBeforeReset() {
    var env = new CartPole();
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(1);
    assertThrows(IllegalArgumentException.class, () -> env.step(2));
    assertThrows(IllegalArgumentException.class, () -> env.step(-1));
  }

  @Test
  void spaceMatchesGymnasium() {
    var env = new CartPole();
    assertEquals(List.of("cart_position", "cart_velocity", "pole_angle", "pole_angular_velocity"),
        env.observationSpace().names());
    assertEquals(4.8f, env.observationSpace().high()[0]);
    assertEquals((float) (24 * Math.PI / 180), env.observationSpace().high()[2], 1e-7);
    assertEquals(2, env.actionSpace().n());
  }

  private static List<List<Float>> trajectory(long seed) {
    var env = new CartPole();
    List<List<Float>> out = new ArrayList<>();
    float[] obs = env.reset(seed).observation();
    out.add(toList(obs));
    for (int t = 0; t < 30; t++) {
      Step s = env.step(t % 3 == 0 ? 0 : 1);
      out.add(toList(s.observation()));
      if (s.done()) {
        break;
      }
    }
    return out;
  }

  private static List<Float> toList(float[] a) {
    List<Float> l = new ArrayList<>();
    for (float v : a) {
      l.add(v);
    }
    return l;
  }
}

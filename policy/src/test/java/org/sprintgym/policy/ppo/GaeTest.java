package org.sprintgym.policy.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaeTest {

  // 3 steps x 2 envs, index t*2+e; gamma = lambda = 0.5.
  // env 0 terminates at t=1 (no bootstrap); env 1 is truncated at t=0 (bootstraps from the final
  // observation's value 3.0); both bootstrap from lastValues after t=2.
  @Test
  void handComputedRolloutWithTerminationAndTruncation() {
    double[] rewards = {1, 2, 1, 0, 1, 1};
    double[] values = {0.5, 1.0, 0.4, 0.8, 0.3, 0.6};
    boolean[] terminated = {false, false, true, false, false, false};
    boolean[] truncated = {false, true, false, false, false, false};
    double[] finalValues = {0, 3.0, 99, 0, 0, 0}; // 99: a terminated step must ignore it
    double[] lastValues = {0.2, 0.5};
    Gae.Result r = Gae.compute(3, 2, rewards, values, terminated, truncated, finalValues,
        lastValues, 0.5, 0.5);
    // env 0: t2 = 1 + .5*.2 - .3 = .8; t1 = 1 - .4 = .6; t0 = (1 + .5*.4 - .5) + .25*.6 = .85
    // env 1: t2 = 1 + .5*.5 - .6 = .65; t1 = (0 + .5*.6 - .8) + .25*.65 = -.3375;
    //        t0 = 2 + .5*3 - 1 = 2.5 (chain cut at the truncation)
    assertArrayEquals(new double[] {0.85, 2.5, 0.6, -0.3375, 0.8, 0.65}, r.advantages(), 1e-12);
    assertArrayEquals(new double[] {1.35, 3.5, 1.0, 0.4625, 1.1, 1.25}, r.returns(), 1e-12);
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThrows(IllegalArgumentException.class, () -> Gae.compute(2, 1, new double[1],
        new double[2], new boolean[2], new boolean[2], new double[2], new double[1], 0.9, 0.9));
  }
}

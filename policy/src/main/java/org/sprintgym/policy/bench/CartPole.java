package org.sprintgym.policy.bench;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.sprintgym.sim.env.ActionSpace;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.ObservationSpace;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * A faithful port of Gymnasium's {@code CartPole-v1} (classic_control/cartpole.py with the
 * TimeLimit of 500 steps): same constants, explicit Euler integration in double precision,
 * observations cast to float, termination when |x| > 2.4 or |theta| > 12 degrees, reward 1 for
 * every step including the terminating one, truncation once 500 steps have been taken. The initial
 * state is uniform in [-0.05, 0.05]^4, drawn from a stream derived from the reset seed only (the
 * numbers differ from NumPy's PCG64, the distribution does not).
 */
public final class CartPole implements Env {

  public static final double GRAVITY = 9.8;
  public static final double MASS_CART = 1.0;
  public static final double MASS_POLE = 0.1;
  public static final double TOTAL_MASS = MASS_POLE + MASS_CART;
  /** Half the pole's length, as in Gymnasium. */
  public static final double LENGTH = 0.5;
  public static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
  public static final double FORCE_MAG = 10.0;
  /** Seconds between state updates. */
  public static final double TAU = 0.02;
  public static final double THETA_THRESHOLD_RADIANS = 12 * 2 * Math.PI / 360;
  public static final double X_THRESHOLD = 2.4;
  public static final int MAX_EPISODE_STEPS = 500;

  private static final ObservationSpace OBSERVATION_SPACE = ObservationSpace.symmetric(
      List.of("cart_position", "cart_velocity", "pole_angle", "pole_angular_velocity"),
      new float[] {(float) (X_THRESHOLD * 2), Float.MAX_VALUE,
          (float) (THETA_THRESHOLD_RADIANS * 2), Float.MAX_VALUE});
  private static final ActionSpace ACTION_SPACE = ActionSpace.of("push_left", "push_right");
  private static final boolean[] ALL_ACTIONS = {true, true};

  /** The state an episode starts in, as (x, x_dot, theta, theta_dot), from the reset seed. */
  private final LongFunction<double[]> start;
  private double x;
  private double xDot;
  private double theta;
  private double thetaDot;
  private int elapsedSteps;
  private boolean started;
  private boolean done;

  /** Gymnasium's CartPole-v1: every episode starts uniformly in [-0.05, 0.05]^4. */
  public CartPole() {
    this(CartPole::uniformStart);
  }

  /**
   * A CartPole whose episodes start in {@code start.apply(seed)}, four components (the physical
   * state as x, x_dot, theta, theta_dot): the one seam a start other than Gymnasium's comes in by.
   */
  CartPole(LongFunction<double[]> start) {
    this.start = start;
  }

  private static double[] uniformStart(long seed) {
    var uniform = RandomStreams.SplitMix.seeded(seed);
    double x0 = uniform.nextDouble(-0.05, 0.05);
    double xDot0 = uniform.nextDouble(-0.05, 0.05);
    double theta0 = uniform.nextDouble(-0.05, 0.05);
    double thetaDot0 = uniform.nextDouble(-0.05, 0.05);
    return new double[] {x0, xDot0, theta0, thetaDot0};
  }

  @Override
  public ObservationSpace observationSpace() {
    return OBSERVATION_SPACE;
  }

  @Override
  public ActionSpace actionSpace() {
    return ACTION_SPACE;
  }

  @Override
  public Reset reset(long seed) {
    double[] s = start.apply(seed);
    if (s.length != 4) {
      throw new IllegalStateException("a CartPole start has 4 components but got " + s.length);
    }
    x = s[0];
    xDot = s[1];
    theta = s[2];
    thetaDot = s[3];
    elapsedSteps = 0;
    started = true;
    done = false;
    return new Reset(observation(), ALL_ACTIONS.clone(), Map.of());
  }

  @Override
  public Step step(int action) {
    if (!started || done) {
      throw new IllegalStateException(started
          ? "CartPole: step after the episode ended; call reset first"
          : "CartPole: step before reset");
    }
    if (action != 0 && action != 1) {
      throw new IllegalArgumentException("CartPole action must be 0 (push_left) or 1 (push_right)"
          + " but was " + action);
    }
    integrate(action == 1 ? FORCE_MAG : -FORCE_MAG);
    elapsedSteps++;
    boolean terminated = x < -X_THRESHOLD || x > X_THRESHOLD
        || theta < -THETA_THRESHOLD_RADIANS || theta > THETA_THRESHOLD_RADIANS;
    boolean truncated = elapsedSteps >= MAX_EPISODE_STEPS;
    done = terminated || truncated;
    return new Step(observation(), 1.0, terminated, truncated, ALL_ACTIONS.clone(), Map.of());
  }

  private void integrate(double force) {
    double cosTheta = Math.cos(theta);
    double sinTheta = Math.sin(theta);
    double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sinTheta) / TOTAL_MASS;
    double thetaAcc = (GRAVITY * sinTheta - cosTheta * temp)
        / (LENGTH * (4.0 / 3.0 - MASS_POLE * cosTheta * cosTheta / TOTAL_MASS));
    double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;
    x = x + TAU * xDot;
    xDot = xDot + TAU * xAcc;
    theta = theta + TAU * thetaDot;
    thetaDot = thetaDot + TAU * thetaAcc;
  }

  private float[] observation() {
    return new float[] {(float) x, (float) xDot, (float) theta, (float) thetaDot};
  }

  /** Steps taken in the current episode. */
  public int elapsedSteps() {
    return elapsedSteps;
  }

  @Override
  public String render() {
    return String.format("CartPole step %d: x=%.3f x_dot=%.3f theta=%.3f theta_dot=%.3f",
        elapsedSteps, x, xDot, theta, thetaDot);
  }
}

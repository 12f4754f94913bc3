package org.sprintgym.policy.rl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.deeplearning4j.gym.StepReply;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.space.ArrayObservationSpace;
import org.deeplearning4j.rl4j.space.Box;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.space.ObservationSpace;
import org.nd4j.linalg.factory.Nd4j;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * Any SprintGym {@link Env} (an episode type, CartPole) as an RL4J {@link MDP}, so RL4J's DQN and
 * A3C can train on it as a peer of SprintGym's PPO.
 *
 * <ul>
 *   <li>Seeds: RL4J's {@code reset()} takes none, so the adapter carries a root seed and seeds
 *       episode {@code k} with {@code RandomStreams.derive(seed, k)} (as {@code Evaluation} does).
 *       {@link #newInstance()} (RL4J's async learners ask one per worker) gives instance {@code i}
 *       a root seed derived from {@code seed} and {@code i}; the action space's
 *       {@code randomAction()} draws from an ND4J generator seeded from the root, not from
 *       ND4J's global one (RL4J's learners seed their own draws from their configuration).
 *   <li>{@code done} is {@code terminated || truncated}: RL4J has one flag, so it cannot
 *       bootstrap a truncated episode (a known limit of the peer, not of the adapter). Both flags
 *       stay in the step's info map ({@link #TERMINATED}, {@link #TRUNCATED}).
 *   <li>Masked actions become the nearest allowed one ({@link MaskedActions}); the info map
 *       holds the requested and the executed action.
 * </ul>
 * Not thread-safe, like the env it wraps.
 */
public final class EnvMdp implements MDP<Box, Integer, DiscreteSpace> {
  /** Info keys of each step. */
  public static final String TERMINATED = "terminated";
  public static final String TRUNCATED = "truncated";
  public static final String REQUESTED_ACTION = "requested_action";
  public static final String EXECUTED_ACTION = "executed_action";

  private static final long INSTANCE_STREAM = 0x1257A4CEL;
  private static final long ACTION_STREAM = 0xAC7104L;

  private final IntFunction<Env> factory;
  private final int index;
  private final long seed;
  private final Env env;
  private final DiscreteSpace actionSpace;
  private final ObservationSpace<Box> observationSpace;
  private long episodes;
  private int instances;
  private boolean[] mask;
  private boolean done = true;

  /**
   * @param factory makes the env; called with 0 here and with {@code i} for the i-th
   *     {@link #newInstance()}
   * @param seed root seed of this MDP's episodes and random actions
   */
  public EnvMdp(IntFunction<Env> factory, long seed) {
    this(factory, 0, seed);
  }

  private EnvMdp(IntFunction<Env> factory, int index, long seed) {
    this.factory = factory;
    this.index = index;
    this.seed = seed;
    this.env = factory.apply(index);
    this.actionSpace = new DiscreteSpace(env.actionSpace().n(),
        Nd4j.getRandomFactory().getNewRandomInstance(RandomStreams.derive(seed, ACTION_STREAM)));
    this.observationSpace = new ArrayObservationSpace<>(new int[] {env.observationSpace().size()});
  }

  /** The wrapped env. */
  public Env env() {
    return env;
  }

  /** The seed {@link #reset()} gives episode {@code k} (0-based) of this MDP. */
  public long episodeSeed(long k) {
    return RandomStreams.derive(seed, k);
  }

  /** Episodes started so far. */
  public long episodes() {
    return episodes;
  }

  @Override
  public ObservationSpace<Box> getObservationSpace() {
    return observationSpace;
  }

  @Override
  public DiscreteSpace getActionSpace() {
    return actionSpace;
  }

  @Override
  public Box reset() {
    Reset r = env.reset(episodeSeed(episodes++));
    mask = r.actionMask();
    done = false;
    return box(r.observation());
  }

  @Override
  public StepReply<Box> step(Integer action) {
    if (done) {
      throw new IllegalStateException("step after the episode ended (or before reset); call reset");
    }
    int executed = MaskedActions.nearestAllowed(action, mask);
    Step s = env.step(executed);
    mask = s.actionMask();
    done = s.done();
    Map<String, Object> info = new LinkedHashMap<>(s.info());
    info.put(TERMINATED, s.terminated());
    info.put(TRUNCATED, s.truncated());
    info.put(REQUESTED_ACTION, action);
    info.put(EXECUTED_ACTION, executed);
    return new StepReply<>(box(s.observation()), s.reward(), done, info);
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public void close() {
    if (env instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the env failed", e);
      }
    }
  }

  @Override
  public EnvMdp newInstance() {
    instances++;
    return new EnvMdp(factory, index + instances,
        RandomStreams.derive(seed, INSTANCE_STREAM, instances));
  }

  private static Box box(float[] observation) {
    double[] v = new double[observation.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = observation[i];
    }
    return new Box(v);
  }
}

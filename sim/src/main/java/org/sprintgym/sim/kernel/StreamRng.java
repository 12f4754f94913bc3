package org.sprintgym.sim.kernel;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Commons Math's {@link RandomGenerator} over a {@link SplittableRandom}, so that Commons Math
 * distributions draw from SprintGym's named streams. Re-seeding is refused: a stream's seed comes
 * from the run's root seed only.
 */
public final class StreamRng implements RandomGenerator {
  private final SplittableRandom random;
  private double nextGaussian = Double.NaN;

  public StreamRng(SplittableRandom random) {
    this.random = random;
  }

  public SplittableRandom random() {
    return random;
  }

  @Override
  public void setSeed(int seed) {
    throw new UnsupportedOperationException("stream seeds come from the run's root seed");
  }

  @Override
  public void setSeed(int[] seed) {
    throw new UnsupportedOperationException("stream seeds come from the run's root seed");
  }

  @Override
  public void setSeed(long seed) {
    throw new UnsupportedOperationException("stream seeds come from the run's root seed");
  }

  @Override
  public void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  @Override
  public int nextInt() {
    return random.nextInt();
  }

  @Override
  public int nextInt(int n) {
    return random.nextInt(n);
  }

  @Override
  public long nextLong() {
    return random.nextLong();
  }

  @Override
  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  @Override
  public float nextFloat() {
    return (random.nextInt() >>> 8) * 0x1.0p-24f;
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  /** Marsaglia's polar method; the spare value is kept so draws stay reproducible. */
  @Override
  public double nextGaussian() {
    if (!Double.isNaN(nextGaussian)) {
      double g = nextGaussian;
      nextGaussian = Double.NaN;
      return g;
    }
    double v1;
    double v2;
    double s;
    do {
      v1 = 2 * random.nextDouble() - 1;
      v2 = 2 * random.nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s == 0);
    double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    nextGaussian = v2 * m;
    return v1 * m;
  }
}

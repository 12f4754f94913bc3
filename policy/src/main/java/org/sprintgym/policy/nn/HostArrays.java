package org.sprintgym.policy.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Direct Java access to flat float arrays on the CPU backend. Elementwise updates over a few
 * thousand parameters (Adam, the gradient-norm clip) cost ~100 us of JNI overhead as a dozen native
 * ops but a few microseconds as one Java loop over the native buffer; the same holds for cheap
 * elementwise steps of the backward pass (the tanh derivative). On other backends (CUDA) the
 * host copy may be stale, so callers fall back to ND4J ops there.
 */
public final class HostArrays {
  private HostArrays() {}

  /** True when all arrays are plain, whole-buffer float arrays in host memory. */
  public static boolean usable(INDArray... arrays) {
    if (!isCpuBackend()) {
      return false;
    }
    for (INDArray a : arrays) {
      if (a.dataType() != DataType.FLOAT || a.isView() || a.offset() != 0
          || a.data().length() != a.length()) {
        return false;
      }
    }
    return true;
  }

  /** A copy of the array's values (one bulk copy out of native memory). */
  public static float[] read(INDArray a) {
    float[] out = new float[(int) a.length()];
    buffer(a).get(out);
    return out;
  }

  /** Overwrites the array's values (one bulk copy into native memory). */
  public static void write(INDArray a, float[] values) {
    buffer(a).put(values);
  }

  private static FloatBuffer buffer(INDArray a) {
    return a.data().asNioFloat().position(0);
  }

  private static boolean isCpuBackend() {
    return Nd4j.getBackend().getClass().getSimpleName().startsWith("Cpu");
  }
}

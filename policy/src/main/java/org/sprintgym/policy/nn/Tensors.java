package org.sprintgym.policy.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between Java arrays and ND4J matrices with one native call each way. */
public final class Tensors {
  private Tensors() {}

  /** A {@code rows x cols} matrix of {@code type} holding {@code data} (row-major). */
  public static INDArray matrix(float[] data, int rows, int cols, DataType type) {
    long[] shape = {rows, cols};
    if (type == DataType.FLOAT) {
      return Nd4j.create(data, shape, 'c');
    }
    double[] d = new double[data.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = data[i];
    }
    return Nd4j.create(d, shape, 'c');
  }

  /** A {@code rows x cols} matrix of {@code type} holding {@code data} (row-major). */
  public static INDArray matrix(double[] data, int rows, int cols, DataType type) {
    if (type == DataType.FLOAT) {
      // the Java cast rounds to nearest as castTo does; one native call instead of two
      float[] f = new float[data.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) data[i];
      }
      return Nd4j.create(f, new long[] {rows, cols}, 'c');
    }
    return Nd4j.create(data, new long[] {rows, cols}, 'c').castTo(type);
  }

  /** All values of {@code a} in row-major order. */
  public static double[] toDoubles(INDArray a) {
    INDArray c = dense(a);
    return c.data().asDouble();
  }

  /** All values of {@code a} in row-major order. */
  public static float[] toFloats(INDArray a) {
    INDArray c = dense(a);
    return c.data().asFloat();
  }

  // A fresh result of an op owns its whole buffer; views and offsets need a copy first.
  private static INDArray dense(INDArray a) {
    if (a.isView() || a.offset() != 0 || a.ordering() != 'c' || a.data().length() != a.length()) {
      return a.dup('c');
    }
    return a;
  }
}

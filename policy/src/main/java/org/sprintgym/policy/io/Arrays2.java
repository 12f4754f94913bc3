package org.sprintgym.policy.io;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.sprintgym.policy.nn.Tensors;

/** Exact round trips of flat parameter arrays through an archive, in their own precision. */
final class Arrays2 {
  private Arrays2() {}

  static void put(TensorArchive a, String name, INDArray flat) {
    if (flat.dataType() == DataType.DOUBLE) {
      a.put(name, Tensors.toDoubles(flat));
    } else {
      a.put(name, Tensors.toFloats(flat));
    }
  }

  static INDArray get(TensorArchive a, String name) {
    if (a.has(name) && isDoubles(a, name)) {
      return Nd4j.createFromArray(a.doubles(name));
    }
    return Nd4j.createFromArray(a.floats(name));
  }

  private static boolean isDoubles(TensorArchive a, String name) {
    try {
      a.doubles(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

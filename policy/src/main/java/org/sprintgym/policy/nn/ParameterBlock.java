package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Parameters kept in one flat array, with a gradient array of the same layout; layers see views.
 * One flat array makes the optimiser, the gradient-norm clip and checkpoints single operations,
 * which matters because small networks on ND4J pay per native call, not per element.
 */
public final class ParameterBlock {
  private final INDArray values;
  private final INDArray gradients;
  private final List<String> names = new ArrayList<>();
  private final List<long[]> shapes = new ArrayList<>();
  private long next;

  public ParameterBlock(long size, DataType type) {
    if (size < 1) {
      throw new IllegalArgumentException("parameter block size must be >= 1 but was " + size);
    }
    this.values = Nd4j.zeros(type, size);
    this.gradients = Nd4j.zeros(type, size);
  }

  /** A matrix or vector slot: index 0 is the value view, index 1 the gradient view. */
  public INDArray[] take(String name, long... shape) {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    if (next + n > values.length()) {
      throw new IllegalStateException("parameter block of " + values.length()
          + " values cannot hold " + name + " at " + next);
    }
    INDArray v = values.get(NDArrayIndex.interval(next, next + n));
    INDArray g = gradients.get(NDArrayIndex.interval(next, next + n));
    next += n;
    names.add(name);
    shapes.add(shape.clone());
    if (shape.length > 1) {
      v = v.reshape('c', shape);
      g = g.reshape('c', shape);
    }
    return new INDArray[] {v, g};
  }

  /** The flat parameter array (live: writing it changes the network). */
  public INDArray values() {
    return values;
  }

  /** The flat gradient array, filled by the last backward pass. */
  public INDArray gradients() {
    return gradients;
  }

  public long size() {
    return values.length();
  }

  /** True once every value has been handed out, a check that the layout arithmetic is right. */
  public boolean full() {
    return next == values.length();
  }

  public DataType dataType() {
    return values.dataType();
  }

  public List<String> names() {
    return List.copyOf(names);
  }
}

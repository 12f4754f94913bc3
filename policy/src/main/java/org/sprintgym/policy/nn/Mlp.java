package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** A multilayer perceptron with tanh between layers and a linear output. */
public final class Mlp {
  private final List<Linear> layers;
  private final List<INDArray> activations = new ArrayList<>();

  Mlp(List<Linear> layers) {
    this.layers = List.copyOf(layers);
  }

  public List<Linear> layers() {
    return layers;
  }

  /** The output layer (the policy or value head). */
  public Linear head() {
    return layers.get(layers.size() - 1);
  }

  /** Forward pass over a batch of rows; remembers what backward needs. */
  public INDArray forward(INDArray x) {
    activations.clear();
    INDArray h = x;
    for (int i = 0; i < layers.size(); i++) {
      h = layers.get(i).forward(h);
      if (i < layers.size() - 1) {
        Transforms.tanh(h, false);
        activations.add(h);
      }
    }
    return h;
  }

  /** Backward pass for the last forward; writes gradients into the layers' gradient views. */
  public void backward(INDArray dOut, boolean trainBase) {
    INDArray d = dOut;
    for (int i = layers.size() - 1; i >= 0; i--) {
      d = layers.get(i).backward(d, trainBase, i > 0);
      if (i > 0) {
        timesTanhDerivative(d, activations.get(i - 1));
      }
    }
  }

  /**
   * {@code d *= 1 - a^2} (tanh' from the activation {@code a}). On the CPU backend one Java loop
   * over the host buffers replaces three native ops and a temporary; the float operations are the
   * same, in the same order, so the results are identical.
   */
  static void timesTanhDerivative(INDArray d, INDArray a) {
    if (HostArrays.usable(d, a)) {
      float[] dv = HostArrays.read(d);
      float[] av = HostArrays.read(a);
      for (int k = 0; k < dv.length; k++) {
        dv[k] = dv[k] * (1f - av[k] * av[k]);
      }
      HostArrays.write(d, dv);
    } else {
      d.muli(a.mul(a).rsubi(1.0));
    }
  }

  /** Parameter count of an MLP with these layer widths. */
  public static long parameterCount(List<Integer> widths) {
    long n = 0;
    for (int i = 0; i + 1 < widths.size(); i++) {
      n += (long) widths.get(i) * widths.get(i + 1) + widths.get(i + 1);
    }
    return n;
  }
}

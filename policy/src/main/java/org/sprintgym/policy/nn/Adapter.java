package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.sprintgym.policy.Rng;

/**
 * A named LoRA adapter over a network's linear layers: its own parameter block (A and B per layer,
 * and head copies when {@link LoraConfig#trainHeads()}), the base stays untouched. A starts
 * uniform in ±1/sqrt(in) (as PEFT's Kaiming-uniform), B starts at zero, so a fresh adapter changes
 * nothing.
 */
public final class Adapter {
  private final String name;
  private final LoraConfig config;
  private final ParameterBlock parameters;
  private final List<LowRankDelta> deltas;
  private final List<HeadOverride> heads;

  private Adapter(String name, LoraConfig config, ParameterBlock parameters,
      List<LowRankDelta> deltas, List<HeadOverride> heads) {
    this.name = name;
    this.config = config;
    this.parameters = parameters;
    this.deltas = deltas;
    this.heads = heads;
  }

  /**
   * A fresh adapter for {@code layers}; the layers at {@code headIndexes} get head copies instead
   * of low-rank deltas when the config trains heads.
   */
  static Adapter create(String name, LoraConfig config, List<Linear> layers,
      List<Integer> headIndexes, DataType type, Rng rng) {
    var block = new ParameterBlock(parameterCount(config, layers, headIndexes), type);
    List<LowRankDelta> deltas = new ArrayList<>(Collections.nCopies(layers.size(), null));
    List<HeadOverride> heads = new ArrayList<>(Collections.nCopies(layers.size(), null));
    for (int i = 0; i < layers.size(); i++) {
      Linear l = layers.get(i);
      if (config.trainHeads() && headIndexes.contains(i)) {
        INDArrayPair w = INDArrayPair.of(block.take(name + "." + i + ".head_w", l.in(), l.out()));
        INDArrayPair b = INDArrayPair.of(block.take(name + "." + i + ".head_b", l.out()));
        w.value().assign(l.weight());
        b.value().assign(l.bias());
        heads.set(i, new HeadOverride(w.value(), b.value(), w.grad(), b.grad()));
      } else {
        INDArrayPair a = INDArrayPair.of(block.take(name + "." + i + ".lora_a", l.in(),
            config.rank()));
        INDArrayPair bb = INDArrayPair.of(block.take(name + "." + i + ".lora_b", config.rank(),
            l.out()));
        double bound = 1.0 / Math.sqrt(l.in());
        double[] init = new double[l.in() * config.rank()];
        for (int k = 0; k < init.length; k++) {
          init[k] = (2 * rng.nextDouble() - 1) * bound;
        }
        a.value().assign(Tensors.matrix(init, l.in(), config.rank(), type));
        deltas.set(i, new LowRankDelta(a.value(), bb.value(), a.grad(), bb.grad(),
            config.scale()));
      }
    }
    if (!block.full()) {
      throw new IllegalStateException("adapter layout does not fill its parameter block");
    }
    return new Adapter(name, config, block, deltas, heads);
  }

  /**
   * Number of adapter parameters: {@code r * (in + out)} per low-rank layer, plus
   * {@code in * out + out} per head copy.
   */
  public static long parameterCount(LoraConfig config, List<Linear> layers,
      List<Integer> headIndexes) {
    long n = 0;
    for (int i = 0; i < layers.size(); i++) {
      Linear l = layers.get(i);
      n += config.trainHeads() && headIndexes.contains(i)
          ? (long) l.in() * l.out() + l.out()
          : (long) config.rank() * (l.in() + l.out());
    }
    return n;
  }

  public String name() {
    return name;
  }

  public LoraConfig config() {
    return config;
  }

  /** The adapter's own parameters and gradients (the only thing saved in an adapter file). */
  public ParameterBlock parameters() {
    return parameters;
  }

  LowRankDelta delta(int layer) {
    return deltas.get(layer);
  }

  HeadOverride head(int layer) {
    return heads.get(layer);
  }

  /** A value view and its gradient view. */
  record INDArrayPair(org.nd4j.linalg.api.ndarray.INDArray value,
      org.nd4j.linalg.api.ndarray.INDArray grad) {
    static INDArrayPair of(org.nd4j.linalg.api.ndarray.INDArray[] pair) {
      return new INDArrayPair(pair[0], pair[1]);
    }
  }
}

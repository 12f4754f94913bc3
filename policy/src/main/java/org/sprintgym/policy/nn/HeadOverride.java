package org.sprintgym.policy.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** An adapter's own trainable copy of an output layer, used instead of the base weights. */
public record HeadOverride(INDArray w, INDArray b, INDArray gradW, INDArray gradB) {}

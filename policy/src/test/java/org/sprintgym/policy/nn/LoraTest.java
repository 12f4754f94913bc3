package org.sprintgym.policy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;
import org.sprintgym.policy.io.AdapterFile;

class LoraTest {
  static final ActorCriticSpec SPEC = ActorCriticSpec.of(4, 3, 16, 8);

  static ActorCritic net() {
    return ActorCritic.create(SPEC, DataType.FLOAT, Rng.seeded(11));
  }

  static ObservationBatch batch(int n) {
    return ObservationBatch.unmasked(n, 4, 3, floats(n * 4, 7));
  }

  static INDArray[] outputs(ActorCritic net, ObservationBatch b) {
    var f = net.forward(Tensors.matrix(b.observations(), b.size(), 4, DataType.FLOAT));
    return new INDArray[] {f.logits().dup(), f.values().dup()};
  }

  static double maxDiff(INDArray[] a, INDArray[] b) {
    return Math.max(Transforms2.maxAbsDiff(a[0], b[0]), Transforms2.maxAbsDiff(a[1], b[1]));
  }

  @Test
  void freshAdapterLeavesOutputsEqualToBase() {
    var net = net();
    var base = outputs(net, batch(16));
    net.addAdapter("fresh", LoraConfig.of(4), Rng.seeded(1));
    net.activate("fresh");
    assertTrue(maxDiff(base, outputs(net, batch(16))) <= 1e-6);
    assertEquals(8.0, LoraConfig.of(4).alpha());
  }

  @Test
  void mergedEqualsUnmergedAndBaseIsUntouched() {
    var net = net();
    byte[] before = sha256(net.baseParameters().values());
    Adapter a = net.addAdapter("trained", new LoraConfig(2, 4.0, true), Rng.seeded(1));
    perturb(a, 3);
    net.activate("trained");
    var unmerged = outputs(net, batch(16));
    var merged = net.merged();
    assertTrue(merged.adapters().isEmpty());
    assertTrue(maxDiff(unmerged, outputs(merged, batch(16))) <= 1e-5);
    assertTrue(maxDiff(unmerged, outputs(netWithBaseOnly(net), batch(16))) > 1e-3,
        "the perturbed adapter must change the outputs");
    assertArrayEquals(before, sha256(net.baseParameters().values()));
  }

  private static ActorCritic netWithBaseOnly(ActorCritic net) {
    net.activate(ActorCritic.BASE);
    return net;
  }

  @Test
  void adapterFileHoldsOnlyTheAdapterParameters(@TempDir Path dir) throws Exception {
    var net = net();
    // widths 4-16-8-3 (actor) and 4-16-8-1 (critic): r * (in + out) per layer
    long perRank = (4 + 16) + (16 + 8) + (8 + 3) + (4 + 16) + (16 + 8) + (8 + 1);
    Adapter r2 = net.addAdapter("r2", LoraConfig.of(2), Rng.seeded(1));
    Adapter r5 = net.addAdapter("r5", LoraConfig.of(5), Rng.seeded(1));
    assertEquals(2 * perRank, r2.parameters().size());
    Path f2 = dir.resolve("r2.adapter");
    Path f5 = dir.resolve("r5.adapter");
    AdapterFile.write(f2, r2);
    AdapterFile.write(f5, r5);
    // same header (names of equal length): the size difference is exactly the extra floats
    assertEquals(Float.BYTES * 3 * perRank, Files.size(f5) - Files.size(f2));
    long header = Files.size(f2) - Float.BYTES * 2 * perRank;
    assertTrue(header > 0 && header < 256, "header " + header);
    long baseBytes = Float.BYTES * SPEC.parameterCount();
    assertTrue(Files.size(f2) < baseBytes, "an adapter file must not contain the base");
  }

  @Test
  void adaptersAreSavedLoadedAndSwitchedByName(@TempDir Path dir) {
    var net = net();
    perturb(net.addAdapter("left", LoraConfig.of(2), Rng.seeded(1)), 5);
    perturb(net.addAdapter("right", LoraConfig.of(3), Rng.seeded(2)), 6);
    net.activate("left");
    var left = outputs(net, batch(8));
    net.activate("right");
    var right = outputs(net, batch(8));
    assertTrue(maxDiff(left, right) > 1e-3);
    AdapterFile.write(dir.resolve("left.adapter"), net.adapters().get("left"));

    var other = net();
    AdapterFile.load(dir.resolve("left.adapter"), other);
    other.activate("left");
    assertTrue(maxDiff(left, outputs(other, batch(8))) <= 1e-7);
    assertThrows(IllegalArgumentException.class, () -> other.activate("nope"));
    assertThrows(IllegalArgumentException.class,
        () -> other.addAdapter("left", LoraConfig.of(1), Rng.seeded(1)));
    assertThrows(IllegalArgumentException.class,
        () -> other.addAdapter(ActorCritic.BASE, LoraConfig.of(1), Rng.seeded(1)));
  }

  @Test
  void mixedAdapterBatchEqualsPerSampleRuns() {
    var net = net();
    perturb(net.addAdapter("a", LoraConfig.of(2), Rng.seeded(1)), 8);
    perturb(net.addAdapter("b", new LoraConfig(3, 1.0, true), Rng.seeded(2)), 9);
    int n = 9;
    ObservationBatch all = batch(n);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(List.of("a", ActorCritic.BASE, "b").get(i % 3));
    }
    PolicyOutput mixed = net.actMixed(all, names, ActionMode.GREEDY, Rng.seeded(1));
    for (int i = 0; i < n; i++) {
      net.activate(names.get(i));
      float[] one = java.util.Arrays.copyOfRange(all.observations(), i * 4, i * 4 + 4);
      PolicyOutput single = net.act(ObservationBatch.unmasked(1, 4, 3, one), ActionMode.GREEDY,
          Rng.seeded(1));
      assertEquals(single.actions()[0], mixed.actions()[i]);
      assertEquals(single.logProbs()[0], mixed.logProbs()[i], 1e-6);
      assertEquals(single.values()[0], mixed.values()[i], 1e-6);
    }
    assertThrows(IllegalArgumentException.class, () -> new LoraConfig(0, 1, false));
    assertThrows(IllegalArgumentException.class, () -> new LoraConfig(2, -1, false));
  }

  static float[] floats(int count, long seed) {
    Rng r = Rng.seeded(seed);
    float[] o = new float[count];
    for (int i = 0; i < count; i++) {
      o[i] = (float) r.nextGaussian();
    }
    return o;
  }

  static void perturb(Adapter a, long seed) {
    Rng r = Rng.seeded(seed);
    INDArray v = a.parameters().values();
    for (long k = 0; k < v.length(); k++) {
      v.putScalar(k, v.getDouble(k) + 0.3 * r.nextGaussian());
    }
  }

  static byte[] sha256(INDArray a) {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      for (float f : Tensors.toFloats(a)) {
        int bits = Float.floatToRawIntBits(f);
        md.update(new byte[] {(byte) (bits >> 24), (byte) (bits >> 16), (byte) (bits >> 8),
            (byte) bits});
      }
      return md.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Small helpers over ND4J arrays for these tests. */
  static final class Transforms2 {
    static double maxAbsDiff(INDArray a, INDArray b) {
      return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }
  }
}

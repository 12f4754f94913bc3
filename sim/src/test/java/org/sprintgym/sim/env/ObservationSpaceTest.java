package org.sprintgym.sim.env;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationSpaceTest {

  @Test
  void validatesShapesAndBounds() {
    assertThrows(IllegalArgumentException.class,
        () -> new ObservationSpace(List.of("a"), new float[] {0, 1}, new float[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> new ObservationSpace(List.of("a"), new float[] {2}, new float[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> new ObservationSpace(List.of(), new float[0], new float[0]));
    assertThrows(IllegalArgumentException.class, () -> ActionSpace.of("a", "a"));
    assertThrows(IllegalArgumentException.class,
        () -> new Step(new float[1], Double.NaN, false, false, new boolean[] {true}, Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Reset(new float[1], new boolean[] {false, false}, Map.of()));
  }

  @Test
  void containsChecksEveryDimension() {
    var space = new ObservationSpace(List.of("a", "b"), new float[] {0, -1}, new float[] {1, 1});
    assertTrue(space.contains(new float[] {0.5f, -1f}));
    assertFalse(space.contains(new float[] {0.5f, 1.5f}));
    assertFalse(space.contains(new float[] {0.5f}));
  }
}

package org.sprintgym.policy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.Observations;
import org.sprintgym.sim.io.InputError;

class ObservationLayoutTest {
  private static final Path FILE = Path.of("run", "checkpoint.bin");

  @Test
  void roundTripsThroughAnArchiveAndMatchesItsOwnSpace() {
    var layout = ObservationLayout.of(Observations.observationSpace());
    var a = new TensorArchive();
    layout.put(a);
    var back = ObservationLayout.get(a);
    assertEquals(layout, back);
    back.requireMatches(Observations.observationSpace(), FILE, "triage");
    assertEquals(new ObservationLayout(0, List.of()), ObservationLayout.get(new TensorArchive()));
  }

  @Test
  void anotherLayoutIsRefusedNamingTheFileAndTheDifference() {
    var space = Observations.observationSpace();
    var older = new ObservationLayout(Observations.LAYOUT_VERSION - 1, space.names());
    var e1 = assertThrows(InputError.class, () -> older.requireMatches(space, FILE, "triage"));
    assertTrue(e1.getMessage().contains("checkpoint.bin"), e1.getMessage());
    assertTrue(e1.getMessage().contains("layout v" + (Observations.LAYOUT_VERSION - 1)),
        e1.getMessage());
    var shifted = new ArrayList<>(space.names());
    shifted.set(3, "type_something_else");
    var e2 = assertThrows(InputError.class, () -> new ObservationLayout(
        Observations.LAYOUT_VERSION, shifted).requireMatches(space, FILE, "triage"));
    assertTrue(e2.getMessage().contains("feature 3"), e2.getMessage());
    var e3 = assertThrows(InputError.class, () -> new ObservationLayout(0, List.of())
        .requireMatches(space, FILE, "triage"));
    assertTrue(e3.getMessage().contains("before observation layouts were versioned"),
        e3.getMessage());
  }
}

package org.sprintgym.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepTest {
  @Test
  void aCellKeepsItsParametersInTheSweepFilesOrder() {
    // reports print a cell as "k1=.. k2=..": the order must not change from one JVM to the next
    var params = new ArrayList<String>();
    var cell = new LinkedHashMap<String, String>();
    for (String k : List.of("team.z", "team.a", "team.m", "team.b", "team.y", "team.c",
        "team.x", "team.d")) {
      params.add(k);
      cell.put(k, "1");
    }
    var sweep = new Sweep(Path.of("s.yaml"), "s", Path.of("x.yaml"), params, List.of(cell), 1, 1);
    Map<String, String> kept = sweep.cells().get(0);
    assertThat(new ArrayList<>(kept.keySet())).isEqualTo(params);
    assertThat(kept).isUnmodifiable();
  }
}

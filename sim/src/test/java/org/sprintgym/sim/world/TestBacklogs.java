package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sprintgym.sim.backlog.Backlog;
import org.sprintgym.sim.backlog.ElicitationDimension;
import org.sprintgym.sim.backlog.HiddenCriterion;
import org.sprintgym.sim.backlog.Product;
import org.sprintgym.sim.backlog.RepositoryType;
import org.sprintgym.sim.backlog.Story;

/** Small synthetic backlogs for simulator tests, independent of the YAML reader. */
final class TestBacklogs {
  private TestBacklogs() {}

  static final int[] POINTS = {1, 2, 3, 5, 8};
  static final String[] DOMAINS = {"backend", "frontend", "devops", "database"};

  /** {@code n} stories with ambiguity in [lo, hi] and hidden criteria to match. */
  static Backlog of(int n, long seed, double ambiguityLo, double ambiguityHi) {
    return of(n, seed, ambiguityLo, ambiguityHi, POINTS);
  }

  /** {@code n} stories with sizes drawn from {@code sizes}. */
  static Backlog of(int n, long seed, double ambiguityLo, double ambiguityHi, int[] sizes) {
    var rnd = new SplittableRandom(seed);
    var stories = new ArrayList<Story>();
    for (int i = 1; i <= n; i++) {
      int points = sizes[rnd.nextInt(sizes.length)];
      double amb = ambiguityLo + (ambiguityHi - ambiguityLo) * rnd.nextDouble();
      String domain = DOMAINS[rnd.nextInt(DOMAINS.length)];
      int hiddenCount = (int) Math.round(amb * (1 + points / 3.0));
      var hidden = new ArrayList<HiddenCriterion>();
      for (int h = 0; h < hiddenCount; h++) {
        var dim = ElicitationDimension.values()[rnd.nextInt(6)];
        hidden.add(new HiddenCriterion("hidden " + h + " of US-" + i, dim));
      }
      stories.add(new Story("US-" + i, "Story " + i, "As a user I can do " + i,
          List.of("criterion a", "criterion b"), points, i, List.of(), List.of(), domain, "python",
          "", amb, hidden, 0.2 + 0.3 * rnd.nextDouble(), domain + "/area" + (i % 4), List.of()));
    }
    var product = new Product("Test product", "", List.of("python"), List.of(),
        RepositoryType.GREENFIELD, 0.2);
    return new Backlog("test(seed=" + seed + ")", product, stories);
  }

  static Backlog of(int n, long seed) {
    return of(n, seed, 0.1, 0.9);
  }
}

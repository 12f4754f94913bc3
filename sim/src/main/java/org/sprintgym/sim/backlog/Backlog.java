package org.sprintgym.sim.backlog;

import java.util.HashSet;
import java.util.List;
import org.sprintgym.agents.Requires;

/**
 * A product backlog: the product and its stories in file order.
 *
 * @param source where it came from (a file name or {@code generated(seed=...)})
 * @param product the product section
 * @param stories the stories, unique ids
 */
public record Backlog(String source, Product product, List<Story> stories) {
  public Backlog {
    Requires.nonNull(source, "backlog source");
    Requires.nonNull(product, "product");
    stories = List.copyOf(stories);
    var ids = new HashSet<String>();
    for (Story s : stories) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("story id " + s.id() + " appears twice in " + source);
      }
    }
  }

  /** The same product and stories under another source name (e.g. after writing to a file). */
  public Backlog withSource(String newSource) {
    return new Backlog(newSource, product, stories);
  }

  public int totalPoints() {
    return stories.stream().mapToInt(Story::points).sum();
  }
}

package org.sprintgym.sim.backlog;

import java.util.List;
import org.sprintgym.agents.Requires;

/**
 * A backlog read from a file, with the keys the reader accepted but does not model (unknown
 * product or top-level keys), so that a front end can say they were ignored.
 *
 * @param backlog the backlog
 * @param ignoredKeys key paths, in file order, e.g. {@code product.team_notes}
 */
public record LoadedBacklog(Backlog backlog, List<String> ignoredKeys) {
  public LoadedBacklog {
    Requires.nonNull(backlog, "backlog");
    ignoredKeys = List.copyOf(ignoredKeys);
  }
}

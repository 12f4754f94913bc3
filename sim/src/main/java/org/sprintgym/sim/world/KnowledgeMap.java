package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sprintgym.sim.config.KnowledgeCoefficients;

/**
 * Who holds the knowledge of each code-base area. A member holds an area when their knowledge of
 * it is at least the configured holder threshold. When the last holder of an area leaves, its knowledge is lost
 * unless it was documented (a remaining developer picks it up from the documents) or someone
 * learned it by pairing; work in a lost area is slower and more defect-prone until someone
 * relearns it.
 */
final class KnowledgeMap {
  private final KnowledgeCoefficients coeffs;

  /** Areas the code base has: known to someone at the start, or worked on since. */
  private final Set<String> areas = new TreeSet<>();
  private final Set<String> documented = new TreeSet<>();
  private final Set<String> lost = new TreeSet<>();

  KnowledgeMap(KnowledgeCoefficients coeffs) {
    this.coeffs = coeffs;
  }

  /** Work in an area whose knowledge was lost takes this many times longer. */
  double lostSlowdown() {
    return coeffs.lostSlowdown();
  }

  /** ... and introduces this many times more defects. */
  double lostDefects() {
    return coeffs.lostDefects();
  }

  void touch(String area) {
    areas.add(area);
  }

  void addKnown(Worker x) {
    x.knowledge.forEach((area, k) -> areas.add(area));
  }

  /** The member writes down what they know: each area they hold is documented. */
  List<String> document(Worker x) {
    var out = new ArrayList<String>();
    x.knowledge.forEach((area, k) -> {
      if (k >= coeffs.holder() && documented.add(area)) {
        out.add(area);
      }
    });
    return out;
  }

  boolean lost(String area) {
    return lost.contains(area);
  }

  /** Marks the area relearned once {@code x} holds it again; returns whether it was lost. */
  boolean relearn(String area, Worker x) {
    return x.knowledgeOf(area) >= coeffs.holder() && lost.remove(area);
  }

  /**
   * {@code leaver} leaves; for each area only they held, the documents hand it to the best
   * remaining driver, or it is lost. Returns "area:kept" / "area:lost" entries for the log.
   */
  List<String> depart(Worker leaver, Collection<Worker> remaining) {
    var out = new ArrayList<String>();
    for (var e : new TreeSet<>(leaver.knowledge.keySet())) {
      double k = leaver.knowledgeOf(e);
      if (k < coeffs.holder() || holders(e, remaining) > 0) {
        continue;
      }
      Worker reader = null;
      for (Worker x : remaining) {
        if (x.member.role().drivesTasks() && (reader == null || x.knowledgeOf(e) > reader.knowledgeOf(e))) {
          reader = x;
        }
      }
      if (documented.contains(e) && reader != null) {
        reader.knowledge.put(e, Math.max(reader.knowledgeOf(e), coeffs.documentRetention() * k));
        out.add(e + ":kept");
      } else {
        lost.add(e);
        out.add(e + ":lost");
      }
    }
    return out;
  }

  int holders(String area, Collection<Worker> team) {
    int n = 0;
    for (Worker x : team) {
      if (x.knowledgeOf(area) >= coeffs.holder()) {
        n++;
      }
    }
    return n;
  }

  /** Share of the code base's areas with at least one holder (0 while the code base is empty). */
  double coverage(Collection<Worker> team) {
    if (areas.isEmpty()) {
      return 0;
    }
    int held = 0;
    for (String a : areas) {
      if (holders(a, team) > 0) {
        held++;
      }
    }
    return held / (double) areas.size();
  }

  /**
   * The truck factor (Avelino et al.): how many members, removed most-knowledgeable first, it
   * takes to leave more than half of the areas without a holder. 0 for an empty code base.
   */
  int busFactor(Collection<Worker> team) {
    if (areas.isEmpty()) {
      return 0;
    }
    var left = new ArrayList<>(team);
    int removed = 0;
    while (orphaned(left) * 2 <= areas.size() && !left.isEmpty()) {
      Worker top = null;
      int most = -1;
      for (Worker x : left) {
        int held = 0;
        for (String a : areas) {
          if (x.knowledgeOf(a) >= coeffs.holder()) {
            held++;
          }
        }
        if (held > most) {
          most = held;
          top = x;
        }
      }
      left.remove(top);
      removed++;
    }
    return removed;
  }

  private int orphaned(Collection<Worker> team) {
    int n = 0;
    for (String a : areas) {
      if (holders(a, team) == 0) {
        n++;
      }
    }
    return n;
  }
}

package org.sprintgym.sim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Member;
import org.sprintgym.sim.backlog.Story;
import org.sprintgym.sim.stats.Stats;

/**
 * An immutable copy of what a running simulation holds between sprints: the situation an episode
 * is cut from. Hidden truth (undiscovered criteria, latent defects) is included: episodes need it
 * to score the trainee, and only the env ever shows a policy what its actions revealed.
 *
 * @param sprint sprints run so far (0 before the first)
 * @param velocities accepted points per sprint so far
 * @param members the team, in configuration order
 * @param knowledge each member's current knowledge per codebase area (learned areas included)
 * @param upcoming stories not yet committed, in priority order
 * @param carried stories committed earlier and not accepted yet
 */
public record WorldCut(int sprint, List<Integer> velocities, List<Member> members,
    Map<String, Map<String, Double>> knowledge, List<Story> upcoming, List<CardCut> carried) {

  public WorldCut {
    velocities = List.copyOf(velocities);
    members = List.copyOf(members);
    var k = new LinkedHashMap<String, Map<String, Double>>();
    knowledge.forEach((m, areas) -> k.put(m, Map.copyOf(areas)));
    knowledge = java.util.Collections.unmodifiableMap(k);
    upcoming = List.copyOf(upcoming);
    carried = List.copyOf(carried);
  }

  /**
   * A story in flight at the cut, with its hidden state.
   *
   * @param story the story
   * @param questionsAsked refinement questions asked about it so far
   * @param discovered which of its hidden criteria the team knows of
   * @param latentDefects defects built in and not found yet
   * @param qaRejections QA rejections so far
   * @param poRejections PO rejections so far
   * @param reworkHours hours of rework added so far
   */
  public record CardCut(Story story, int questionsAsked, List<Boolean> discovered,
      int latentDefects, int qaRejections, int poRejections, double reworkHours) {
    public CardCut {
      discovered = List.copyOf(discovered);
    }
  }

  /** Mean velocity of the last three sprints, or {@code fallback} before the first sprint. */
  public double recentVelocity(double fallback) {
    if (velocities.isEmpty()) {
      return fallback;
    }
    int size = velocities.size();
    return Stats.orderedMean(velocities.subList(size - Math.min(3, size), size).stream()
        .mapToDouble(Integer::doubleValue).toArray());
  }

  static WorldCut of(World w) {
    var members = new ArrayList<Member>();
    var knowledge = new LinkedHashMap<String, Map<String, Double>>();
    for (Worker x : w.workers.values()) {
      members.add(x.member);
      knowledge.put(x.id(), new java.util.TreeMap<>(x.knowledge));
    }
    var upcoming = new ArrayList<Story>();
    for (StoryCard c : w.productBacklog) {
      upcoming.add(c.story);
    }
    var carried = new ArrayList<CardCut>();
    for (StoryCard c : w.carriedOver) {
      var disc = new ArrayList<Boolean>(c.discovered.length);
      for (boolean d : c.discovered) {
        disc.add(d);
      }
      carried.add(new CardCut(c.story, c.questionsAsked, disc, c.latentDefects, c.qaRejections,
          c.poRejections, c.reworkHours));
    }
    return new WorldCut(w.sprint, w.velocities, members, knowledge, upcoming, carried);
  }
}

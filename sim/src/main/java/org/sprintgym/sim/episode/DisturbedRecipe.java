package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sprintgym.agents.Member;
import org.sprintgym.sim.config.DisturbanceType;
import org.sprintgym.sim.world.WorldCut;

/**
 * Stage 2: a disturbance the world drew with AAT's probabilities and injected; its measured
 * severity, reach and velocity impact become the situation's hidden truth.
 *
 * @param rescoped whether the situation comes from the scope-creep run (scope changes) rather than
 *     the run with every disturbance kind
 */
record DisturbedRecipe(boolean rescoped) implements SituationRecipe {
  @Override
  public SituationSource source() {
    return SituationSource.DISTURBED;
  }

  private Optional<WorldRuns.Disturbed> run(SituationLibrary library, int world) {
    return rescoped ? library.rescoped(world) : library.disturbed(world);
  }

  @Override
  public SituationContext cut(EpisodeType type, SituationLibrary library,
      SituationLibrary.World world, SplittableRandom r) {
    int worlds = SituationCutter.runWorlds(library);
    // a world whose backlog ran out before a disturbance struck hands over to the next one
    var run = run(library, world.index());
    for (int i = 1; run.isEmpty() && i < worlds; i++) {
      world = library.world((world.index() + 1) % worlds);
      run = run(library, world.index());
    }
    if (run.isEmpty()) {
      throw new IllegalStateException("no world of " + library.worlds() + " drew a disturbance for "
          + type.key() + " in " + WorldRuns.MAX_SPRINTS + " sprints; check the disturbance settings");
    }
    WorldCut cut = run.get().cut();
    List<Map<String, Object>> struck = run.get().struck();
    Map<String, Object> hit = struck.get(r.nextInt(struck.size()));
    DisturbanceType dt = DisturbanceType.valueOf(((String) hit.get("type")).toUpperCase(Locale.ROOT));
    DisturbanceKind kind = DisturbanceKind.values()[dt.ordinal() + 1];
    String target = String.valueOf(hit.get("target"));
    List<String> targets = storiesIn(target, cut);
    SituationCutter.Pick p = !targets.isEmpty() ? SituationCutter.pickById(cut, targets.get(0))
        : SituationCutter.hasOpen(cut) ? SituationCutter.pickStory(cut, true, r)
        : SituationCutter.pickStory(world.cut(), true, r);
    Member trainee = SituationCutter.seat(cut, r, List.of());
    var m = new HashMap<String, Double>();
    for (String k : List.of("severity", "velocity_impact", "planned_velocity_impact",
        "quality_regression", "scale")) {
      m.put(k, ((Number) hit.get(k)).doubleValue());
    }
    m.put("targets", (double) targets.size());
    m.put("own_code", ownCode(dt, r));
    m.put("struck", (double) struck.size());
    int day = Math.max(0, Math.min(SituationCutter.DAYS - 1, ((Number) hit.get("day")).intValue()));
    return SituationCutter.build(world, cut, p, trainee, day, kind, SituationSource.DISTURBED,
        List.of(target), m);
  }

  /** Whether the root cause lies in the team's own code, by the disturbance's nature. */
  private static double ownCode(DisturbanceType t, SplittableRandom r) {
    double u = r.nextDouble(); // drawn always: the stream's use does not depend on the type
    return switch (t) {
      case DEPENDENCY_BREAKS, SCOPE_CREEP -> 0;
      case PRODUCTION_INCIDENT -> u < 0.5 ? 1 : 0;
      default -> 1;
    };
  }

  /** Open stories named in a disturbance's target ("US-001,US-004", "US-002/T1 by dev-3", ...). */
  private static List<String> storiesIn(String target, WorldCut cut) {
    var open = new java.util.HashSet<String>();
    cut.carried().forEach(c -> open.add(c.story().id()));
    cut.upcoming().forEach(s -> open.add(s.id()));
    var out = new ArrayList<String>();
    for (String token : target.split("[ ,:]|<->")) {
      String id = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
      if (open.contains(id) && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sprintgym.evaluation.GraduationCriteria;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.GraduationCriterion.Direction;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.episode.CriterionFeed;
import org.sprintgym.sim.episode.CriterionFeed.Measure;
import org.sprintgym.sim.episode.EpisodeAction;
import org.sprintgym.sim.episode.SprintTrials;
import org.sprintgym.sim.episode.baseline.BaselinePolicy;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.EpisodeTypeDefinition;
import org.sprintgym.sim.episode.EpisodeTypes;
import org.sprintgym.sim.stats.Stats;

/**
 * Maps dojo's graduation criteria onto what the simulator measures: episode-level criteria from
 * the episodes' judge scores, sprint-level ones from {@link SprintTrials} (the seat playing its
 * decisions inside whole simulated sprints). A criterion that cannot be measured honestly yet is
 * listed with the reason instead of a number.
 */
public final class CriterionMeter {
  /** Stage 4's check that stages 1-3 did not regress under the final adapter. */
  public static final String NO_REGRESSION = "no_regression";

  /** Why each unmeasured criterion is not measured. */
  public static final Map<String, String> NOT_MEASURED = Map.of(
      "receiving_velocity_gain", "not measured: the portfolio simulation has no hook yet through"
          + " which the borrowed seat's orientation choices change how much it delivers for the"
          + " receiving team, so a sprint-level trial would measure the scripted member, not the"
          + " policy");

  /** Sprint-level trials per evaluation seed (their mean is the seed's value). */
  static final int SPRINT_TRIALS = 2;

  private final Map<String, Double> thresholds;
  private final int window;

  public CriterionMeter(Map<String, Double> thresholds, int window) {
    this.thresholds = Map.copyOf(thresholds);
    this.window = window;
  }

  /** The stage's criteria, measured ones and unmeasured ones, thresholds overridden. */
  public List<GraduationCriterion> criteria(int stage) {
    var out = new ArrayList<GraduationCriterion>();
    for (GraduationCriterion c : GraduationCriteria.forStage(stage)) {
      out.add(resolve(c));
    }
    if (stage == 4) {
      out.add(resolve(new GraduationCriterion(NO_REGRESSION, 4, Direction.BELOW, 0.5,
          GraduationCriteria.WINDOW, "criteria of stages 1-3 that regressed under the final"
          + " adapter (must be none)")));
    }
    return out;
  }

  /**
   * The criteria that decide graduation: the measured ones; in stage 4 also stages 1-3's measured
   * criteria (still met with v4) and no_regression.
   */
  public List<GraduationCriterion> graduationCriteria(int stage) {
    var out = new ArrayList<>(measured(stage));
    if (stage == 4) {
      for (int earlier = 1; earlier <= 3; earlier++) {
        out.addAll(measured(earlier));
      }
      criteria(4).stream().filter(c -> c.name().equals(NO_REGRESSION)).forEach(out::add);
    }
    return out;
  }

  /** The stage's criteria that can be measured from episodes (no_regression excluded). */
  public List<GraduationCriterion> measured(int stage) {
    return criteria(stage).stream().filter(c -> !NOT_MEASURED.containsKey(c.name())
        && !c.name().equals(NO_REGRESSION)).toList();
  }

  /**
   * {@code c} with its deciding threshold: the override if one is given, else for a judge-score
   * criterion its normalised threshold ({@link NormalisedScale#THRESHOLDS}), else dojo's.
   */
  private GraduationCriterion resolve(GraduationCriterion c) {
    double dflt = NormalisedScale.THRESHOLDS.getOrDefault(c.name(), c.threshold());
    var t = Optional.ofNullable(thresholds.get(c.name())).orElse(dflt);
    String description = NormalisedScale.THRESHOLDS.containsKey(c.name())
        ? c.description() + ", normalised: (score - random) / (oracle - random)"
        : c.description();
    return new GraduationCriterion(c.name(), c.stage(), c.direction(), t, window, description);
  }

  /** dojo's absolute threshold of {@code criterion} (the report's reference). */
  double dojoThreshold(String criterion) {
    return GraduationCriteria.defaults().stream().filter(c -> c.name().equals(criterion))
        .findFirst().orElseThrow().threshold();
  }

  /**
   * The sprint-level criteria among {@code criteria} for {@code policy}: per criterion the mean of
   * {@value #SPRINT_TRIALS} {@link SprintTrials} rooted at {@code root} (a trial whose world gave
   * nothing to measure is replaced by the next seed, a few times at most).
   */
  public static Map<String, Double> sprintLevel(SprintTrials trials,
      List<GraduationCriterion> criteria, BaselinePolicy policy, long root) {
    var out = new LinkedHashMap<String, Double>();
    for (GraduationCriterion c : criteria) {
      if (!SprintTrials.CRITERIA.contains(c.name())) {
        continue;
      }
      var values = new ArrayList<Double>();
      for (int t = 0; t < 4 * SPRINT_TRIALS && values.size() < SPRINT_TRIALS; t++) {
        trials.measure(c.name(), policy, SeedMix.derive(root, t)).ifPresent(values::add);
      }
      if (!values.isEmpty()) {
        out.put(c.name(), Stats.mean(values.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return out;
  }

  /**
   * {@link #sprintLevel} on each of {@code seeds} evaluation seeds of the set rooted at
   * {@code root} (the seeds the trained adapter's rolling values and the report's baselines use),
   * averaged over the seeds.
   */
  public static Map<String, Double> sprintLevelOverSeeds(SprintTrials trials,
      List<GraduationCriterion> criteria, BaselinePolicy policy, long root, int seeds) {
    var values = new LinkedHashMap<String, List<Double>>();
    for (int s = 0; s < seeds; s++) {
      sprintLevel(trials, criteria, policy, SeedMix.derive(root, s, SPRINT_SEED)).forEach(
          (k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    var out = new LinkedHashMap<String, Double>();
    values.forEach((k, v) -> out.put(k, Stats.mean(v.stream().mapToDouble(Double::doubleValue)
        .toArray())));
    return out;
  }

  /** Mixed into an evaluation seed to root its sprint-level trials. */
  static final long SPRINT_SEED = 0x5B;

  /**
   * Where an episode-level criterion comes from: its episode types, what it averages and, for a
   * count of actions, the actions that count as productive.
   */
  record Source(Set<EpisodeType> types, Measure measure, Set<EpisodeAction> productive) {
    Source {
      types = Set.copyOf(types);
      productive = Set.copyOf(productive);
    }
  }

  /**
   * The episode-level criteria, each with its source, gathered from the episode types'
   * definitions ({@link CriterionFeed}s measured from episodes; sprint-level ones are
   * {@link SprintTrials}').
   */
  static final Map<String, Source> SOURCES = sources();

  private static Map<String, Source> sources() {
    var types = new LinkedHashMap<String, Set<EpisodeType>>();
    var feeds = new LinkedHashMap<String, CriterionFeed>();
    for (EpisodeTypeDefinition d : EpisodeTypes.all()) {
      for (CriterionFeed f : d.feeds()) {
        if (f.measure() == Measure.SPRINT_TRIAL) {
          continue;
        }
        CriterionFeed before = feeds.putIfAbsent(f.criterion(), f);
        if (before != null && !before.equals(f)) {
          throw new IllegalStateException("criterion " + f.criterion() + " is measured two ways: "
              + before + " and " + f);
        }
        types.computeIfAbsent(f.criterion(), k -> EnumSet.noneOf(EpisodeType.class))
            .add(d.type());
      }
    }
    var out = new LinkedHashMap<String, Source>();
    feeds.forEach((name, f) -> out.put(name, new Source(types.get(name), f.measure(),
        f.productive())));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The episode types whose episodes measure {@code criterion}. */
  public static Set<EpisodeType> sources(String criterion) {
    Source s = SOURCES.get(criterion);
    return s == null ? EnumSet.noneOf(EpisodeType.class) : EnumSet.copyOf(s.types());
  }

  /**
   * Every measurable criterion over one seed's episodes: the mean judge score of its episode
   * types, except actions_to_contribution, the mean number of actions a borrowed member takes
   * before its first productive one (proposing a contribution or starting work) in a
   * borrowing-arrival episode; an episode without one counts its full length.
   */
  public static Map<String, Double> measure(List<EpisodeRunner.Result> results) {
    var out = new LinkedHashMap<String, Double>();
    for (GraduationCriterion c : GraduationCriteria.defaults()) {
      Source from = SOURCES.get(c.name());
      if (from == null) {
        continue;
      }
      double[] v = results.stream().filter(r -> from.types().contains(r.type()))
          .mapToDouble(r -> from.measure() == Measure.ACTIONS_TO_CONTRIBUTION
              ? r.actionsBefore(from.productive()) : r.judge()).toArray();
      if (v.length > 0) {
        out.put(c.name(), Stats.mean(v));
      }
    }
    return out;
  }
}

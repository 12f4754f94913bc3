package org.sprintgym.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sprintgym.evaluation.curriculum.CurriculumTrial;
import org.sprintgym.evaluation.search.Search;
import org.sprintgym.evaluation.search.SearchRun;
import org.sprintgym.scenarios.Scenario;
import org.sprintgym.scenarios.ScenarioLoader;
import org.sprintgym.sim.io.Json;

/**
 * The command line's side of a hyperparameter search: each configuration is the search's
 * scenario script loaded with the configuration's overrides (so bad values get the loader's
 * FILE:LINE errors), trained by {@link CurriculumTrial}; {@link SearchRun} does the rest.
 */
public final class ScenarioSearch {
  private ScenarioSearch() {}

  /** Runs {@code search} into {@code dir}, training curricula. */
  public static SearchRun.Result run(Search search, Path dir, Map<String, Object> versions,
      IntConsumer evaluated) throws Exception {
    return run(search, dir, versions, null, evaluated);
  }

  /**
   * As above; each training also writes TensorBoard event files into its own folder
   * {@code tensorboard/trial-NNN-bB} unless {@code tensorboard} is null.
   */
  public static SearchRun.Result run(Search search, Path dir, Map<String, Object> versions,
      Path tensorboard, IntConsumer evaluated) throws Exception {
    return SearchRun.run(search, dir, (trial, parameters, budget) -> {
      Scenario s = ScenarioLoader.load(search.scenario(), SearchRun.sets(parameters));
      var provenance = new LinkedHashMap<String, Object>();
      provenance.put("command", "sweep (search " + search.name() + ")");
      provenance.put("trial", Search.trialId(trial));
      provenance.put("overrides", SearchRun.sets(parameters));
      provenance.put("resolved_scenario", s.resolved());
      provenance.put("coefficient_tables", s.coefficientTables());
      return CurriculumTrial.run(s.curriculum().orElseThrow(), s.seed(), s.name(),
          Math.toIntExact(budget), search.metric(),
          SearchRun.trialsDir(dir).resolve(SearchRun.trainingId(trial, budget)), provenance,
          versions, tensorboard == null ? null
              : tensorboard.resolve(SearchRun.trainingId(trial, budget)));
    }, (parameters, budget) -> fingerprint(search, parameters, budget), evaluated);
  }

  /** SHA-256 of the resolved scenario, the budget and the metric. */
  static String fingerprint(Search search, Map<String, String> parameters, long budget) {
    try {
      var m = new LinkedHashMap<String, Object>();
      m.put("scenario", ScenarioLoader.load(search.scenario(), SearchRun.sets(parameters))
          .resolved());
      m.put("budget", budget);
      m.put("metric", search.metric());
      return SearchRun.sha256(Json.mapper().writeValueAsBytes(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.sprintgym.evaluation.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sprintgym.sim.io.Json;

/**
 * Runs a hyperparameter search into a folder, resumably: every training (trial x budget) trains a
 * curriculum in {@code trials/trial-NNN-bB/} and records its metric atomically in
 * {@code trials/trial-NNN-bB.json} with a fingerprint of the resolved scenario; a re-run reuses
 * every recorded training with the same fingerprint. At the end {@code rungs.csv} (one row per
 * training) and {@code best.json} are written.
 */
public final class SearchRun {
  /** What a search did: its outcome and how many trainings were reused from an earlier run. */
  public record Result(HyperparameterSearch.SearchOutcome outcome, int trained, int reused,
      Path best) {}

  private static final ObjectMapper JSON = Json.prettyMapper();

  private SearchRun() {}

  /**
   * What identifies one training's inputs: equal fingerprints mean a recorded metric can be
   * reused (the caller hashes the resolved configuration, the budget and the metric).
   */
  @FunctionalInterface
  public interface Fingerprint {
    String of(Map<String, String> parameters, long budget);
  }

  /**
   * Runs {@code search} into {@code dir}: {@code evaluator} trains (the command line's trains a
   * curriculum; tests inject a fake), {@code fingerprint} decides what can be reused.
   */
  public static Result run(Search search, Path dir, HyperparameterSearch.Evaluator evaluator,
      Fingerprint fingerprint, IntConsumer evaluated) throws Exception {
    Files.createDirectories(trialsDir(dir));
    int[] counts = new int[2]; // trained, reused
    HyperparameterSearch.SearchOutcome outcome = HyperparameterSearch.run(search,
        (trial, parameters, budget) -> {
          Path record = trialsDir(dir).resolve(trainingId(trial, budget) + ".json");
          String fp = fingerprint.of(parameters, budget);
          Double stored = stored(record, fp);
          if (stored != null) {
            counts[1]++;
            return stored;
          }
          double value = evaluator.evaluate(trial, parameters, budget);
          var m = new LinkedHashMap<String, Object>();
          m.put("trial", Search.trialId(trial));
          m.put("budget", budget);
          m.put("fingerprint", fp);
          m.put("parameters", parameters);
          m.put("metric", search.metric());
          m.put("value", Double.isFinite(value) ? value : null);
          atomicWrite(record, JSON.writeValueAsString(m) + "\n");
          counts[0]++;
          return value;
        }, evaluated);
    atomicWrite(dir.resolve("rungs.csv"), rungsCsv(search, outcome));
    Path best = dir.resolve("best.json");
    atomicWrite(best, bestJson(search, outcome));
    return new Result(outcome, counts[0], counts[1], best);
  }

  public static Path trialsDir(Path dir) {
    return dir.resolve("trials");
  }

  public static String trainingId(int trial, long budget) {
    return Search.trialId(trial) + "-b" + budget;
  }

  private static Double stored(Path record, String fingerprint) {
    if (!Files.isRegularFile(record)) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(record.toFile());
      if (!fingerprint.equals(n.path("fingerprint").asText(null))) {
        return null;
      }
      return n.path("value").isNumber() ? n.path("value").asDouble() : Double.NaN;
    } catch (IOException e) {
      return null; // unreadable: train again
    }
  }

  /** SHA-256 of {@code canonical} as hex: a fingerprint of already canonical JSON bytes. */
  public static String sha256(byte[] canonical) {
    return org.sprintgym.sim.io.Sha256.of(canonical);
  }

  private static String rungsCsv(Search search, HyperparameterSearch.SearchOutcome outcome) {
    var sb = new StringBuilder("rung,budget,trial");
    search.parameters().forEach(p -> sb.append(',').append(p));
    sb.append(',').append(search.metric()).append(",rank,kept\n");
    for (HyperparameterSearch.Rung r : outcome.rungs()) {
      var ranked = r.measured().stream().sorted(HyperparameterSearch.order(search.goal())).toList();
      for (HyperparameterSearch.Measurement m : r.measured()) {
        sb.append(r.index()).append(',').append(r.budget()).append(',')
            .append(Search.trialId(m.trial()));
        for (String p : search.parameters()) {
          sb.append(',').append(search.trials().get(m.trial()).get(p));
        }
        sb.append(',').append(Double.isNaN(m.value()) ? "" : Double.toString(m.value()))
            .append(',').append(ranked.indexOf(m) + 1)
            .append(',').append(r.kept().contains(m.trial())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String bestJson(Search search, HyperparameterSearch.SearchOutcome outcome)
      throws IOException {
    var m = new LinkedHashMap<String, Object>();
    m.put("search", search.name());
    m.put("scenario", search.scenario().toString());
    m.put("method", search.method().key());
    m.put("metric", search.metric());
    m.put("goal", search.goal().key());
    m.put("seed", search.seed());
    HyperparameterSearch.Measurement best = outcome.best();
    m.put("best_trial", Search.trialId(best.trial()));
    m.put("parameters", new LinkedHashMap<>(orderedParameters(search, best.trial())));
    m.put("value", Double.isFinite(best.value()) ? best.value() : null);
    m.put("budget_episodes_per_stage", outcome.bestBudget());
    m.put("overrides", sets(orderedParameters(search, best.trial())));
    var rungs = new ArrayList<Object>();
    for (HyperparameterSearch.Rung r : outcome.rungs()) {
      var x = new LinkedHashMap<String, Object>();
      x.put("rung", r.index());
      x.put("budget_episodes_per_stage", r.budget());
      x.put("trials", r.measured().size());
      x.put("kept", r.kept().stream().map(Search::trialId).toList());
      rungs.add(x);
    }
    m.put("rungs", rungs);
    return JSON.writeValueAsString(m) + "\n";
  }

  /** A trial's parameters in the file's order. */
  static Map<String, String> orderedParameters(Search search, int trial) {
    var out = new LinkedHashMap<String, String>();
    search.parameters().forEach(p -> out.put(p, search.trials().get(trial).get(p)));
    return out;
  }

  /** One line for the terminal: the winner and its settings. */
  public static String describeBest(Search search, HyperparameterSearch.SearchOutcome outcome) {
    HyperparameterSearch.Measurement b = outcome.best();
    return String.format(Locale.ROOT, "best: %s %s = %s (%s) at %d episodes per stage; %s",
        Search.trialId(b.trial()), search.metric(), b.value(), search.goal().key(),
        outcome.bestBudget(), String.join(" ", sets(orderedParameters(search,
            b.trial()))));
  }

  /** {@code key=value} overrides, in the map's order (what {@code --set} takes). */
  public static List<String> sets(Map<String, String> parameters) {
    return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  static void atomicWrite(Path file, String content) throws IOException {
    org.sprintgym.sim.io.AtomicFiles.writeString(file, content);
  }
}

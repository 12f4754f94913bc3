package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.StrategyProfile;

/**
 * Where a curriculum run stands at an evaluation boundary: everything {@code --resume} needs next
 * to the network archive, saved as {@code checkpoint/state.json}. Mutable on purpose: the
 * orchestrator advances it and writes it whole after every evaluation.
 */
public final class Progress {
  /** Whether the behaviour-cloning warm start is done. */
  public boolean warmStarted;
  /** Final behaviour-cloning loss (NaN-free: null before the warm start). */
  public Double warmStartLoss;
  /** The stage being trained (stages + 1 once every stage is done). */
  public int stage = 1;
  /** Remedial round of the stage (0: the main round). */
  public int round;
  /** Training episodes of the stage so far, remedial rounds included. */
  public long stageEpisodes;
  /** Training episodes of the current round. */
  public long roundEpisodes;
  /** Environment steps of the stage so far. */
  public long stageSteps;
  /** Evaluations of the stage so far (also numbers the training chunks). */
  public int evaluations;
  /** Training episodes since the last validation gate (not yet kept or rolled back). */
  public long sinceGate;
  /** Validation gates passed in this stage. */
  public int gates;
  /** Per criterion, its value for the stage's starting adapter (before any training). */
  public Map<String, Double> untrained = new LinkedHashMap<>();
  /** Best validation return of the stage so far (the last kept update's). */
  public Double bestValidation;
  /** Updates kept by the validation gate in this stage. */
  public int kept;
  /** Updates rolled back by the validation gate in this stage. */
  public int rollbacks;
  /** Per criterion, per evaluation seed, the last values (at most the window). */
  public Map<String, List<List<Double>>> recent = new LinkedHashMap<>();
  /** Learning curve of the stage: {episodes, mean judge score of the stage's types}. */
  public List<double[]> curve = new ArrayList<>();
  /** Finished stages. */
  public List<StageOutcome> finished = new ArrayList<>();
  /** Strategy profiles by policy (adapters v1..v4 and the baselines). */
  public Map<String, StrategyProfile> profiles = new LinkedHashMap<>();
  /** The adapter registry. */
  public List<Map<String, Object>> registry = new ArrayList<>();
  /** Lines in metrics.jsonl at this checkpoint (a resumed run drops later ones). */
  public long metricsLines;

  /** A finished stage as the report needs it. */
  public static final class StageOutcome {
    public int stage;
    public boolean graduated;
    public long episodes;
    public long steps;
    public int rounds;
    public int kept;
    public int rollbacks;
    public int evaluations;
    /** Per criterion, per seed, the rolling mean when the stage ended. */
    public Map<String, List<Double>> rolling = new LinkedHashMap<>();
    public List<double[]> curve = new ArrayList<>();
    public String verdict;
    /** Per criterion, the stage's starting adapter's value (the untrained figure). */
    public Map<String, Double> untrained = new LinkedHashMap<>();
  }

  /** Clears the per-stage fields for the next stage. */
  void nextStage() {
    stage++;
    round = 0;
    stageEpisodes = 0;
    roundEpisodes = 0;
    stageSteps = 0;
    evaluations = 0;
    sinceGate = 0;
    gates = 0;
    untrained = new LinkedHashMap<>();
    bestValidation = null;
    kept = 0;
    rollbacks = 0;
    recent = new LinkedHashMap<>();
    curve = new ArrayList<>();
  }
}

package org.sprintgym.evaluation.curriculum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.evaluation.StrategyProfile;

/**
 * Where a curriculum run stands at a checkpoint: everything {@code --resume} needs next to the
 * network archive, saved as {@code checkpoint/state.json}. Immutable: each step of the run
 * returns the next state.
 *
 * @param warmStarted whether the behaviour-cloning warm start is done
 * @param warmStartLoss final behaviour-cloning loss (null before the warm start)
 * @param stage the stage being trained (stages + 1 once every stage is done)
 * @param current the stage being trained
 * @param finished finished stages
 * @param profiles strategy profiles by policy (adapters v1..v4 and the baselines)
 * @param registry the adapter registry
 * @param metricsLines lines in metrics.jsonl at this checkpoint (a resumed run drops later ones)
 * @param progressRows rows in progress.csv at this checkpoint (the same for progress.csv)
 * @param wallSeconds training wall time up to this checkpoint (progress.csv's time columns)
 */
public record RunState(boolean warmStarted, Double warmStartLoss, int stage, StageState current,
    List<StageOutcome> finished, Map<String, StrategyProfile> profiles,
    List<Map<String, Object>> registry, long metricsLines, long progressRows,
    double wallSeconds) {

  public RunState {
    current = current == null ? StageState.start() : current;
    finished = finished == null ? List.of() : List.copyOf(finished);
    profiles = profiles == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    registry = registry == null ? List.of() : registry.stream()
        .map(e -> Collections.unmodifiableMap(new LinkedHashMap<>(e))).toList();
  }

  /** A run before the warm start. */
  public static RunState start() {
    return new RunState(false, null, 1, StageState.start(), List.of(), Map.of(), List.of(), 0,
        0, 0);
  }

  RunState warmStarted(Double loss, Map<String, Object> entry) {
    return new RunState(true, loss, stage, current, finished, profiles, add(registry, entry),
        metricsLines, progressRows, wallSeconds);
  }

  RunState withCurrent(StageState s) {
    return new RunState(warmStarted, warmStartLoss, stage, s, finished, profiles, registry,
        metricsLines, progressRows, wallSeconds);
  }

  /** The lengths of the appended files and the wall time at a checkpoint. */
  RunState atCheckpoint(long lines, long rows, double seconds) {
    return new RunState(warmStarted, warmStartLoss, stage, current, finished, profiles, registry,
        lines, rows, seconds);
  }

  /** Environment steps of all stages so far: the global step count of progress.csv. */
  long totalSteps() {
    return finished.stream().mapToLong(StageOutcome::steps).sum() + current.stageSteps();
  }

  /** The profile of {@code policy} after one more evaluation. */
  RunState profiled(String policy, double successRate, double score) {
    var p = new LinkedHashMap<>(profiles);
    p.merge(policy, StrategyProfile.empty(policy).update(successRate, score),
        (old, fresh) -> old.update(successRate, score));
    return new RunState(warmStarted, warmStartLoss, stage, current, finished, p, registry,
        metricsLines, progressRows, wallSeconds);
  }

  /** The stage done: its outcome and registry entry kept, the next stage started. */
  RunState finishedStage(StageOutcome outcome, Map<String, Object> entry) {
    return new RunState(warmStarted, warmStartLoss, stage + 1, StageState.start(),
        add(finished, outcome), profiles, add(registry, entry), metricsLines, progressRows,
        wallSeconds);
  }

  private static <T> List<T> add(List<T> list, T item) {
    var out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  /** {done, planned} training episodes over all stages of {@code spec} (remedial rounds add). */
  long[] episodeTotals(CurriculumSpec spec) {
    long done = 0;
    long planned = 0;
    for (StageOutcome f : finished) {
      done += f.episodes();
      planned += f.episodes();
    }
    for (CurriculumSpec.StageSpec st : spec.stages()) {
      if (st.stage() == stage) {
        done += current.stageEpisodes();
        planned += Math.max(current.stageEpisodes(),
            st.episodes() + (long) current.round() * spec.remedialEpisodes());
      } else if (st.stage() > stage) {
        planned += st.episodes();
      }
    }
    return new long[] {done, planned};
  }
}

package org.sprintgym.sim.episode.judge;

import org.sprintgym.sim.episode.EpisodeRecord;

/**
 * Scores the trainee's behaviour in a finished episode, in [0, 1], with per-component reasons.
 * The built-in judges are deterministic rubrics ({@link RubricJudge}); an external judge (e.g. a
 * language model reading the trace) implements the same interface.
 */
@FunctionalInterface
public interface Judge {
  JudgeResult judge(EpisodeRecord record);
}

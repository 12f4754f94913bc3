package org.sprintgym.evaluation.curriculum;

/**
 * One evaluation of a stage: where training stood and what the kept adapter scored.
 *
 * @param episodes training episodes of the stage so far
 * @param score mean judge score of the stage's own episode types over the evaluation seeds
 * @param scoreLow lower end of the t interval over the evaluation seeds, cut to [0, 1]
 * @param scoreHigh upper end of that interval
 * @param trainingReturn mean return of the training episodes since the previous evaluation
 *     (episode-weighted over the PPO updates; null if none ended)
 * @param returnLow lower end of the t interval over those updates' mean returns
 * @param returnHigh upper end of that interval
 */
public record CurvePoint(long episodes, double score, double scoreLow, double scoreHigh,
    Double trainingReturn, Double returnLow, Double returnHigh) {}

package org.sprintgym.evaluation.curriculum;

/**
 * One evaluation of a stage: where training stood and what the kept adapter scored.
 *
 * @param episodes training episodes of the stage so far
 * @param score mean judge score of the stage's own episode types over the evaluation seeds
 */
public record CurvePoint(long episodes, double score) {}

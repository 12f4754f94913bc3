/**
 * Training logs that standard tools read: {@link org.sprintgym.policy.log.ProgressCsv} writes
 * Stable-Baselines3's {@code progress.csv} columns, {@link org.sprintgym.policy.log.TensorBoardWriter}
 * TensorBoard event files, and {@link org.sprintgym.policy.log.TrainingLog} drives both from
 * PPO's per-update statistics.
 */
package org.sprintgym.policy.log;

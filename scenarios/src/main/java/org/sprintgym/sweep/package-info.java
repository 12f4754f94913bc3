/**
 * Sweeps over scenario keys x seeds, resumable, on local threads or Apache Spark (the only package
 * that uses Spark), and hyperparameter searches over training settings.
 */
package org.sprintgym.sweep;

/**
 * Curriculum runs: stages of episode types trained with PPO and LoRA adapters, validation gates
 * and graduation tracking, resumable from their folder.
 */
package org.sprintgym.scenarios.curriculum;

/**
 * The simulated world of agile teams: boards, sprints, pairing, QA, reviews, disturbances and
 * turnover. Headless, and ignorant of episodes, envs, trainers and reports.
 */
package org.sprintgym.sim.world;

/**
 * What the simulated world is configured with: team process, disturbances, turnover, portfolios,
 * interventions and the work model's coefficients, and the readers of AAT experiment configs.
 */
package org.sprintgym.sim.config;

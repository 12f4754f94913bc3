/**
 * The discrete-event core: MASON's schedule run headless with a defined order at equal times, the
 * working-time calendar, the event log and the one seed utility (named random streams).
 */
package org.sprintgym.sim.kernel;

/**
 * Product backlogs: AAT backlog files read and written, stories with their hidden truth, seeded
 * synthetic backlogs, and the rules that derive what a story's text leaves unsaid.
 */
package org.sprintgym.sim.backlog;

/**
 * Judges that score the trainee's behaviour in a finished episode: deterministic rubrics per
 * episode type, and a check of how often judge and simulated outcome disagree.
 */
package org.sprintgym.sim.episode.judge;

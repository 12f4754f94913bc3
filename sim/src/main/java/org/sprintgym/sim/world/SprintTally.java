package org.sprintgym.sim.world;

/** Counters of one sprint, filled by the phases and turned into a {@link SprintRecord}. */
final class SprintTally {
  int committedPoints;
  int pulledPoints;
  int storiesCommitted;
  int qaRejections;
  int poRejections;
  int defectsFoundQa;
  int defectsCaughtDev;
  int defectsEscaped;
  int refinementQuestions;
  int criteriaDiscovered;
  int criteriaMissed;
  int velocity;
  int storiesAccepted;
  int carriedOverPoints;
  int droppedPoints;
  double cycleTimeSum;
  double coverageWeighted;
  double coverageHours;
  double wipSum;
  int wipSamples;
  int wipMaxInProgress;
  int wipMaxReview;
  double reworkHours;
}

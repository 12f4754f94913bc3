package org.sprintgym.sim.world;

import org.junit.jupiter.api.Test;
import org.sprintgym.sim.config.SimConfig;

class SmokeTest {
  @Test
  void prints() {
    var sim = TeamSimulation.builder(SimConfig.defaults(), TestBacklogs.of(200, 1), 7).eventLog(true).build();
    for (var r : sim.run(12)) {
      System.out.printf("%d commit=%d pulled=%d vel=%d acc=%d/%d carried=%d drop=%d qa=%d po=%d ct=%s wip=%.1f esc=%d qaf=%d ph=%.0f rw=%.0f q=%d disc=%d miss=%d%n",
        r.sprint(), r.committedPoints(), r.pulledPoints(), r.velocity(), r.storiesAccepted(), r.storiesCommitted(), r.carriedOverPoints(), r.droppedPoints(), r.qaRejections(), r.poRejections(), r.cycleTimeDaysAvg(), r.wipAvg(), r.defectsEscaped(), r.defectsFoundQa(), r.personHours(), r.reworkHours(), r.refinementQuestions(), r.hiddenCriteriaDiscovered(), r.hiddenCriteriaMissed());
    }
  }
}

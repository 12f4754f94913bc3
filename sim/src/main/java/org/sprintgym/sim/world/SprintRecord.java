package org.sprintgym.sim.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one team's sprint, one line of {@code sprints.jsonl} (keys in snake_case).
 *
 * @param sprint 1-based sprint number
 * @param team team id
 * @param days working days in the sprint
 * @param committedPoints points committed: at planning (carried-over stories included) plus any
 *     pulled in later
 * @param pulledPoints points pulled into the sprint after planning because the team ran dry
 * @param velocity points the product owner accepted at review
 * @param storiesCommitted stories committed
 * @param storiesAccepted stories accepted
 * @param carriedOverPoints committed points neither accepted nor dropped: they go on next sprint
 * @param droppedPoints committed points returned to the product backlog (carried over too often)
 * @param qaRejections QA reviews that sent a story back
 * @param poRejections stories the PO rejected at review (a hidden criterion was missing)
 * @param cycleTimeDaysAvg mean working days from first task start to acceptance over stories
 *     accepted this sprint; null when none was accepted
 * @param wipAvg mean number of stories started but not yet accepted, sampled at each day's end
 * @param wipMaxInProgress most stories in progress at once
 * @param wipMaxReview most stories in review at once
 * @param defectsEscaped defects in stories accepted this sprint that nobody found
 * @param defectsFoundQa defects QA found
 * @param defectsCaughtDev defects the pair's tests or the navigator caught during development
 * @param coverage proxy for test coverage of the sprint's work, in [0, 1]
 * @param refinementQuestions questions asked at refinement
 * @param hiddenCriteriaDiscovered hidden criteria revealed at refinement this sprint
 * @param hiddenCriteriaMissed hidden criteria the PO found missing at review
 * @param capacityHours person-hours the team had (members x days x hours x availability)
 * @param personHours person-hours worked (ceremonies, development, pairing, QA)
 * @param reworkHours person-hours spent on rework after a QA or PO rejection
 * @param memberHours person-hours worked per member
 * @param disturbances disturbances that struck this sprint
 * @param suppressed disturbances drawn but scaled down or not injected by blast-radius limits
 * @param departures members who left
 * @param backfills members who joined as replacements
 * @param roleSwaps members who swapped to another role this sprint
 * @param knowledgeCoverage share of the code base's areas with at least one holder at the
 *     sprint's end
 * @param busFactor the team's truck factor at the sprint's end: members whose loss would leave
 *     more than half of the areas without a holder
 * @param borrowedIn members lent to this team for the sprint
 * @param borrowedOut members of this team lent to another team for the sprint
 * @param memberCapacityUsed per member, the share of their capacity this sprint (their share of
 *     the days x hours) that they worked; above 1 for overtime-like double booking
 * @param interventions what-if interventions that took effect at this sprint's start, in their
 *     command-line form (e.g. {@code pairing=off@3})
 */
public record SprintRecord(
    int sprint,
    String team,
    int days,
    int committedPoints,
    int pulledPoints,
    int velocity,
    int storiesCommitted,
    int storiesAccepted,
    int carriedOverPoints,
    int droppedPoints,
    int qaRejections,
    int poRejections,
    Double cycleTimeDaysAvg,
    double wipAvg,
    int wipMaxInProgress,
    int wipMaxReview,
    int defectsEscaped,
    int defectsFoundQa,
    int defectsCaughtDev,
    double coverage,
    int refinementQuestions,
    int hiddenCriteriaDiscovered,
    int hiddenCriteriaMissed,
    double capacityHours,
    double personHours,
    double reworkHours,
    Map<String, Double> memberHours,
    List<Map<String, Object>> disturbances,
    List<Map<String, Object>> suppressed,
    int departures,
    int backfills,
    int roleSwaps,
    double knowledgeCoverage,
    int busFactor,
    int borrowedIn,
    int borrowedOut,
    Map<String, Double> memberCapacityUsed,
    List<String> interventions) {

  public SprintRecord {
    memberCapacityUsed = Collections.unmodifiableMap(new LinkedHashMap<>(memberCapacityUsed));
    interventions = List.copyOf(interventions);
    // insertion-ordered copies: output must be byte-identical across runs (Map.copyOf's order is not)
    memberHours = Collections.unmodifiableMap(new LinkedHashMap<>(memberHours));
    disturbances = List.copyOf(disturbances);
    suppressed = List.copyOf(suppressed);
  }
}

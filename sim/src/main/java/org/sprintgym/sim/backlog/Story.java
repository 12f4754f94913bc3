package org.sprintgym.sim.backlog;

import java.util.List;
import java.util.Set;
import org.sprintgym.agents.Requires;

/**
 * A user story: the AAT fields plus SprintGym's hidden truth about it.
 *
 * @param id unique id, e.g. {@code US-001}
 * @param title short title
 * @param description the user-story text
 * @param acceptanceCriteria the written acceptance criteria
 * @param points story points, one of {@link #ALLOWED_POINTS}
 * @param priority 1 = most important
 * @param scenarios optional Given/When/Then scenarios
 * @param tags free tags (AAT {@code tags})
 * @param domain work domain, e.g. {@code backend}, {@code frontend}, {@code devops}
 * @param language implementation language, e.g. {@code python}
 * @param teamTypeHint AAT {@code team_type_hint}, or empty
 * @param ambiguity how under-specified the story is, in [0, 1]
 * @param hiddenCriteria criteria the PO knows but did not write down
 * @param technicalRisk chance-like measure in [0, 1] that the work is harder than it looks
 * @param codebaseArea the part of the code base the work touches, e.g. {@code backend/auth}
 * @param dependsOn ids of stories (possibly another team's) that must be delivered first
 */
public record Story(
    String id,
    String title,
    String description,
    List<String> acceptanceCriteria,
    int points,
    int priority,
    List<AcceptanceScenario> scenarios,
    List<String> tags,
    String domain,
    String language,
    String teamTypeHint,
    double ambiguity,
    List<HiddenCriterion> hiddenCriteria,
    double technicalRisk,
    String codebaseArea,
    List<String> dependsOn) {

  /** The story sizes SprintGym and AAT accept. */
  public static final Set<Integer> ALLOWED_POINTS = Set.of(1, 2, 3, 5, 8);

  public Story {
    Requires.nonBlank(id, "story id");
    Requires.nonBlank(title, "title of story " + id);
    description = description == null ? "" : description;
    acceptanceCriteria = List.copyOf(acceptanceCriteria);
    if (!ALLOWED_POINTS.contains(points)) {
      throw new IllegalArgumentException(
          "story_points of story " + id + " is " + points + " (allowed: 1, 2, 3, 5, 8)");
    }
    Requires.positive(priority, "priority of story " + id);
    scenarios = List.copyOf(scenarios);
    tags = List.copyOf(tags);
    Requires.nonBlank(domain, "domain of story " + id);
    Requires.nonBlank(language, "language of story " + id);
    teamTypeHint = teamTypeHint == null ? "" : teamTypeHint;
    Requires.unit(ambiguity, "ambiguity of story " + id);
    hiddenCriteria = List.copyOf(hiddenCriteria);
    Requires.unit(technicalRisk, "technical_risk of story " + id);
    Requires.nonBlank(codebaseArea, "codebase_area of story " + id);
    dependsOn = List.copyOf(dependsOn);
  }

  public Story withAmbiguity(double newAmbiguity, List<HiddenCriterion> newHidden) {
    return new Story(id, title, description, acceptanceCriteria, points, priority, scenarios, tags,
        domain, language, teamTypeHint, newAmbiguity, newHidden, technicalRisk, codebaseArea,
        dependsOn);
  }
}

package org.sprintgym.sim.episode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one episode type is, in one object: its curriculum stage and graduation criterion,
 * its actions, hidden facts and decision rule ({@link TypeSpec}, built in {@link TypeSpecs}), what
 * the judge calls its rubric components, which curriculum criteria its episodes feed, how its
 * situations are cut ({@link SituationRecipe}) and, for the types a sprint is made of, how it plays
 * inside a whole sprint. {@link EpisodeTypes} holds one per {@link EpisodeType}; the rest of the
 * code reads these instead of switching on the type.
 *
 * @param type the type
 * @param stage curriculum stage, 1..4
 * @param criterion the graduation criterion of this type's judge score (scenarios/SCHEMA.md,
 *     {@code curriculum.criteria}); a judge feed of the type must name this criterion
 * @param graduationThreshold that criterion's threshold (0.65 where none is named); the
 *     curriculum's default judge-score criteria read their thresholds from here
 * @param goal one line telling the trainee what the type asks of it (its seat prompt)
 * @param spec actions, hidden facts and decision rule
 * @param rubric the judge's names for its components
 * @param feeds the curriculum criteria this type's episodes measure (may be empty)
 * @param recipe how situations of this type are cut from a library world
 * @param sprintPhase how the type plays in a whole sprint, if it is one of a sprint's phases
 * @param workHint what a found fact says about the work to build, if anything
 */
public record EpisodeTypeDefinition(EpisodeType type, int stage, String criterion,
    double graduationThreshold, String goal, TypeSpec spec, Rubric rubric,
    List<CriterionFeed> feeds, SituationRecipe recipe, Optional<SprintPhase> sprintPhase,
    Optional<WorkHint> workHint) {

  /** The highest curriculum stage (the observation scales the stage by it). */
  public static final int STAGES = 4;

  public EpisodeTypeDefinition {
    Objects.requireNonNull(type, "an episode type definition needs its type");
    String who = "episode type " + type.key();
    Objects.requireNonNull(spec, who + " has no type spec in TypeSpecs");
    Objects.requireNonNull(rubric, who + " has no rubric");
    Objects.requireNonNull(recipe, who + " has no situation recipe");
    feeds = List.copyOf(feeds);
    if (stage < 1 || stage > STAGES) {
      throw new IllegalArgumentException(who + ": stage must be in 1.." + STAGES + " but was "
          + stage);
    }
    if (!(graduationThreshold > 0 && graduationThreshold <= 1)) {
      throw new IllegalArgumentException(who + ": graduation threshold must be in (0, 1] but was "
          + graduationThreshold);
    }
    if (criterion == null || criterion.isBlank() || goal == null || goal.isBlank()) {
      throw new IllegalArgumentException(who + ": criterion and goal must not be blank");
    }
    for (CriterionFeed f : feeds) {
      if (f.measure() == CriterionFeed.Measure.JUDGE && !f.criterion().equals(criterion)) {
        throw new IllegalArgumentException(who + ": its judge score feeds criterion '"
            + f.criterion() + "' but its graduation criterion is '" + criterion + "'");
      }
    }
    if (spec.type() != type) {
      throw new IllegalArgumentException(who + ": its spec is " + spec.type().key() + "'s");
    }
    checkRubric(who, spec, rubric);
    if (sprintPhase.isPresent() && recipe.source() != SituationSource.TEAM) {
      throw new IllegalArgumentException(who + ": only a stage-1 (team) situation can be a sprint"
          + " phase, but its recipe cuts from " + recipe.source());
    }
    if (workHint.isPresent() && (!spec.hasWork() || workHint.get().slot() >= spec.slots().size())) {
      throw new IllegalArgumentException(who + ": a work hint needs work actions and fact "
          + workHint.get().slot() + " among its " + spec.slots().size() + " facts");
    }
  }

  /** A rubric may only name components the judge produces for this spec. */
  private static void checkRubric(String who, TypeSpec spec, Rubric rubric) {
    for (String c : rubric.labels().keySet()) {
      boolean has = switch (c) {
        case "specificity", "coverage" -> !spec.slots().isEmpty();
        case "decision" -> !spec.decisions().isEmpty();
        case "process" -> !spec.supports().isEmpty() || spec.assess().isPresent();
        case "work" -> spec.hasWork();
        default -> true;
      };
      if (!has) {
        throw new IllegalArgumentException(who + ": its rubric labels '" + c
            + "', a component its spec never produces");
      }
    }
  }

  /** This definition as a sprint phase. */
  public EpisodeTypeDefinition withSprintPhase(SprintPhase phase) {
    return new EpisodeTypeDefinition(type, stage, criterion, graduationThreshold, goal, spec,
        rubric, feeds, recipe, Optional.of(phase), workHint);
  }

  /** This definition with a work hint. */
  public EpisodeTypeDefinition withWorkHint(WorkHint hint) {
    return new EpisodeTypeDefinition(type, stage, criterion, graduationThreshold, goal, spec,
        rubric, feeds, recipe, sprintPhase, Optional.of(hint));
  }

  /** Whether this type's episodes feed {@code criterionName}. */
  public boolean feeds(String criterionName) {
    return feeds.stream().anyMatch(f -> f.criterion().equals(criterionName));
  }
}

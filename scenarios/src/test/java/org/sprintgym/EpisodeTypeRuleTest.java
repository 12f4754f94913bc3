package org.sprintgym;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.EpisodeTypes;
import org.sprintgym.sim.episode.TypeSpecs;

/**
 * An episode type is described in one place: outside {@link EpisodeType} itself, its definitions
 * ({@link EpisodeTypes}) and its actions and facts ({@link TypeSpecs}), no production class names
 * a particular type. A {@code switch} on the type compiles to reads of the constants, so it is
 * caught too; code reads the type's {@code definition()} instead.
 */
class EpisodeTypeRuleTest {
  private static final Set<String> CONSTANTS = Arrays.stream(EpisodeType.values())
      .map(Enum::name).collect(Collectors.toUnmodifiableSet());

  private static final DescribedPredicate<JavaFieldAccess> A_TYPE_CONSTANT =
      DescribedPredicate.describe("a constant of EpisodeType", a ->
          a.getTargetOwner().isEquivalentTo(EpisodeType.class)
              && CONSTANTS.contains(a.getTarget().getName()));

  private static final ArchRule NO_SWITCH_ON_THE_TYPE =
      noClasses()
          .that(DescribedPredicate.not(
              belongToAnyOf(EpisodeType.class, EpisodeTypes.class, TypeSpecs.class)))
          .should()
          .accessFieldWhere(A_TYPE_CONSTANT)
          .because("what a type is lives in its EpisodeTypeDefinition; a 15th type must not need"
              + " edits anywhere else");

  @Test
  void noProductionClassOutsideTheDefinitionsNamesAnEpisodeType() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sprintgym");
    assertThat(classes.contain(EpisodeTypes.class)).isTrue();
    NO_SWITCH_ON_THE_TYPE.check(classes);
  }

  @Test
  void theRuleCatchesAClassThatTestsForAType() {
    JavaClasses offender = new ClassFileImporter().importClasses(TestsForAType.class);
    assertThat(NO_SWITCH_ON_THE_TYPE.evaluate(offender).hasViolation()).isTrue();
  }

  /** What the rule forbids: behaviour chosen by comparing against one type. */
  static final class TestsForAType {
    boolean planning(EpisodeType t) {
      return t == EpisodeType.ELICITATION;
    }
  }
}
